"""The user cache of validated glossaries and matchers: a hit equals a fresh load, an edit is never served stale."""
from __future__ import annotations

from pathlib import Path

import pytest

from zhen_qa.glossary.formats import load_many
from zhen_qa.manuscript.errors import InputError

CSV = "id,zh,en,zh_admitted,en_admitted,zh_deprecated,en_deprecated,note\n" \
      "secretome,分泌组,secretome,,,分泌物|分泌体,,\nrm,再生医学,regenerative medicine,,,再生医疗,,\n"
TEXT_ZH = "分泌物在再生医疗中的作用，分泌组。"
TEXT_EN = "The secretome in regenerative medicine and secretomes."


def _found(path: str) -> tuple[object, ...]:
    g = load_many([path])
    m = g.matchers()
    return g.concepts, g.path, g.checksum, m.zh.find(TEXT_ZH), m.en.find(TEXT_EN)


def test_cached_glossary_and_matchers_equal_a_fresh_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZHENQA_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "g.csv"
    path.write_text(CSV, encoding="utf-8")
    first = _found(str(path))
    assert len(list((tmp_path / "cache").glob("glossary-*.pickle"))) == 3  # glossary, zh and en matchers
    assert _found(str(path)) == first
    path.write_text(CSV.replace("再生医疗", "再生医术"), encoding="utf-8")  # an edit gives a new key
    assert _found(str(path))[3] != first[3]


def test_invalid_glossary_is_not_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZHENQA_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "bad.csv"
    path.write_text("name,value\nsecretome,1\n", encoding="utf-8")  # no term column: unusable
    for _ in range(2):
        with pytest.raises(InputError):
            load_many([str(path)])
    assert not list((tmp_path / "cache").glob("glossary-*"))


ONE_FORM = "id,zh,en\nsecretome,分泌组,secretome\nrm,再生医学,regenerative medicine\n"
"""Concepts of one Chinese form each: in unaligned text (choices only) the Chinese matcher can find nothing."""
UNALIGNED = ["分泌组在再生医学中的作用。", "再生医学需要分泌组。"]


def test_unaligned_chinese_with_a_glossary_of_one_form_a_concept_leaves_the_chinese_matcher_unloaded(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from zhen_qa.glossary import cache

    monkeypatch.setenv("ZHENQA_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "g.csv"
    path.write_text(ONE_FORM, encoding="utf-8")
    m = load_many([str(path)]).matchers()
    assert m.find_zh_all(UNALIGNED, [True, True]) == [[], []]  # a cold cache: built, and its answer stored
    loaded: list[str] = []
    load = cache.load
    monkeypatch.setattr(cache, "load", lambda key, what: loaded.append(what) or load(key, what))
    warm = load_many([str(path)])
    warm_m = warm.matchers()
    assert warm_m.find_zh_all(UNALIGNED, [True, True]) == [[], []]
    assert loaded == ["glossary", "zh-choices"]  # not the matcher
    assert warm_m.find_zh_all(UNALIGNED, [False, True])[0]  # an aligned sentence: loaded, matched
    # an edit that gives a concept a choice (a deprecated form) is a new key: the matcher is asked again
    path.write_text("id,zh,en,zh_deprecated\nsecretome,分泌组,secretome,分泌物\nrm,再生医学,regenerative medicine,\n",
                    encoding="utf-8")
    edited = load_many([str(path)]).matchers()
    assert edited.zh_has_choices() and edited.find_zh_all(["分泌物很多。"], [True]) != [[]]


def test_texts_kept_waiting_reach_the_chinese_matcher_first_in_order(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZHENQA_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "g.csv"
    path.write_text(ONE_FORM, encoding="utf-8")
    direct, waiting = load_many([str(path)]).matchers(), load_many([str(path)]).matchers()
    direct.zh.find_all(UNALIGNED, [True, True])
    waiting.find_zh_all(UNALIGNED, [True, True])
    later = "分泌组和再生医学。"
    assert waiting.zh.find(later) == direct.zh.find(later) and waiting.zh.find(later)
    assert waiting.zh._added == direct.zh._added  # the waiting texts' terms joined its dictionary as before


def test_code_digest_follows_the_sources_size_and_modification_time(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from zhen_qa.glossary import cache

    (tmp_path / "formats").mkdir()
    model, reader = tmp_path / "model.py", tmp_path / "formats" / "csv_tsv.py"
    model.write_text("X = 1\n", encoding="utf-8")
    reader.write_text("Y = 2\n", encoding="utf-8")
    os.utime(model, ns=(1_000_000_000, 1_000_000_000))
    os.utime(reader, ns=(1_000_000_000, 1_000_000_000))
    monkeypatch.setattr(cache, "_HERE", tmp_path)
    first = cache._code_digest()
    assert cache._code_digest() == first  # nothing changed: the same key
    reader.write_text("Y = 3\n", encoding="utf-8")  # same size, new modification time
    assert cache._code_digest() != first
    os.utime(reader, ns=(1_000_000_000, 1_000_000_000))
    assert cache._code_digest() == first  # what Python's bytecode cache compares is back: the same key
    model.write_text("X = 10\n", encoding="utf-8")
    os.utime(model, ns=(1_000_000_000, 1_000_000_000))
    assert cache._code_digest() != first  # a new size

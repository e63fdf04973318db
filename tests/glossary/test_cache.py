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

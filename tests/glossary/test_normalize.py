from __future__ import annotations

import io

from hypothesis import given
from hypothesis import strategies as st

from zhen_qa.glossary.normalize import _opencc_characters, fold_en, fold_zh, one_to_one


def test_fold_zh_script_and_width() -> None:
    assert fold_zh("間充質幹細胞分泌組") == "间充质干细胞分泌组"
    assert fold_zh("ＭＳＣ１２３ａ") == "MSC123a"
    assert fold_zh("分泌组，（注）") == "分泌组，（注）"  # punctuation is left alone


def test_fold_en_case_hyphens_apostrophes() -> None:
    assert fold_en("Stem-Cell’s ＭＳＣ") == "stem cell's msc"
    assert fold_en("Stem-Cell", lower=False) == "Stem Cell"


@given(st.text())
def test_folds_preserve_length(text: str) -> None:
    assert len(fold_zh(text)) == len(text)
    assert len(fold_en(text)) == len(text)
    assert len(fold_en(text, lower=False)) == len(text)


def _line_by_line(text: str) -> dict[int, int]:
    """The reading `one_to_one` replaces: each line split on tabs, the first of the space-separated candidates."""
    table: dict[int, int] = {}
    for line in io.StringIO(text):  # lines as a file gives them
        parts = line.rstrip("\n").split("\t")
        if len(parts) != 2:
            continue
        src, targets = parts
        target = targets.split(" ")[0]
        if len(src) == 1 and len(target) == 1 and src != target:
            table[ord(src)] = ord(target)
    return table


def test_one_to_one_reads_what_a_line_by_line_reading_reads() -> None:
    text = ("萬\t万\n與\t与 欤\n乾\t干 乾\n㐀\t㐀\n這個\t这个\n丟\t\n丢\t 丢\n𠀀\t𠂀\n兩\t两\t二\n"
            "x\ty z\n\n後\t后 後\n後\t後\n鐘\t钟\n鐘\t锺\n著\t着")  # a later line wins; the last has no newline
    assert one_to_one(text) == _line_by_line(text)
    assert list(one_to_one(text).items()) == list(_line_by_line(text).items())
    assert one_to_one(text)[ord("鐘")] == ord("锺") and ord("兩") not in one_to_one(text)
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("opencc")
    assert spec is not None and spec.submodule_search_locations
    real = (Path(list(spec.submodule_search_locations)[0]) / "dictionary" / "TSCharacters.txt").read_text("utf-8")
    assert _opencc_characters("TSCharacters.txt") == _line_by_line(real)


def test_fold_zh_reads_lookalike_radicals_and_compatibility_ideographs() -> None:
    assert fold_zh("导⼊⽂件⾃⼰") == "导入文件自己"  # Kangxi radicals
    assert fold_zh("⺟") == "母"  # a CJK radicals-supplement character NFKC maps
    assert fold_zh("樂") == "乐"  # a compatibility ideograph: its unified character, then simplified
    assert fold_zh("⻌") == "⻌"  # a radical with no character of its own is left alone
    assert fold_zh("增⻓") == "增长"  # a radicals-supplement form NFKC keeps, from the explicit table

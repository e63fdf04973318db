from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from zhen_qa.glossary.normalize import fold_en, fold_zh


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

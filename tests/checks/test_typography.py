"""The typography family: its rules, and the texts it reads (sentences, then what no sentence covers)."""
from __future__ import annotations

from tests.checks.typography_kit import cols, found
from zhen_qa.checks.typography import RULES


def test_rules() -> None:
    assert [r.id for r in RULES] == ["punctuation-width", "repeated-char", "lookalike-char"]


def test_keywords_block_outside_sentences_is_checked() -> None:
    kw = "关键词: 干细胞分泌组学, 再生医学, 临床应用"
    fs = found(["干细胞分泌组。"], ["Stem cell secretome."], "punctuation-width", extra={"zh": [kw]})
    assert [f.location.line for f in fs] == [2, 2, 2] and cols(fs, kw) == [":", ",", ","]

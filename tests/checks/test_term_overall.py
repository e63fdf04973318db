"""Tests of checks.term_overall: a measure said without its unmarked qualifier "overall"."""
from __future__ import annotations

from tests.checks.terms_kit import gl, term_missing
from zhen_qa.glossary.model import Concept

OS = Concept("overall-survival", "总生存", "overall survival", en_admitted=("OS",))
ZH = "在术后化疗的基础上联用亚叶酸，患者总生存和局部控制率均无差异。"


def missing(en: str) -> list[str]:
    return term_missing(gl(OS), [ZH], [en])


def test_the_bare_head() -> None:
    assert missing("Results showed no survival or local control benefit with the addition of leucovorin.") == []


def test_another_qualifier_or_word_is_no_rendering() -> None:
    assert len(missing("Results showed no disease-free survival or local control benefit with leucovorin.")) == 1
    assert len(missing("Results showed no substance or local control benefit with the addition of leucovorin.")) == 1

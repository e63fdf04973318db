"""Tests of checks.term_regimen_kept: a combination regimen with one drug kept in Latin letters, named whole."""
from __future__ import annotations

from tests.checks.terms_kit import gl, missing_with
from zhen_qa.glossary.model import Concept

ADJUVANT = Concept("adjuvant-chemotherapy", "辅助化疗", "adjuvant chemotherapy")
ZH = "一项大型临床试验显示，5-FU-左旋咪唑辅助化疗延长了III期患者的生存时间。"


missing = missing_with(gl(ADJUVANT))


def test_the_combination_named_whole() -> None:
    assert missing(ZH, "In a large trial, 5-FU-levamisole prolonged survival in patients with stage III disease.") == []


def test_the_combination_before_another_noun_or_absent() -> None:
    assert len(missing(ZH, "In a large trial, 5-FU-levamisole substance prolonged survival in stage III.")) == 1
    assert len(missing(ZH, "In a large trial, 5-FU prolonged survival in patients with stage III disease.")) == 1
    # letters the Chinese does not keep before the term
    assert len(missing(ZH, "In a trial, LV-levamisole prolonged survival in patients with stage III disease.")) == 1

"""Tests of checks.term_standard_abbrev: a drug written by its standard abbreviation."""
from __future__ import annotations

from tests.checks.terms_kit import gl, term_missing
from zhen_qa.glossary.model import Concept

ASPIRIN = Concept("aspirin", "阿司匹林", "aspirin")
ZH = "在持续用药至少5年的阿司匹林组中，结直肠癌引起的死亡风险减少了约40％。"


def missing(en: str) -> list[str]:
    return term_missing(gl(ASPIRIN), [ZH], [en])


def test_the_drug_by_its_standard_abbreviation() -> None:
    assert missing("The risk of death due to CRC in trials that allocated ASA for 5 years was reduced by 40%.") == []


def test_an_abbreviation_defined_there_or_another_is_no_rendering() -> None:
    assert len(missing("The risk of death in trials allocating substance (ASA) for 5 years was reduced by 40%.")) == 1
    assert len(missing("The risk of death in trials that allocated NSAIDs for 5 years was reduced by 40%.")) == 1

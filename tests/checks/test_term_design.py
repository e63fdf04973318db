"""Tests of checks.term_design: a study named by its design noun alone."""
from __future__ import annotations

from tests.checks.terms_kit import gl, missing_with, only, run
from zhen_qa.glossary.model import Concept

COHORT = Concept("cohort-study", "队列研究", "cohort study")
EN = "In a large cohort study, daily aspirin use was associated with lower cancer mortality."


missing = missing_with(gl(COHORT))


def test_the_study_named_by_its_design_noun() -> None:
    assert missing("在一个大型营养队列中，每日服用阿司匹林与癌症死亡率降低相关。", EN) == []


def test_a_study_without_its_design_is_still_missing() -> None:
    assert len(missing("一项大型调查显示，每日服用阿司匹林与癌症死亡率降低相关。", EN)) == 1


def test_an_adjective_names_no_study() -> None:
    clinical = Concept("clinical-study", "临床研究", "clinical study")
    found = run(gl(clinical), ["许多临床实验失败了。"], ["Many clinical studies failed."])
    assert len(only(found, "term-missing")) == 1

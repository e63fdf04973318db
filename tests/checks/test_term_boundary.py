"""Terminology rules where a Chinese glossary term's characters occur across a word boundary of the sentence."""
from __future__ import annotations

from tests.checks.terms_kit import gl, only, run
from zhen_qa.glossary.model import Concept

HR = Concept("hr", "风险比", "hazard ratio")


def test_a_comparison_with_bi_is_not_the_term_it_spells() -> None:
    # "…的风险比安慰剂组低": the risk (风险) was lower than (比) with placebo: no hazard ratio in either language
    zh = ["治疗组的死亡风险比安慰剂组低。"]
    en = ["The risk of death was lower in the treatment group than in the placebo group."]
    assert only(run(gl(HR), zh, en), "term-missing") == []


def test_the_term_itself_without_its_rendering_is_still_missing() -> None:
    zh = ["死亡的风险比为0.71。"]
    found = only(run(gl(HR), zh, ["The risk of death was 0.71."]), "term-missing")
    assert [(f.lang, f.suggestion) for f in found] == [("zh", "hazard ratio")]
    assert only(run(gl(HR), zh, ["The hazard ratio for death was 0.71."]), "term-missing") == []

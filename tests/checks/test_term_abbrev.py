"""Tests of checks.term_abbrev: an abbreviation the English defines for a glossary term itself renders it."""
from __future__ import annotations

from tests.checks.terms_kit import gl, term_missing
from zhen_qa.checks.term_abbrev import term_abbreviations
from zhen_qa.glossary.model import Concept

OXYTOCIN = Concept("ot", "催产素", "oxytocin")
INTRO = ("催产素是一种神经肽。", "The neuropeptide oxytocin (OT） modulates social behavior.")


def missing(zh: str, en: str, intro: tuple[str, str] = INTRO) -> list[str]:
    return term_missing(gl(OXYTOCIN), [intro[0], zh], [intro[1], en])


def test_one_word_term_defined_with_a_full_width_close() -> None:
    assert term_abbreviations(["The neuropeptide, oxytocin (OT） has a role."], lambda: frozenset({"oxytocin"})) == {
        "OT": "oxytocin"}
    assert missing("外源性催产素调节学习。", "Exogenous OT modulates learning.") == []


def test_no_definition_no_rendering() -> None:
    # a parenthesis after the term that its letters do not spell, or after a word the glossary does not list
    listed = frozenset({"oxytocin", "placebo"})
    assert term_abbreviations(["oxytocin (NCT01234567) and placebo (XY)"], lambda: listed) == {}
    assert term_abbreviations(["the peptide (OT) was given"], lambda: frozenset({"oxytocin"})) == {}
    # a real omission: the abbreviation is not in the sentence
    assert len(missing("外源性催产素调节学习。", "Exogenous hormone modulates learning.")) == 1
    # the English never defines OT: "OT" alone is no rendering of oxytocin
    plain = ("催产素是一种神经肽。", "The neuropeptide oxytocin modulates social behavior.")
    assert len(missing("外源性催产素调节学习。", "Exogenous OT modulates learning.", plain)) == 1


def test_the_glossary_keys_are_asked_only_for_a_definition() -> None:
    def never() -> frozenset[str]:
        raise AssertionError("asked without a parenthesised abbreviation")

    assert term_abbreviations(["No abbreviation (or none defined) here.", "Plain text."], never) == {}

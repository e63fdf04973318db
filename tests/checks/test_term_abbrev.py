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


MINDFULNESS = Concept("mbi", "正念干预", "mindfulness-based intervention",
                      en_admitted=("mindfulness-based interventions",))
QUOTED = ("近年兴起的第二代正念干预强调主动的觉知。",
          "Rising in recent years, the“Second Generation Mindfulness-Based Interventions\"(SGMBIs) advocate an "
          "active awareness.")


def test_an_abbreviation_defined_for_a_quoted_name_holding_the_term_renders_it() -> None:
    # the English abbreviates the longer name that holds the term, quoted where it is defined (cx11-003)
    assert term_missing(gl(MINDFULNESS), [QUOTED[0], "已有研究支持了几种第二代正念干预的积极效果。"],
                        [QUOTED[1], "Preliminary studies have supported the positive effects of several SGMBIs."]) == []


def test_a_term_dropped_beside_a_quoted_definition_is_still_missing() -> None:
    # neither the term nor the abbreviation in the sentence: a real omission
    assert len(term_missing(gl(MINDFULNESS), [QUOTED[0], "已有研究支持了几种第二代正念干预的积极效果。"],
                            [QUOTED[1], "Preliminary studies have supported the positive effects of several "
                                        "programmes."])) == 1
    # an abbreviation of a quoted name that does not hold the term renders nothing
    other = ("近年兴起的第二代正念干预强调主动的觉知。",
             "Rising in recent years, the“Second Generation Meditation Programmes\"(SGMPs) advocate an active "
             "awareness.")
    assert len(term_missing(gl(MINDFULNESS), [other[0], "已有研究支持了几种第二代正念干预的积极效果。"],
                            [other[1], "Preliminary studies have supported the positive effects of several "
                                       "SGMPs."])) >= 1

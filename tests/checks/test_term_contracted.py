"""Tests of checks.term_contracted through term-missing: a term inside a name the English says by its contraction."""
from __future__ import annotations

from tests.checks.terms_kit import gl, missing_with, only, run
from zhen_qa.glossary.model import Concept

CORONAVIRUS = Concept("coronavirus", "冠状病毒", "coronavirus")
ZH = "如果办公室出现新型冠状病毒肺炎疑似病例，则应对所有区域进行消毒。"


missing = missing_with(gl(CORONAVIRUS))


def test_the_name_said_by_its_contraction() -> None:
    # COVID: 新冠肺炎, 新型冠状病毒肺炎 contracted, 冠 standing for 冠状病毒
    assert missing(ZH, "If a COVID case is suspected in an office, all areas should be disinfected.") == []


def test_another_word_or_the_term_alone_is_still_missing() -> None:
    assert missing(ZH, "If a substance case is suspected in an office, all areas should be disinfected.") == [
        "「冠状病毒」 has no “coronavirus” in the aligned English"]
    # the term a word of its own: no name to contract
    assert missing("如果办公室出现冠状病毒，则应对所有区域进行消毒。",
                   "If COVID is found in an office, all areas should be disinfected.") == [
        "「冠状病毒」 has no “coronavirus” in the aligned English"]


def test_no_contraction_of_a_name_around_the_term() -> None:
    """病毒科 ("virus family") ends at 科 of 科学; 流行病 ("disease") is cut from 流行病学 alone: neither is the name
    around the term contracted."""
    science = Concept("science", "科学", "science")
    found = run(gl(science), ["人们对抗病毒药物引起了相当大的科学关注。"],
                ["Since it is a virus, considerable substance attention has been focused on anti-viral drugs."])
    assert len(only(found, "term-missing")) == 1
    epidemiology = Concept("epi", "流行病学", "epidemiology")
    found = run(gl(epidemiology), ["孟加拉国流行病学、疾病控制和研究所报告了病例。"],
                ["Bangladesh's Institute of substance, Disease Control and Research reported cases."])
    assert len(only(found, "term-missing")) == 1

"""Tests of checks.term_the_virus through term-missing: a virus the English names, referred back to as "the virus"."""
from __future__ import annotations

from tests.checks.terms_kit import gl, term_missing
from zhen_qa.glossary.model import Concept

CORONAVIRUS = Concept("coronavirus", "冠状病毒", "coronavirus")
INFLUENZA = Concept("flu", "流感病毒", "influenza virus")
NAMED = ("冠状病毒在武汉被发现。", "The coronavirus was found in Wuhan.")
THEORY = "一种理论认为冠状病毒来源于其中某种动物。"


def missing(pairs: list[tuple[str, str]]) -> list[str]:
    return term_missing(gl(CORONAVIRUS, INFLUENZA), [z for z, _e in pairs], [e for _z, e in pairs])


def test_the_virus_named_before_is_referred_back_to() -> None:
    assert missing([NAMED, (THEORY, "One theory is that the virus came from one of these animals.")]) == []


def test_not_named_elsewhere_or_another_word_or_another_virus() -> None:
    said = (THEORY, "One theory is that the virus came from one of these animals.")
    assert missing([said]) == ["「冠状病毒」 has no “coronavirus” in the aligned English"]
    assert missing([NAMED, (THEORY, "One theory is that the substance came from one of these animals.")]) == [
        "「冠状病毒」 has no “coronavirus” in the aligned English"]
    assert len(missing([NAMED, (THEORY, "One theory is that the influenza virus came from one of these animals.")])) \
        == 1

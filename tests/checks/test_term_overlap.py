"""Tests of checks.term_overlap through term-missing: one Chinese phrase holding two concepts' terms."""
from __future__ import annotations

from tests.checks.terms_kit import gl, missing_with
from zhen_qa.glossary.model import Concept

MECHANICAL = Concept("mv", "机械通气", "mechanical ventilation")
PRONE = Concept("ppv", "俯卧位通气", "prone position ventilation")
G = gl(MECHANICAL, PRONE)


missing = missing_with(G)


def test_an_inner_term_said_by_the_outer_concept() -> None:
    """俯卧位机械通气 = "prone position ventilation": neither concept is missing."""
    assert missing("俯卧位机械通气效果不佳者可考虑其他治疗。",
                   "If prone position ventilation fails, other treatment may be considered.") == []


def test_the_outer_concept_not_named_leaves_the_inner_missing() -> None:
    """The English phrase replaced, or another phrase: 机械通气 is missing."""
    for en in ("If prone position substance fails, other treatment may be considered.",
               "If oxygen therapy fails, other treatment may be considered."):
        assert len(missing("俯卧位机械通气效果不佳者可考虑其他治疗。", en)) == 1, en
    # the two terms apart in the Chinese: the English names only one of them
    assert len(missing("机械通气和俯卧位通气均可考虑。", "Prone position ventilation may be considered.")) == 1

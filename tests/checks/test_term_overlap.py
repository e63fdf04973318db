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


def test_a_form_written_whole_is_not_spread() -> None:
    """药理学及方法学: 药理学 "pharmacology" is written whole, not spread over 方法学 (药理…学), so a methodology the
    English replaces is missing, and one it names is not."""
    g = gl(Concept("pharm", "药理学", "pharmacology"), Concept("meth", "方法学", "methodology"))
    zh = "希望临床药理学及方法学专家通力合作。"
    assert missing_with(g)(zh, "Experts in clinical pharmacology and substance are expected to work together.") == [
        "「方法学」 has no “methodology” in the aligned English (the English says “substance” in its place)"]
    assert missing_with(g)(zh, "Experts in clinical pharmacology and methodology are expected to work together.") == []

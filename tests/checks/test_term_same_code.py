"""Tests of checks.term_same_code through term-missing (a Hit needs a whole bead): two listed terms on one code."""
from __future__ import annotations

from tests.checks.terms_kit import gl, missing_with
from zhen_qa.glossary.model import Concept

MASK = Concept("mask", "口罩", "face mask", en_admitted=("mask",))
RESPIRATOR = Concept("resp", "呼吸器", "respirator")
G = gl(MASK, RESPIRATOR)


missing = missing_with(G)


def test_one_coded_object_named_by_a_listed_term_of_each_side() -> None:
    """KN95 口罩 = "KN95 respirators": the code names one object; each side's noun is a listed term."""
    assert missing("护士应佩戴 KN95 口罩。", "Nurses should wear KN95 respirators.") == []
    # a short modifier between the code and the noun, several codes
    assert missing("护士应佩戴 KN95 过滤口罩。", "Nurses should wear KN95 filtering facepiece respirators.") == []
    assert missing("护士应佩戴 KN95 或 FFP3 口罩。", "Nurses should wear a KN95 or FFP3 respirator.") == []


def test_a_term_missing_after_a_code_is_still_reported() -> None:
    """The English noun after the code replaced by a free word, or another code: the term is missing."""
    assert len(missing("护士应佩戴 KN95 口罩。", "Nurses should wear KN95 substance.")) == 1
    # another code, or none: 口罩 and "respirators" are two things (one finding for the pair)
    for zh, en in (("护士应佩戴 KN95 口罩。", "Nurses should wear FFP3 respirators."),
                   ("护士应佩戴口罩。", "Nurses should wear respirators.")):
        assert [m.endswith("(it has “respirators”)") for m in missing(zh, en)] == [True], en

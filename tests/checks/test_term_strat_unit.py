"""Tests of checks.term_strat_unit through term-missing: a geological time name said by its rock unit (古新统)."""
from __future__ import annotations

from tests.checks.terms_kit import gl, missing_with
from zhen_qa.checks.term_strat_unit import unit_swapped
from zhen_qa.glossary.model import Concept

PALEOCENE = Concept("paleocene", "古新世", "Paleocene")
CENTURY = Concept("century", "世纪", "century")

missing = missing_with(gl(PALEOCENE))


def test_the_rock_unit_renders_the_time_name() -> None:
    zh = "迄今为止，潜山盆地古新统共报道了45属61种脊椎动物。"
    en = "So far, 45 genera and 61 species of vertebrates have been reported from the Paleocene of the Qianshan Basin."
    assert missing(zh, en) == []
    assert unit_swapped("潜山盆地古新统", ["古新世"], ["Paleocene"])
    assert unit_swapped("白垩纪地层", ["白垩系"], ["Cretaceous"])  # and the time name for a listed rock unit


def test_a_time_name_really_dropped_is_missing() -> None:
    # the stem alone, or with another ending, is no rendering: the Chinese lacks the term
    en = "So far, 45 genera and 61 species of vertebrates have been reported from the Paleocene of the Qianshan Basin."
    assert len(missing("迄今为止，潜山盆地共报道了45属61种脊椎动物。", en)) == 1
    assert not unit_swapped("潜山盆地古新期", ["古新世"], ["Paleocene"])


def test_no_proper_name_no_swap() -> None:
    # a name of the time scale is written with a capital; a lower-case English form is no such name
    assert not unit_swapped("潜山盆地古新统", ["古新世"], ["paleocene"])
    # 世纪 "century" and 世系 "lineage": a one-character stem is a common word, not a name
    assert not unit_swapped("这一世系的起源", ["世纪"], ["Century"])
    century = missing_with(gl(CENTURY))
    assert len(century("这一世系的起源仍不清楚。", "The origin of this century remains unclear.")) == 1

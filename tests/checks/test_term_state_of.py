"""Tests of checks.term_state_of through term-missing: "state of emergency" said "a national emergency"."""
from __future__ import annotations

from tests.checks.terms_kit import gl, missing_with
from zhen_qa.glossary.model import Concept

EMERGENCY = Concept("soe", "紧急状态", "state of emergency")
ZH = "星期五，美国总统宣布了国家紧急状态。"


missing = missing_with(gl(EMERGENCY))


def test_the_content_noun_under_the_modifier() -> None:
    assert missing(ZH, "On Friday, the President declared a national emergency.") == []
    assert missing("特朗普是根据《国家紧急状态法案》做出这一决定的。",
                   "Trump made the decision under the National Emergencies Act.") == []


def test_another_word_or_no_modifier_is_still_missing() -> None:
    assert missing(ZH, "On Friday, the President declared a national substance.") == [
        "「紧急状态」 has no “state of emergency” in the aligned English"]
    # no Chinese modifier the English word glosses: "emergency" alone is not the term said
    assert missing("星期五，美国总统宣布了紧急状态。", "On Friday, the President declared a medical emergency.") == [
        "「紧急状态」 has no “state of emergency” in the aligned English"]

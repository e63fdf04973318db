"""Tests of checks.term_harm: a complication named as the treatment's harm (不良反应, "morbidity")."""
from __future__ import annotations

from tests.checks.terms_kit import gl, missing_with
from zhen_qa.glossary.model import Concept

COMPLICATION = Concept("complication", "并发症", "complication")
ADVERSE_EVENT = Concept("ae", "不良事件", "adverse event")
ADVERSE_REACTION = Concept("adr", "不良反应", "adverse reaction")

missing = missing_with(gl(COMPLICATION, ADVERSE_EVENT))


def test_a_drugs_complication_said_as_its_adverse_reaction() -> None:
    en = "Hyponatremia is a rare, yet potentially life threatening complication of antipsychotics."
    assert missing("低钠血症是一种罕见的具有潜在生命危险的抗精神病药物治疗的不良反应。", en) == []
    assert missing("在处理这种可能的不良反 应时，应保持高度警觉性。",  # broken by a space (PDF extraction)
                   "A high index of suspicion should be kept while dealing with this probable complication.") == []
    # no word of the class in the Chinese: reported
    assert len(missing("低钠血症是一种罕见的具有潜在生命危险的抗精神病药物治疗的结果。", en)) == 1


def test_a_procedures_complication_said_as_its_morbidity() -> None:
    zh = "术中导航降低了供区并发症。"
    assert missing(zh, "Intraoperative navigation decreased donor site morbidity.") == []
    assert len(missing(zh, "Intraoperative navigation decreased the operating time.")) == 1


def test_two_specific_words_of_the_class_do_not_render_each_other() -> None:
    """An adverse event is no side effect: only the loose word (complication, 并发症) stands for the others."""
    assert len(missing("两组不良事件发生率相近。", "The rates of side effects were similar.")) == 1
    events = missing_with(gl(ADVERSE_EVENT))
    assert events("两组不良事件发生率相近。", "The rates of complications were similar.") == []
    assert len(events("两组不良事件发生率相近。", "The rates of side effects were similar.")) == 1


def test_a_listed_word_of_the_class_is_its_own_concept() -> None:
    """A glossary that lists 不良反应 as a concept of its own means it apart from 并发症: still reported."""
    listed = missing_with(gl(COMPLICATION, ADVERSE_REACTION))
    (msg,) = listed("低钠血症是抗精神病药物的不良反应。", "Hyponatremia is a complication of antipsychotics.")
    assert "「不良反应」 has no “adverse reaction”" in msg and "(it has “complication”)" in msg


def test_a_comorbidity_is_no_complication() -> None:
    """合并症 is in clinical Chinese the comorbidity a patient already has: "complications" does not render it."""
    comorbid = missing_with(gl(Concept("comorbidity", "合并症", "comorbidity")))
    assert len(comorbid("老年患者合并症较多。", "Elderly patients had more complications.")) == 1
    assert missing("老年患者术后并发症较多。", "Elderly patients had more comorbidities.") != []

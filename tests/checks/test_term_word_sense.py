"""Tests of checks.term_word_sense through term-missing: an admitted English word in its own sense, rendered."""
from __future__ import annotations

from tests.checks.terms_kit import gl, missing_with
from zhen_qa.glossary.model import Concept

RT = Concept("rt", "放疗", "radiotherapy", zh_admitted=("放射治疗",), en_admitted=("radiation therapy", "radiation"))
missing = missing_with(gl(RT))


def test_the_word_in_its_own_sense_rendered_by_its_core_rendering() -> None:
    assert missing("易感因素包括射线暴露和吸烟。", "Risk factors include radiation exposure and smoking.") == []
    assert missing("高剂量射线与风险升高相关。", "Higher doses of radiation are associated with higher risk.") == []
    assert missing("石棉和电离辐射也是危险因素。", "Asbestos and ionizing radiation are also risk factors.") == []


def test_the_word_without_a_mark_of_its_own_sense_is_the_concept() -> None:
    # "skin changes from radiation" after treatment is the therapy: 辐射 renders the general word, not 放疗
    zh, en = "您可能在手术后失去部分乳房，或者皮肤因辐射而出现变化。", \
        "You might have lost part of a breast after surgery or have skin changes from radiation."
    assert len(missing(zh, en)) == 1


def test_the_concept_left_out_is_still_missing() -> None:
    # no rendering of the word at all
    assert len(missing("患者接受了手术。", "Patients received radiation.")) == 1
    # 剂量 heads one rendering only (辐射剂量): no rendering of the word
    assert len(missing("患者接受了高剂量药物。", "Patients received high doses of radiation.")) == 1
    # the preferred term is the concept, not a general word
    assert len(missing("高剂量射线与风险升高相关。", "Higher doses of radiotherapy raise the risk.")) == 1


def test_a_word_said_more_often_than_its_rendering_is_still_missing() -> None:
    # review49 R4: one "radiation" is the dose's (辐射剂量), the other the therapy the Chinese does not give (化疗)
    zh, en = "结果 术后患者接受了化疗，CT检查的辐射剂量较低。", \
        "Results After surgery patients received radiation, and the radiation dose of CT was low."
    assert len(missing(zh, en)) == 1

"""Tests of checks.term_inner_object through term-missing: a Chinese act said by the object inside its term."""
from __future__ import annotations

from tests.checks.terms_kit import gl, missing_with
from zhen_qa.glossary.model import Concept

SMOKING = Concept("smoking", "吸烟", "smoking")
QUITTING = Concept("quitting", "戒烟", "smoking cessation")
missing = missing_with(gl(SMOKING, QUITTING))


def test_an_act_said_by_its_object() -> None:
    assert missing("吸烟可增加患癌风险。", "Tobacco use increases the risk of cancer.") == []
    assert missing("吸烟引起的肿瘤较常见。", "Tumors caused by cigarette smoke are common.") == []
    assert missing("远离吸烟与饮酒可降低风险。", "Avoidance of tobacco and alcohol lowers the risk.") == []


def test_an_act_replaced_or_not_its_objects_use_is_still_missing() -> None:
    # the term replaced by another word
    assert len(missing("吸烟可增加患癌风险。", "Substance increases the risk of cancer.")) == 1
    # quitting is no use of tobacco: its English head is no gloss of 烟
    assert len(missing("戒烟可降低患癌风险。", "Tobacco lowers the risk of cancer.")) == 1


def test_an_object_word_that_renders_another_chinese_word_is_no_rendering() -> None:
    # review49 R8: "tobacco" is 烟草 of 烟草工人, "e-cigarette" is 电子烟: "non-smoking" and smoking are left out
    assert len(missing("研究对象为不吸烟的烟草工人。", "Participants were tobacco workers.")) == 1
    assert len(missing("青少年吸烟与电子烟广告有关。", "Adolescent vaping was linked to e-cigarette advertising.")) == 1

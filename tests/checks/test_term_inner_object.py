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

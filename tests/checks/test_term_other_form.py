"""Tests of checks.term_other_form: a concept the Chinese says word for word as another of its listed English forms
(神经基础 = "neural basis", listed with "neural mechanism" for 神经机制)."""
from __future__ import annotations

from tests.checks.terms_kit import gl, only, run
from zhen_qa.checks.term_other_form import other_form_said
from zhen_qa.checks.term_rendered import zh2en
from zhen_qa.glossary.model import Concept

BOTH = Concept("nm", "神经机制", "neural mechanism", en_admitted=("neural basis",))
EN = ["This study reveals the neural mechanism of self-face recognition."]


def test_the_chinese_of_another_listed_english_form_renders_the_concept() -> None:
    assert only(run(gl(BOTH), ["本研究探究自我面孔识别的神经基础。"], EN), "term-missing") == []
    assert other_form_said(["神经机制"], ["neural mechanism", "neural basis"], "neural mechanism",
                           "探究自我面孔识别的神经基础", zh2en())


def test_another_head_or_a_form_the_glossary_does_not_list_is_still_missing() -> None:
    # 网络 "network" is the head of no listed English form
    assert len(only(run(gl(BOTH), ["本研究探究自我面孔识别的神经网络。"], EN), "term-missing")) == 1
    # the glossary lists only "neural mechanism": 神经基础 is no form of this concept
    alone = Concept("nm", "神经机制", "neural mechanism")
    assert len(only(run(gl(alone), ["本研究探究自我面孔识别的神经基础。"], EN), "term-missing")) == 1
    # the English wrote the other form itself: its own head is no other form
    assert not other_form_said(["神经机制"], ["neural mechanism", "neural basis"], "neural basis",
                               "探究自我面孔识别的神经基础", zh2en())

"""Tests of checks.term_acronym: a Chinese term said inside a standard computing acronym (内存不足 = "OOM")."""
from __future__ import annotations

from tests.checks.terms_kit import gl, term_missing
from zhen_qa.checks.term_acronym import acronym_said
from zhen_qa.glossary.model import Concept

MEMORY = Concept("memory", "内存", "memory")
MODEL = Concept("model", "模型", "model")


def test_a_term_inside_a_standard_acronym_is_rendered() -> None:
    zh = "为了避免内存不足，模型需要在懒加载的环境下初始化。"
    en = "The model should be initialized under a lazy context to avoid OOM."
    assert term_missing(gl(MEMORY, MODEL), [zh], [en]) == []
    assert acronym_said(["model", "models"], "Serving LLMs is costly.", 1)


def test_a_term_dropped_beside_an_acronym_is_still_missing() -> None:
    # two 模型, one LLM: the second model is dropped
    zh = "大模型的推理受限于模型大小。"
    assert len(term_missing(gl(MODEL), [zh], ["LLM inference is limited by size."])) == 1
    # an acronym whose phrase does not hold the term: 内存 dropped
    assert len(term_missing(gl(MEMORY), ["大模型的推理占用大量内存。"], ["LLM inference takes a lot."])) == 1
    # an acronym defined in brackets: the words before it must say the term ("Large Language (LLMs)" drops model)
    zh = "LMDeploy 是一个服务大语言模型的工具箱。"
    assert len(term_missing(gl(MODEL), [zh], ["LMDeploy is a toolkit for serving Large Language (LLMs)."])) == 1
    # a word that only contains the acronym's letters is no acronym
    assert not acronym_said(["memory"], "the BOOM of demand", 1)

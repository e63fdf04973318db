"""Tests of checks.term_acronym: a Chinese term said inside a standard computing acronym (内存不足 = "OOM")."""
from __future__ import annotations

from tests.checks.terms_kit import gl, term_missing
from zhen_qa.checks.term_acronym import acronym_said
from zhen_qa.glossary.model import Concept

MEMORY = Concept("memory", "内存", "memory")
MODEL = Concept("model", "模型", "model")
APPLICATION = Concept("application", "应用程序", "application", en_admitted=("app",))
APPLICATION_ONLY = Concept("application", "应用程序", "application")


def test_a_term_inside_a_standard_acronym_is_rendered() -> None:
    zh = "为了避免内存不足，模型需要在懒加载的环境下初始化。"
    en = "The model should be initialized under a lazy context to avoid OOM."
    assert term_missing(gl(MEMORY, MODEL), [zh], [en]) == []
    zh = "在进行大模型的推理时，需要注意显存。"
    assert term_missing(gl(MODEL), [zh], ["In LLM inference, mind the memory."]) == []
    # the whole phrase written out in Chinese, the English by its acronym
    zh = "通过应用程序编程接口读取剪贴板。"
    assert term_missing(gl(APPLICATION), [zh], ["Read the clipboard through the API."]) == []
    assert acronym_said(["model", "models"], "服务大模型的成本很高。", 2, 4, "服务大模型的成本很高。",
                        "Serving LLMs is costly.", 1)


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
    assert not acronym_said(["memory"], "内存不足", 0, 2, "内存不足", "the BOOM of demand", 1)


def test_an_acronym_the_chinese_writes_itself_renders_no_term() -> None:
    # the Chinese keeps API in Latin: the English API is its rendering, and the application (the subject) is dropped
    zh = "应用程序可以通过 API 读取剪贴板中的内容。"
    assert len(term_missing(gl(APPLICATION), [zh], ["The clipboard contents can be read through the API."])) == 1
    zh = "在 macOS 上使用私有 API 会阻止您的应用程序被 App Store 接受。"
    en = "Using private APIs on macOS prevents your from being accepted to the App Store."
    assert len(term_missing(gl(APPLICATION_ONLY), [zh], [en])) == 1
    # the term not inside the Chinese words of the acronym's phrase: 模型 alone is no 大模型
    assert len(term_missing(gl(MODEL), ["最大模型长度由配置决定。"], ["The max LLM length is set by the config."])) == 1
    # the phrase written out and its acronym kept in Latin beside it: the English API renders the Latin one
    zh = "通过应用程序编程接口（API）读取剪贴板。"
    assert len(term_missing(gl(APPLICATION), [zh], ["Read the clipboard through the API."])) == 1

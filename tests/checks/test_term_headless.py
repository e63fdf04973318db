"""A noun phrase with its head gone in the English (`term_headless`): the excuses that leave a Chinese term to its
context (`term_excuses.LEFT_TO_CONTEXT`) do not apply where the English has an article with no noun after it."""
from __future__ import annotations

from tests.checks.terms_kit import gl, only
from zhen_qa.aligner.build import build_from_texts
from zhen_qa.checks import terms as checks
from zhen_qa.checks.context import CheckContext, Options
from zhen_qa.checks.term_headless import headless_article
from zhen_qa.glossary.model import Concept

COMPONENT = Concept("component", "组件", "component")
_SECTIONS = [  # (name, its word in Chinese and in English, what it does, what it can)
    ("Button", "按钮", "button", "用于触发操作", "triggers an action", "有三种尺寸", "comes in three sizes"),
    ("Input", "输入框", "input", "用于输入文字", "takes text", "可以清空", "can be cleared"),
    ("Select", "选择器", "select", "用于选择", "picks an option", "可以搜索", "can be searched"),
    ("Modal", "对话框", "dialog", "用于弹出对话框", "opens a dialog", "可以拖动", "can be dragged")]


def _missing(last_zh: str, last_en: str) -> list[str]:
    """term-missing on a page about components (组件 named in most beads: the page's subject, `topic`), whose last
    section says `last_zh` = `last_en`."""
    zh, en = ["# 组件\n"], ["# Components\n"]
    for name, word_zh, word_en, does_zh, does, can_zh, can in _SECTIONS:
        zh.append(f"## `{name}`\n\n`{name}` 组件{does_zh}。\n\n{word_zh}组件{can_zh}。\n")
        en.append(f"## `{name}`\n\nThe `{name}` component {does}.\n\nThe {word_en} component {can}.\n")
    zh.append(f"## 表格\n\n{last_zh}\n")
    en.append(f"## Table\n\n{last_en}\n")
    ms = build_from_texts("\n".join(zh), "\n".join(en), "zh.md", "en.md", presplit=False)
    found = only(list(checks.run(CheckContext(ms, gl(COMPONENT), Options()))), "term-missing")
    return [f.message for f in found]


def test_an_article_with_no_noun_after_it_is_a_hole() -> None:
    for text in ("If the of the table is sorted", "Join the cluster to the .", "Create the using the configuration",
                 "Sorting is done by an is", "Click the", "run the in a container", "When to use a"):
        assert headless_article(text), text
    for text in ("Some may be shared", "The `x` runs as part of it", "Use the CLI to create it", "the to-do list",
                 "the by-product", "Explore more.", "a is None", "Watch the result", "the May release",
                 "the in operator", "the for loop", "if a in the list", "a is b",
                 "a. Install the package", "Step (a) installs it"):
        assert not headless_article(text), text


def test_the_pages_subject_dropped_leaving_its_article_is_reported() -> None:
    """tr60 (the docs term gauge's `topic` misses on the English side): 组件 dropped from "the sorting of the
    component" leaves "the sorting of the ." — the page's subject is not left to the context there, a noun is
    missing; before, `topic` excused it as the page's subject."""
    zh = "表格组件支持排序，排序的结果会保存在组件中。"
    assert _missing(zh, "The table supports sorting, and the result of sorting is kept in the .") == [
        "「组件」 has no “component” in the aligned English"]  # fails before: excused by topic
    # the real drop with the noun written: nothing missing
    assert _missing(zh, "The table component supports sorting, and the result is kept in the component.") == []


def test_the_pages_subject_written_around_is_still_left_to_the_page() -> None:
    # "The table supports sorting": the subject left to the page, no article stranded: still no finding
    assert _missing("表格组件支持排序。", "The table supports sorting.") == []

"""The topic excuse of term-missing on documentation: a page's subject is the page pair's, not one section pair's."""
from __future__ import annotations

from tests.checks.terms_kit import gl, only
from zhen_qa.aligner.build import build_from_texts
from zhen_qa.checks import terms as checks
from zhen_qa.checks.context import CheckContext, Options
from zhen_qa.glossary.model import Concept

COMPONENT = Concept("component", "组件", "component")
WIDGET = Concept("widget", "控件", "widget")
_SECTIONS = [  # (name, its word in Chinese and in English, what it does, what it can)
    ("Button", "按钮", "button", "用于触发操作", "triggers an action", "有三种尺寸", "comes in three sizes"),
    ("Input", "输入框", "input", "用于输入文字", "takes text", "可以清空", "can be cleared"),
    ("Select", "选择器", "select", "用于选择", "picks an option", "可以搜索", "can be searched"),
    ("Modal", "对话框", "dialog", "用于弹出对话框", "opens a dialog", "可以拖动", "can be dragged")]


def _pages(code: bool, table_en: str = "Tables support sorting.") -> tuple[str, str]:
    zh, en = ["# 组件\n"], ["# Components\n"]
    for name, word_zh, word_en, does_zh, does, can_zh, can in _SECTIONS:
        shown = f"`{name}`" if code else name
        zh.append(f"## {shown}\n\n{shown} 组件{does_zh}。\n\n{word_zh}组件{can_zh}。\n")
        en.append(f"## {shown}\n\nThe {shown} component {does}.\n\nThe {word_en} component {can}.\n")
    zh.append("## 表格\n\n表格组件支持排序。\n")
    en.append(f"## Table\n\n{table_en}\n")
    return "\n".join(zh), "\n".join(en)


def _missing(code: bool, table_en: str = "Tables support sorting.") -> list[str]:
    zh, en = _pages(code, table_en)
    ms = build_from_texts(zh, en, "zh.md", "en.md", presplit=False)
    found = only(list(checks.run(CheckContext(ms, gl(COMPONENT, WIDGET), Options()))), "term-missing")
    return [f"{f.location.line}: {f.message}" for f in found]


def test_the_subject_of_a_documentation_page_is_the_pages_not_a_sections() -> None:
    # every section pair names 组件 in two beads (too few to be its subject); the page names it in most of its
    # beads: where the table section says "Tables" for 表格组件, the page's subject is left to the context
    assert _missing(code=True) == []


def test_without_code_the_subject_is_still_the_section_pairs() -> None:
    # a manuscript that writes no code (a thesis in sections) keeps the subject of each section pair
    assert _missing(code=False) == ["29: 「组件」 has no “component” in the aligned English"]


def test_the_pages_subject_said_as_another_term_is_still_missing() -> None:
    # "Table widgets" where the Chinese says 表格组件: another glossary term in its place is a wrong term, not the
    # page's subject left to the context (dolphin's startup-parameter page: "dt is the global parameter" for 启动参数)
    assert _missing(code=True, table_en="Table widgets support sorting.") == [
        "29: 「组件」 has no “component” in the aligned English (it has “widgets”)"]


def test_another_word_in_the_place_of_the_pages_subject_is_still_missing() -> None:
    # "rows" / "elements" where the Chinese says 组件 (after 表格, before 支持) are other things, not the page's subject
    # left to the context, though the dictionary finds 排 of 排序 for "rows" and 元件, ending like 组件, for "elements"
    for table_en in ("Table rows support sorting.", "Table elements support sorting."):
        assert _missing(code=True, table_en=table_en) == ["29: 「组件」 has no “component” in the aligned English"]


def test_a_word_the_chinese_does_not_say_beside_the_pages_subject_is_still_missing() -> None:
    # "Tables support substance sorting." for 表格组件支持排序: a word no Chinese word says, away from the term's slot
    # (`Case.replaced` sees 表格…支持 only), in an English otherwise said word for word, stands where 组件 went
    # missing: a wrong rendering, not the page's subject left to the context
    # (`term_excuse_functions.topic_said_otherwise`)
    for table_en in ("Tables support substance sorting.", "Tables support sorting of the rows."):
        assert _missing(code=True, table_en=table_en) == ["29: 「组件」 has no “component” in the aligned English"]


def test_the_pages_subject_left_out_of_a_sentence_saying_only_the_chinese_is_no_finding() -> None:
    # every English content word said by the Chinese (表格 table, 支持 supports, 排序 sorting): still the subject left
    # to the context, as "Tables support sorting." (the first test)
    assert _missing(code=True, table_en="The table supports sorting.") == []


def test_the_pages_subject_left_out_of_a_free_rewrite_is_no_finding() -> None:
    # most of the English is not in the Chinese (helps, browsing, long, lists): a free rewrite marks no place where a
    # word stands for 组件, and the page's subject may be left out of it
    assert _missing(code=True, table_en="Tables support sorting, which helps when browsing long lists.") == []


MEMBER_CLUSTER = Concept("member-cluster", "成员集群", "member cluster")
_QUOTA_ZH = ("# 成员集群配额\n\n成员集群是由 Karmada 管理的集群。\n\n每个成员集群都有自己的资源。\n\n"
             "你可以为成员集群设置配额。\n\n"
             "成员集群的状态会被定期同步。\n\n假设你想在成员集群中为服务 A 创建 100 核的 CPU 限额。\n\n"
             "```yaml\nkind: FederatedResourceQuota\n```\n")
_QUOTA_EN = ("# Member cluster quotas\n\nA member cluster is a cluster managed by Karmada.\n\n"
             "Each member cluster has its own resources.\n\nYou can set quotas for member clusters.\n\n"
             "The status of member clusters is synced regularly.\n\n"
             "Suppose you want to create a CPU limit of 100 cores for {last}.\n\n"
             "```yaml\nkind: FederatedResourceQuota\n```\n")


def _quota_missing(last: str) -> list[str]:
    ms = build_from_texts(_QUOTA_ZH, _QUOTA_EN.format(last=last), "zh.md", "en.md", presplit=False)
    found = only(list(checks.run(CheckContext(ms, gl(MEMBER_CLUSTER), Options()))), "term-missing")
    return [f"{f.location.line}: {f.message}" for f in found]


def test_a_capital_letter_naming_a_thing_leaves_the_pages_subject_to_the_page() -> None:
    """review60 R6 (tr60's withdrawn `_hole_left`): "for service A." names a service by a letter; read as an article
    with its noun gone, it switched off the excuses that leave the page's subject (成员集群, named in every bead) to
    the page. A letter is a name, not a stranded article: no finding, as with "for the web service."."""
    assert _quota_missing("service A") == []
    assert _quota_missing("the web service") == []

"""Tests of checks.term_overlap through term-missing: one Chinese phrase holding two concepts' terms."""
from __future__ import annotations

from tests.checks.terms_kit import gl, missing_with, term_missing
from zhen_qa.glossary.model import Concept

MECHANICAL = Concept("mv", "机械通气", "mechanical ventilation")
PRONE = Concept("ppv", "俯卧位通气", "prone position ventilation")
G = gl(MECHANICAL, PRONE)


missing = missing_with(G)


def test_an_inner_term_said_by_the_outer_concept() -> None:
    """俯卧位机械通气 = "prone position ventilation": neither concept is missing."""
    assert missing("俯卧位机械通气效果不佳者可考虑其他治疗。",
                   "If prone position ventilation fails, other treatment may be considered.") == []


def test_the_outer_concept_not_named_leaves_the_inner_missing() -> None:
    """The English phrase replaced, or another phrase: 机械通气 is missing."""
    for en in ("If prone position substance fails, other treatment may be considered.",
               "If oxygen therapy fails, other treatment may be considered."):
        assert len(missing("俯卧位机械通气效果不佳者可考虑其他治疗。", en)) == 1, en
    # the two terms apart in the Chinese: the English names only one of them
    assert len(missing("机械通气和俯卧位通气均可考虑。", "Prone position ventilation may be considered.")) == 1


def test_a_form_written_whole_is_not_spread() -> None:
    """药理学及方法学: 药理学 "pharmacology" is written whole, not spread over 方法学 (药理…学), so a methodology the
    English replaces is missing, and one it names is not."""
    g = gl(Concept("pharm", "药理学", "pharmacology"), Concept("meth", "方法学", "methodology"))
    zh = "希望临床药理学及方法学专家通力合作。"
    assert missing_with(g)(zh, "Experts in clinical pharmacology and substance are expected to work together.") == [
        "「方法学」 has no “methodology” in the aligned English"]
    assert missing_with(g)(zh, "Experts in clinical pharmacology and methodology are expected to work together.") == []


def test_an_english_term_sharing_a_word_with_the_phrase_the_chinese_names() -> None:
    """"data type promotion" = 隐式类型提升: "data type" shares "type" with "type promotion", the concept the Chinese
    names, and the page says a data type by 类型 alone elsewhere, so the phrase is that concept's English and no data
    type is missing; named apart ("data type and type promotion") or without the other concept in the Chinese, it is
    still missing."""
    g = gl(Concept("dt", "数据类型", "data type"), Concept("tp", "类型提升", "type promotion"))
    first = ("两个张量的类型不同时会报错。", "An error is raised when two tensors have different data types.")

    def find(zh: str, en: str) -> list[str]:
        return term_missing(g, [first[0], zh], [first[1], en])

    assert find("本文明确了隐式类型提升的规则。", "This article clarifies the rules of data type promotion.") == []
    assert find("本文明确了隐式类型提升的规则。",
                "This article clarifies the data type and type promotion rules.") == [
        "“data type” has no 「数据类型」 in the aligned Chinese"]
    assert find("本文明确了隐式转换的规则。", "This article clarifies the rules of data type promotion.") == [
        "“data type” has no 「数据类型」 in the aligned Chinese"]


def test_a_shared_word_the_page_never_uses_bare_leaves_the_term_missing() -> None:
    """泄漏检测 for "memory leak detection": the Chinese names leak detection only and the page never says a memory
    leak by 泄漏 alone, so 内存 is dropped, not understood; and the hint of a Chinese term the English overlaps
    ("primary key value" for 键值) keeps naming the English the bead has."""
    leak = gl(Concept("ml", "内存泄漏", "memory leak"), Concept("ld", "泄漏检测", "leak detection"))
    assert missing_with(leak)("本工具支持泄漏检测，可以在运行时发现问题。",
                              "This tool supports memory leak detection and finds problems at run time.") == [
        "“memory leak” has no 「内存泄漏」 in the aligned Chinese"]
    key = gl(Concept("pk", "主键", "primary key"), Concept("kv", "键值", "key value"))
    assert missing_with(key)("插入数据前，请检查键值是否重复。",
                             "Before inserting data, check whether the primary key value is duplicated.") == [
        "「键值」 has no “key value” in the aligned English (it has “primary key”)"]

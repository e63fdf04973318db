"""Tests of checks.term_given: a term the English says again by a definite noun phrase, the Chinese leaving it."""
from __future__ import annotations

from tests.checks.terms_kit import gl, only, run
from zhen_qa.glossary.model import Concept

G = gl(Concept("ma", "元分析", "meta-analysis"))
ZH = ["本研究运用元分析整合了已有的实证研究。", "研究共纳入56篇文献，结果发现默认选项有效。"]


def test_a_given_term_said_again_with_a_definite_determiner_needs_no_chinese() -> None:
    en = ["A meta-analysis was conducted to integrate the empirical studies.",
          "Of the 56 studies included, the meta-analysis shows that default options work."]
    assert only(run(G, ZH, en), "term-missing") == []


def test_a_new_or_indefinite_mention_is_still_missing() -> None:
    en = ["A meta-analysis was conducted to integrate the empirical studies.",
          "Of the 56 studies included, a meta-analysis shows that default options work."]
    assert len(only(run(G, ZH, en), "term-missing")) == 1
    zh = ["本研究整合了已有的实证研究。", ZH[1]]  # not named on both sides before
    en = ["We integrated the empirical studies.",
          "Of the 56 studies included, the meta-analysis shows that default options work."]
    assert len(only(run(G, zh, en), "term-missing")) == 1


def test_a_concept_named_only_after_or_by_a_sibling_word_is_still_missing() -> None:
    g = gl(Concept("pandemic", "大流行", "pandemic"))
    # named on both sides only in the bead after: a definite noun phrase refers back, not forward
    zh, en = ["期间学校关闭。", "大流行仍在继续。"], ["Schools closed during the pandemic.", "The pandemic goes on."]
    assert len(only(run(g, zh, en), "term-missing")) == 1
    # named before, but the Chinese says it by another word of its sense (疫情): two names mixed
    zh = ["大流行仍在继续。", "疫情期间学校关闭。"]
    en = ["The pandemic goes on.", "Schools closed during the pandemic."]
    assert len(only(run(g, zh, en), "term-missing")) == 1


def test_one_excuse_covers_a_concept_given_by_the_matcher_or_inside_a_longer_word() -> None:
    """`given-again` is one excuse for both ways the concept is given (by matches, or leniently inside 元分析法:
    `term_given_inside`): switched off, each case is reported (the two were separate registry entries)."""
    from zhen_qa.checks.term_excuses import switched

    en = ["A meta-analysis was conducted to integrate the empirical studies.",
          "Of the 56 studies included, the meta-analysis shows that default options work."]
    inside = ["本研究运用元分析法整合了已有的实证研究。", ZH[1]]
    for zh in (ZH, inside):
        with switched() as silenced:
            assert only(run(G, zh, en), "term-missing") == []
        assert silenced == {"given-again": 1}
        with switched({"given-again"}):
            assert len(only(run(G, zh, en), "term-missing")) == 1


def test_a_given_term_replaced_in_its_place_is_still_missing() -> None:
    # 随机物质: the file writes 随机元分析 twice (a phrase of it), and here another word stands after 随机
    # (`term_slot_zh`): the term was replaced, not left to the definite noun phrase
    en = ["A random meta-analysis was conducted to integrate the empirical studies.",
          "A random meta-analysis was repeated.",
          "Of the 56 studies included, the meta-analysis shows that default options work."]
    zh = ["本研究运用随机元分析整合了已有的实证研究。", "随机元分析重复进行。",
          "研究共纳入56篇文献，随机物质发现默认选项有效。"]
    assert len(only(run(G, zh, en), "term-missing")) == 1
    zh[2] = "研究共纳入56篇文献，分析后发现默认选项有效。"
    assert only(run(G, zh, en), "term-missing") == []


def test_an_adjective_before_a_noun_is_no_referent_given_again() -> None:
    # "the biological activity": the determiner is the noun's, and an adjective names nothing the Chinese may leave
    # to the context; 物质学活性 has lost 生物 ("biological") though the file named it on both sides before
    g = gl(Concept("bio", "生物", "biological"))
    zh = ["本文研究了干细胞的生物特征。", "高糖微环境会影响 ADSCs 物质学活性，该微环境的作用有待研究。"]
    en = ["We studied the biological features of ADSCs.",
          "High glucose microenvironment can affect the biological activity of ADSCs, and the effect of the"
          " microenvironment needs study."]
    assert len(only(run(g, zh, en), "term-missing")) == 1
    zh[1] = "高糖微环境会影响 ADSCs 生物学活性，该微环境的作用有待研究。"
    assert only(run(g, zh, en), "term-missing") == []


def test_a_noun_modifier_given_before_is_still_given_again() -> None:
    # "the meta-analysis results": a noun (no adjective ending) before a noun may still be the given referent
    en = ["A meta-analysis was conducted to integrate the empirical studies.",
          "Of the 56 studies included, the meta-analysis results show that default options work."]
    assert only(run(G, ZH, en), "term-missing") == []


def test_a_noun_with_an_adjective_ending_before_a_noun_is_still_given_again() -> None:
    # review51 R6: antibiotic, table end like adjectives (-ic, -able) but are nouns here; "the antibiotic course" after
    # "an antibiotic" is the course of the given referent, and 疗程 leaves it to the context
    cases = [(Concept("ab", "抗生素", "antibiotic"),
              ["所有患者均接受抗生素治疗。", "疗程结束后，患者的症状明显缓解。"],
              ["All patients received an antibiotic.",
               "After the antibiotic course ended, their symptoms were clearly relieved."]),
             (Concept("tb", "表格", "table"),
              ["首先创建一个表格。", "然后调整每一列的宽度。"],
              ["First create a table.", "Then adjust the table column widths."])]
    for concept, zh, en in cases:
        assert only(run(gl(concept), zh, en), "term-missing") == []

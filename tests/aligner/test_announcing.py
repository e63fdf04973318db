"""Announcing topic sentences folded into the neighbour's English (review58 R6): `aligner.announcing`."""
from __future__ import annotations

from zhen_qa.aligner.align import align
from zhen_qa.aligner.announcing import announced_topic, join_announcing, restates

BEFORE = "然而，许多研究人员使用不正确的统计方法来分析纵向数据，导致结论出现偏倚。"
DETAIL = ("文章探讨了纵向数据分析中使用的不同数据集结构、缺失数据的分类和处理"
          "以及使用纵向数据建立多元回归模型时对个体内相关性进行校正的方法。")
LAST = "最后，我们给出了一个实例。"
EN_FIRST = ("However, many psychiatric researchers use incorrect statistical methods to analyze this type of "
            "longitudinal data, a problem that can result in unrecognized bias in analytic results and, thus, "
            "incorrect conclusions.")
COVERING = ("the different dataset structures used in the analysis of longitudinal data, the classification and "
            "management of missing data, and methods of adjusting for intra-individual correlation when developing "
            "multivariate regression models using longitudinal data.")
FOLDED = "How such data should be analysed is reviewed, covering " + COVERING  # the announcement written in
DROPPED = "The article explores " + COVERING  # the neighbour's translation alone
EN_LAST = "Finally, an example is given."
ANNOUNCING = ["下面对精神科纵向数据的常见统计误区加以评述。", "以下对精神科随访数据的建模策略与缺失值插补进行综述。",
              "本文围绕纵向数据的统计陷阱展开论述。"]


def lone_chinese(zh: list[str], en: list[str]) -> list[int]:
    return [b.zh[0] for b in align(zh, en) if b.zh and not b.en]


def test_an_announcing_sentence_has_a_speaking_about_predicate_and_a_topic() -> None:
    assert announced_topic(ANNOUNCING[0]) == "精神科纵向数据的常见统计误区"
    assert announced_topic(ANNOUNCING[1]) == "精神科随访数据的建模策略与缺失值插补"
    assert announced_topic(ANNOUNCING[2]) == "纵向数据的统计陷阱"
    assert announced_topic("本文综述了近年来肿瘤免疫治疗的进展。") == "近年来肿瘤免疫治疗的进展"
    # the same frame with a content verb, or a speaking verb inside a content sentence: no announcement
    for content in ("对所有患者进行随访。", "我们对数据进行了分析。",
                    "研究者对100例患者的结果进行了讨论，发现差异显著。", DETAIL,
                    # one clause only: a sentence that goes on says content of its own (chinaxiv10 cx10-002)
                    "本文首先介绍该模型的基本原理及其实现，并以道德判断为例说明其在社会心理学中的最新应用。"):
        assert announced_topic(content) is None, content


def test_the_topic_is_restated_by_two_of_its_words() -> None:
    assert restates("精神科随访数据的建模策略与缺失值插补", DETAIL)  # 数据, 缺失
    assert not restates("抗抑郁药物的不良反应及其处理", DETAIL)
    assert not restates("精神科随访数据", DETAIL)  # 数据 alone: any two sentences of a paper on data


def test_an_announcement_folded_into_the_next_sentences_english_is_not_left_alone() -> None:
    """review58 R6: v9, v10 (and review57 v3) x en3; each was reported untranslated before."""
    for announcing in ANNOUNCING:
        zh = [BEFORE, announcing, DETAIL, LAST]
        assert lone_chinese(zh, [EN_FIRST, FOLDED, EN_LAST]) == [], announcing


def test_a_dropped_announcement_is_still_reported() -> None:
    """The English of the announcement deleted: the neighbour's English says its own verb only ("explores")."""
    for announcing in ANNOUNCING[:2]:
        zh = [BEFORE, announcing, DETAIL, LAST]
        assert lone_chinese(zh, [EN_FIRST, DROPPED, EN_LAST]) == [1], announcing


def test_an_announcement_whose_topic_the_neighbour_does_not_carry_is_still_reported() -> None:
    zh = [BEFORE, "以下对抗抑郁药物的不良反应及其处理进行综述。", DETAIL, LAST]
    assert lone_chinese(zh, [EN_FIRST, FOLDED, EN_LAST]) == [1]


def test_join_announcing_needs_each_condition() -> None:
    zh = [BEFORE, ANNOUNCING[1], DETAIL, LAST]
    en = [EN_FIRST, FOLDED, EN_LAST]
    path = [(0, 0, 1, 1), (1, 1, 2, 1), (2, 1, 3, 2), (3, 2, 4, 3)]
    assert join_announcing(path, zh, en, 4) == [(0, 0, 1, 1), (1, 1, 3, 2), (3, 2, 4, 3)]
    assert join_announcing(path, zh, en, 1) == path  # the joined bead would hold two Chinese sentences
    assert join_announcing(path, zh, [EN_FIRST, DROPPED, EN_LAST], 4) == path
    # a content sentence with the same frame, its translation dropped: stays alone
    content = [BEFORE, "研究者对纵向数据的缺失值进行插补。", DETAIL, LAST]
    assert join_announcing(path, content, en, 4) == path
    # the groups keep a bead inside one
    assert join_announcing(path, zh, en, 4, groups=([0, 0, 1, 1], [0, 1, 1])) == path


def test_a_speaking_noun_in_the_english_is_no_announcement() -> None:
    """The neighbour's English says "review" as a noun (a systematic review = 系统评价, its own Chinese's content):
    the announcement whose English was deleted stays alone; the same English with the announcing verb joins it."""
    zh = [BEFORE, ANNOUNCING[1], "系统评价纳入了纵向数据分析中缺失数据的分类和处理方法。", LAST]
    path = [(0, 0, 1, 1), (1, 1, 2, 1), (2, 1, 3, 2), (3, 2, 4, 3)]
    noun = "A systematic review included the classification and management of missing data in longitudinal analysis."
    assert join_announcing(path, zh, [EN_FIRST, noun, EN_LAST], 4) == path
    verb = "Such data are reviewed: a systematic review included the classification and management of missing data."
    assert join_announcing(path, zh, [EN_FIRST, verb, EN_LAST], 4) == [(0, 0, 1, 1), (1, 1, 3, 2), (3, 2, 4, 3)]

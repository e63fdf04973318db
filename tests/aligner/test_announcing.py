"""Announcing topic sentences folded into the neighbour's English (review58 R6): `aligner.announcing`."""
from __future__ import annotations

from zhen_qa.aligner.align import align
from zhen_qa.aligner.announcing import announcement, join_announcing, restates
from zhen_qa.aligner.lexicon import load_lexicon

JOINED = [(0, 0, 1, 1), (1, 1, 3, 2), (3, 2, 4, 3)]

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


def _topic(sentence: str) -> str:
    found = announcement(sentence)
    assert found is not None, sentence
    return found[0]


def test_an_announcing_sentence_has_a_speaking_about_predicate_and_a_topic() -> None:
    assert _topic(ANNOUNCING[0]) == "精神科纵向数据的常见统计误区"
    assert _topic(ANNOUNCING[1]) == "精神科随访数据的建模策略与缺失值插补"
    assert _topic(ANNOUNCING[2]) == "纵向数据的统计陷阱"
    assert _topic("本文综述了近年来肿瘤免疫治疗的进展。") == "近年来肿瘤免疫治疗的进展"
    # the same frame with a content verb, or a speaking verb inside a content sentence: no announcement
    for content in ("对所有患者进行随访。", "我们对数据进行了分析。",
                    "研究者对100例患者的结果进行了讨论，发现差异显著。", DETAIL,
                    # one clause only: a sentence that goes on says content of its own (chinaxiv10 cx10-002)
                    "本文首先介绍该模型的基本原理及其实现，并以道德判断为例说明其在社会心理学中的最新应用。"):
        assert announcement(content) is None, content


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
    assert join_announcing(path, zh, en, load_lexicon(), 4) == JOINED
    assert join_announcing(path, zh, en, load_lexicon(), 1) == path  # the joined bead: two Chinese sentences
    assert join_announcing(path, zh, [EN_FIRST, DROPPED, EN_LAST], load_lexicon(), 4) == path
    # a content sentence with the same frame, its translation dropped: stays alone
    content = [BEFORE, "研究者对纵向数据的缺失值进行插补。", DETAIL, LAST]
    assert join_announcing(path, content, en, load_lexicon(), 4) == path
    # the groups keep a bead inside one
    assert join_announcing(path, zh, en, load_lexicon(), 4, groups=([0, 0, 1, 1], [0, 1, 1])) == path


def test_a_speaking_noun_in_the_english_is_no_announcement() -> None:
    """The neighbour's English says "review" as a noun (a systematic review = 系统评价, its own Chinese's content):
    the announcement whose English was deleted stays alone; the same English with the announcing verb joins it."""
    zh = [BEFORE, ANNOUNCING[1], "系统评价纳入了纵向数据分析中缺失数据的分类和处理方法。", LAST]
    path = [(0, 0, 1, 1), (1, 1, 2, 1), (2, 1, 3, 2), (3, 2, 4, 3)]
    noun = "A systematic review included the classification and management of missing data in longitudinal analysis."
    assert join_announcing(path, zh, [EN_FIRST, noun, EN_LAST], load_lexicon(), 4) == path
    verb = "Such data are reviewed: a systematic review included the classification and management of missing data."
    assert join_announcing(path, zh, [EN_FIRST, verb, EN_LAST], load_lexicon(), 4) == JOINED


OS_ZH = ["随着人口老龄化，骨质疏松的发病率逐年上升。", "本文对老年骨质疏松的药物治疗进展进行综述。",
         "双膦酸盐类药物是老年骨质疏松药物治疗的一线选择，文章描述了其疗效与安全性。",
         "此外，地舒单抗可显著降低椎体骨折风险。"]
OS_EN = ["With population ageing, the incidence of osteoporosis is rising year by year.",
         "Bisphosphonates are the first-line drug therapy for osteoporosis in the elderly, and their efficacy and "
         "safety are described.", "In addition, denosumab significantly reduces the risk of vertebral fractures."]
BMD_ZH = ["随着人口老龄化，骨质疏松的发病率逐年上升。", "下面对老年骨质疏松患者的骨密度检测结果进行介绍。",
          "我们检测了120例老年骨质疏松患者的腰椎骨密度，其中68例低于正常值。", "此外，地舒单抗可显著降低椎体骨折风险。"]
BMD_EN = [OS_EN[0], "We examined lumbar bone mineral density in 120 elderly patients with osteoporosis, 68 of "
          "whom were below the normal range.", OS_EN[2]]


def test_the_announcing_verb_names_its_act() -> None:
    assert announcement(OS_ZH[1]) == ("老年骨质疏松的药物治疗进展", "综述")
    assert announcement(BMD_ZH[1]) == ("老年骨质疏松患者的骨密度检测结果", "介绍")


def test_a_content_verb_of_the_neighbour_is_no_announcement() -> None:
    """review59 R4: the announcement's English deleted, the neighbour's English says a verb of its own Chinese
    ("described" for 描述, beside 综述: no review; "examined" for 检测, beside 介绍: no introducing). Each was
    joined (0 findings) by the verb count alone; both stay reported untranslated."""
    assert lone_chinese(OS_ZH, OS_EN) == [1]
    assert lone_chinese(BMD_ZH, BMD_EN) == [1]
    path = [(0, 0, 1, 1), (1, 1, 2, 1), (2, 1, 3, 2), (3, 2, 4, 3)]
    assert join_announcing(path, OS_ZH, OS_EN, load_lexicon(), 4) == path
    assert join_announcing(path, BMD_ZH, BMD_EN, load_lexicon(), 4) == path


def test_the_act_must_be_left_over_by_the_neighbours_chinese() -> None:
    """介绍's act includes describing, but "described" here renders the neighbour's own 描述: not the announcement's.
    The same English saying "introduced" (no word of the neighbour's Chinese glosses into it) holds the
    announcement and joins."""
    zh = [OS_ZH[0], "下面对老年骨质疏松的药物治疗进展进行介绍。", OS_ZH[2], OS_ZH[3]]
    path = [(0, 0, 1, 1), (1, 1, 2, 1), (2, 1, 3, 2), (3, 2, 4, 3)]
    assert join_announcing(path, zh, OS_EN, load_lexicon(), 4) == path
    folded = [OS_EN[0], "Drug therapy for osteoporosis in the elderly is introduced: bisphosphonates are the "
              "first-line choice, and their efficacy and safety are described.", OS_EN[2]]
    assert join_announcing(path, zh, folded, load_lexicon(), 4) == JOINED


def test_a_verb_or_adverb_outside_the_closed_lists_makes_no_announcement() -> None:
    """`_ZH_VERBS` and the adverbs before the verb are closed lists (al59's scan): 描述/说明 or an adverb outside
    them (扼要) announce nothing here, so such a sentence, its English dropped, stays reported."""
    assert announcement("本文对老年骨质疏松的药物治疗进展进行综述。") is not None
    assert announcement("本文对老年骨质疏松的药物治疗进展进行描述。") is None
    assert announcement("下面对老年骨质疏松的药物治疗进展加以说明。") is None
    assert announcement("下面对老年骨质疏松的药物治疗进展进行扼要综述。") is None


def test_an_english_verb_outside_the_speaking_stems_is_not_the_announcements_act() -> None:
    """"presented" is no stem of `_EN_STEMS`: the English says one speaking verb (covering) against the neighbour's
    探讨, and the announcement stays alone; "reviewed" is one, and it joins."""
    zh = [BEFORE, ANNOUNCING[0], DETAIL, LAST]
    path = [(0, 0, 1, 1), (1, 1, 2, 1), (2, 1, 3, 2), (3, 2, 4, 3)]
    presented = "How such data should be analysed is presented, covering " + COVERING
    assert join_announcing(path, zh, [EN_FIRST, presented, EN_LAST], load_lexicon(), 4) == path
    assert join_announcing(path, zh, [EN_FIRST, FOLDED, EN_LAST], load_lexicon(), 4) == JOINED


def test_we_comment_on_says_a_commentary_as_commented_does() -> None:
    """S9: the verbs after "we" / "this paper" are the same stems as the -ed/-ing forms (`_EN_STEMS`): "we comment
    on …" says 评述's act (comment) as "is commented on" does, and the announcement folded into it joins."""
    zh = [BEFORE, ANNOUNCING[0], DETAIL, LAST]
    path = [(0, 0, 1, 1), (1, 1, 2, 1), (2, 1, 3, 2), (3, 2, 4, 3)]
    we = "We comment on the common pitfalls of such data, covering " + COVERING
    assert join_announcing(path, zh, [EN_FIRST, we, EN_LAST], load_lexicon(), 4) == JOINED
    elaborates = "This paper elaborates on the common pitfalls of such data, covering " + COVERING
    assert join_announcing(path, [BEFORE, ANNOUNCING[2], DETAIL, LAST], [EN_FIRST, elaborates, EN_LAST],
                           load_lexicon(), 4) == JOINED

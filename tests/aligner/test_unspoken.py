"""The *unspoken* orphan test (aligner/unspoken.py), through `orphans.orphan` and `align`."""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from tests.aligner.orphan_inputs import chars, lexical
from zhen_qa.aligner.align import align
from zhen_qa.aligner.orphan_evidence import Evidence
from zhen_qa.aligner.orphans import orphan, split_orphans
from zhen_qa.aligner.unspoken import CONTENT_UNSAID, UNSPOKEN_STEMS

# a topic sentence restating its neighbour beside a wordy English (medline zh2en-doc84's shape)
WORDY_ZH = ["然而，许多研究人员使用不正确的统计方法来分析纵向数据，导致结论出现偏倚。",
            "本文就纵向数据分析的话题做了介绍。",
            "文章探讨了纵向数据分析中使用的不同数据集结构、缺失数据的分类和处理以及使用纵向数据建立多元回归模型时对个体内"
            "相关性进行校正的方法。",
            "最后，我们给出了一个实例。"]
WORDY_EN = ["However, many psychiatric researchers use incorrect statistical methods to analyze this type of "
            "longitudinal data, a problem that can result in unrecognized bias in analytic results and, thus, "
            "incorrect conclusions.",
            "It discusses the different dataset structures used in the analysis of longitudinal data, the "
            "classification and management of missing data, and methods of adjusting for intra-individual correlation "
            "when developing multivariate regression models using longitudinal data.",
            "Finally, we give an example."]


@pytest.mark.parametrize("topic", [WORDY_ZH[1], "下面就纵向数据分析的话题做一介绍。",
                                   # review57 R2: a domain qualifier the English before says (精神科 "psychiatric"),
                                   # a rare framing verb (评述, 梳理) and noun (误区), pointed by 本文/为此
                                   "本文对精神科纵向数据的统计分析策略加以评述。",
                                   "为此，本文系统梳理了纵向数据分析的常见误区。",
                                   # no pointer, the English's authors' voice ("we", "this review", "this paper")
                                   "我们对精神科纵向数据的统计分析策略加以评述。",
                                   "下面对精神科纵向数据的统计分析策略加以评述。",
                                   "以下对精神科纵向数据的统计分析策略加以评述。"])
@pytest.mark.parametrize("opening", ["Here we review how such data should be analysed, covering",
                                     "In this review we cover", "This paper introduces the topic and discusses",
                                     # review57 R2 (en3.txt): the passive, impersonal English of many Chinese
                                     # authors; "psychiatric" said in the English before (WORDY_EN[0])
                                     "How such data should be analysed is reviewed, covering"])
def test_a_topic_sentence_merged_into_the_next_with_framing_words_stays_merged(topic: str, opening: str) -> None:
    # review56 R2: the topic sentence's own words (本文/下面 "this paper"/"below", 话题 topic, 做, 介绍 introduce) are
    # framing that a translator folds into the next sentence's English in other words the lexicon does not pair;
    # their absence from the English tells a merge from a deleted translation no better than chance, so the bead is
    # kept (al56's withdrawn *unspoken* test split it off as untranslated)
    zh = [WORDY_ZH[0], topic, WORDY_ZH[2], WORDY_ZH[3]]
    en = [WORDY_EN[0], opening + WORDY_EN[1][len("It discusses"):], WORDY_EN[2]]
    got = [(b.zh, b.en) for b in align(zh, en)]
    assert ((1, 2), (1,)) in got


def test_a_topic_sentence_whose_qualifier_the_bead_english_says_in_another_form_stays_merged() -> None:
    # the English says "psychiatric" where the lexicon glosses 精神科 "psychiatry": the word is said, and what is left
    # unsaid (评述 comment) is the announcing verb, said as "is reviewed"
    zh = [WORDY_ZH[0], "下面对精神科纵向数据的统计分析策略加以评述。", WORDY_ZH[2], WORDY_ZH[3]]
    folded = "How psychiatric longitudinal data should be analysed is reviewed, covering"
    en = [WORDY_EN[0].replace("psychiatric ", ""), folded + WORDY_EN[1][len("It discusses"):], WORDY_EN[2]]
    got = [(b.zh, b.en) for b in align(zh, en)]
    assert ((1, 2), (1,)) in got


class Content:
    """A stand-in for `content_words.ContentWords`: every edge sentence has `mine` content words of its own, `unsaid`
    of them not in the English, `nouns` of those nouns, `moved` of those (`moved_nouns` of them nouns) said in the
    English beside the bead and written by no other Chinese sentence."""

    def __init__(self, mine: int, unsaid: int, nouns: int, points: bool = False, moved: int = 0,
                 moved_nouns: int = 0) -> None:
        self.mine, self.missing, self.nouns, self.pointer = mine, unsaid, nouns, points
        self.beside = (moved, moved_nouns)

    def unsaid(self, k: int, rest: tuple[int, int], english: Sequence[int]) -> tuple[int, int, int]:
        return self.mine, self.missing, self.nouns

    def moved(self, k: int, rest: tuple[int, int], english: Sequence[int], beside: Sequence[int]) -> tuple[int, int]:
        return self.beside

    def points(self, k: int) -> bool:
        return self.pointer


NAMED = Content(CONTENT_UNSAID, CONTENT_UNSAID, 1)
"""Edge sentences naming things of their own that the English lacks."""
FRAMED = Content(CONTENT_UNSAID - 1, CONTENT_UNSAID - 1, 1)
"""Edge sentences whose own words are framing, but for one."""
BOTH = float(np.exp(1.0) * 80)
"""An English as long as both Chinese sentences (20 + 60 characters) at the document's ratio: a wordy English."""


def test_an_edge_sentence_whose_own_content_words_the_english_lacks_is_split_where_the_length_fits_both() -> None:
    # zh 0 glosses into the stems zh 1 has (0, 1) and four of its own (4-7), none of them in the English, two of them
    # content words; the English renders zh 1 (its own stems 2, 3) and is as long as both sentences together, so
    # neither the length nor the restating test sees the orphan
    Z, E = lexical([{0: 1.0, 1: 1.0, 4: 1.0, 5: 1.0, 6: 1.0, 7: 1.0}, {0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}],
                   [{0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}])
    assert orphan((0, 0, 2, 1), Evidence(chars(20, 60), chars(BOTH), Z, E, content=NAMED), 1.0) == 0


@pytest.mark.parametrize("english", ["Here we review the methods.", "In this review we cover the methods.",
                                     "This paper discusses the methods.", "Our methods are discussed."])
def test_an_edge_sentence_beside_an_english_in_the_authors_voice_is_kept(english: str) -> None:
    # review57 R2: the bead's English speaks in the authors' voice, the framing a translator writes for a topic
    # sentence folded into the next (下面对精神科…加以评述。 as "Here we review…"): zh 0's missing content words are
    # the announcement's; the same bead with an English in the third person is split (a deleted translation)
    Z, E = lexical([{0: 1.0, 1: 1.0, 4: 1.0, 5: 1.0, 6: 1.0, 7: 1.0}, {0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}],
                   [{0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}])
    zh = ["甲乙丙丁。", "戊己庚辛。"]

    def ev(en: str) -> Evidence:
        return Evidence(chars(20, 60), chars(BOTH), Z, E, zh, [en], content=NAMED)

    assert orphan((0, 0, 2, 1), ev(english), 1.0) is None
    assert orphan((0, 0, 2, 1), ev("The methods are discussed, with their weekly use."), 1.0) == 0
    last = Evidence(chars(60, 20), chars(BOTH), *lexical([{0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0},
                                                          {0: 1.0, 1: 1.0, 4: 1.0, 5: 1.0, 6: 1.0, 7: 1.0}],
                                                         [{0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}]), content=NAMED)
    assert orphan((0, 0, 2, 1), last, 1.0) == 1  # the orphan last
    # sentence by sentence only, as the silent test; and only where the content words are known
    assert orphan((0, 0, 2, 1), Evidence(chars(20, 60), chars(BOTH), Z, E, content=NAMED), 1.0, silent=False) is None
    assert orphan((0, 0, 2, 1), Evidence(chars(20, 60), chars(BOTH), Z, E), 1.0) is None


def test_an_edge_sentence_whose_missing_own_words_are_framing_is_kept() -> None:
    # review56 R2: the same bead, but of zh 0's own words missing from the English only one is a content word (本文
    # "this paper"; 话题 topic, 介绍 introduce, 做 are everyday words): a topic sentence folded into the next
    # sentence's English as "Here we review…" drops them as a deletion does, so nothing tells the two apart
    Z, E = lexical([{0: 1.0, 1: 1.0, 4: 1.0, 5: 1.0, 6: 1.0, 7: 1.0}, {0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}],
                   [{0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}])
    assert orphan((0, 0, 2, 1), Evidence(chars(20, 60), chars(BOTH), Z, E, content=FRAMED), 1.0) is None
    # rare words of its own, none a noun (本文旨在简要概述…: 本文 r, 旨在 v, 简要 a, 概述 v): framing all the same
    verbs = Content(CONTENT_UNSAID + 2, CONTENT_UNSAID + 2, 0)
    assert orphan((0, 0, 2, 1), Evidence(chars(20, 60), chars(BOTH), Z, E, content=verbs), 1.0) is None
    # content words of its own that the English has: the translator rendered them
    rendered = Content(CONTENT_UNSAID + 2, 1, 1)
    assert orphan((0, 0, 2, 1), Evidence(chars(20, 60), chars(BOTH), Z, E, content=rendered), 1.0) is None


def test_an_edge_sentence_pointing_at_the_paper_by_a_rare_pronoun_is_kept() -> None:
    # review57 R2: zh 0 names content words the English lacks, a noun among them, but points at the paper or its
    # neighbour by a rare pronoun (为此，本文系统梳理了…的常见误区。): it announces what the paper does about
    # what is said next door, a framing a translator folds into "Here we review…"; the same bead without the pointer
    # is split (a deleted translation naming its own things)
    Z, E = lexical([{0: 1.0, 1: 1.0, 4: 1.0, 5: 1.0, 6: 1.0, 7: 1.0}, {0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}],
                   [{0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}])
    pointing = Content(CONTENT_UNSAID + 1, CONTENT_UNSAID + 1, 1, points=True)
    assert orphan((0, 0, 2, 1), Evidence(chars(20, 60), chars(BOTH), Z, E, content=pointing), 1.0) is None
    assert orphan((0, 0, 2, 1), Evidence(chars(20, 60), chars(BOTH), Z, E, content=NAMED), 1.0) == 0


def test_an_edge_sentence_whose_own_content_word_the_english_beside_the_bead_says_is_kept() -> None:
    # review57 R2: zh 0's missing content words pass the count, a noun among them, but one of them, written by no other
    # Chinese sentence, is in the English beside the bead (精神科 as "many psychiatric researchers" one sentence
    # earlier): its translation is there, moved, and the bead is kept; with none moved it is split (a deletion)
    Z, E = lexical([{0: 1.0, 1: 1.0, 4: 1.0, 5: 1.0, 6: 1.0, 7: 1.0}, {0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}],
                   [{0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}])
    moved = Content(CONTENT_UNSAID, CONTENT_UNSAID, 1, moved=1)
    assert orphan((0, 0, 2, 1), Evidence(chars(20, 60), chars(BOTH), Z, E, content=moved), 1.0) is None
    assert orphan((0, 0, 2, 1), Evidence(chars(20, 60), chars(BOTH), Z, E, content=NAMED), 1.0) == 0
    # the noun moved and the rest framing (精神科 moved, 评述 left): kept, as the count alone keeps framing
    noun_moved = Content(CONTENT_UNSAID + 1, CONTENT_UNSAID + 1, 1, moved=1, moved_nouns=1)
    assert orphan((0, 0, 2, 1), Evidence(chars(20, 60), chars(BOTH), Z, E, content=noun_moved), 1.0) is None


def test_an_edge_sentence_with_one_word_said_beside_the_bead_and_more_content_unsaid_is_split() -> None:
    # review58 R3: one of zh 0's missing content words is said beside the bead (适中 "moderately" in the English
    # before a deleted translation), but CONTENT_UNSAID others, a noun among them, stay unsaid (衡量, 卷烟): the
    # moved word leaves the missing ones and the rest still tell a deletion
    Z, E = lexical([{0: 1.0, 1: 1.0, 4: 1.0, 5: 1.0, 6: 1.0, 7: 1.0}, {0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}],
                   [{0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}])
    one_moved = Content(CONTENT_UNSAID + 1, CONTENT_UNSAID + 1, 1, moved=1)
    assert orphan((0, 0, 2, 1), Evidence(chars(20, 60), chars(BOTH), Z, E, content=one_moved), 1.0) == 0
    # the noun moved too: what is left names nothing
    both = Content(CONTENT_UNSAID + 1, CONTENT_UNSAID + 1, 1, moved=2, moved_nouns=1)
    assert orphan((0, 0, 2, 1), Evidence(chars(20, 60), chars(BOTH), Z, E, content=both), 1.0) is None


def test_an_edge_sentence_whose_own_words_are_in_the_english_beside_the_bead_is_kept() -> None:
    # zh 1's own stems (4-7) are not in en 0 but in en 1, the English after the bead: the path is shifted by one
    # (chinaxiv13 cx13-025, en 1 glued to en 0 without a space), so zh 1 is translated and splitting it off would
    # report it untranslated
    zh = [{0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}, {0: 1.0, 1: 1.0, 4: 1.0, 5: 1.0, 6: 1.0, 7: 1.0}]
    shifted = Evidence(chars(60, 20), chars(BOTH, 60), *lexical(zh, [{0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0},
                                                                    {4: 1.0, 5: 1.0, 6: 1.0, 8: 1.0}], cols=10),
                       content=NAMED)
    assert orphan((0, 0, 2, 1), shifted, 1.0) is None
    # a deleted translation: the English after the bead is another sentence's, and zh 1 is split off
    deleted = Evidence(chars(60, 20), chars(BOTH, 60), *lexical(zh, [{0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0},
                                                                    {8: 1.0, 9: 1.0}], cols=10), content=NAMED)
    assert orphan((0, 0, 2, 1), deleted, 1.0) == 1
    # ... or the English after the bead is the next Chinese sentence's, sharing one of zh 1's words (a neighbour on
    # the same topic, medline en2zh-doc13): it renders the next sentence better, and zh 1 is split off
    topical = Evidence(chars(60, 20, 30), chars(BOTH, 60), *lexical(zh + [{4: 1.0, 8: 1.0, 9: 1.0}],
                                                                     [{0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0},
                                                                      {4: 1.0, 8: 1.0, 9: 1.0}], cols=10),
                       content=NAMED)
    assert orphan((0, 0, 2, 1), topical, 1.0) == 1


def test_a_merged_sentence_with_a_word_of_its_own_in_the_english_is_kept() -> None:
    # a translator merging two sentences writes something of each: one of zh 0's four own stems is in the English
    Z, E = lexical([{0: 1.0, 1: 1.0, 4: 1.0, 5: 1.0, 6: 1.0, 7: 1.0}, {0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}],
                   [{0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0, 6: 1.0}])
    assert orphan((0, 0, 2, 1), Evidence(chars(20, 60), chars(BOTH), Z, E, content=NAMED), 1.0) is None


def test_a_merged_sentence_whose_numbers_the_english_has_is_kept_though_the_lexicon_misses_its_words() -> None:
    # zh 1's own words (drug names) are unknown to the lexicon's English, but its doses are in the English
    Z, E = lexical([{0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}, {0: 1.0, 1: 1.0, 4: 1.0, 5: 1.0, 6: 1.0, 7: 1.0}],
                   [{0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}])
    zh = ["在这项双盲试验中，我们纳入了住院的急症患者。", "患者被随机分为两组，前者口服甲药，剂量为2.5 mg，连续30天。"]
    en = ["In this double-blind trial we assigned hospitalized acutely ill patients to receive drug A at a dose of "
          "2.5 mg for 30 days."]
    with_numbers = Evidence(chars(60, 20), chars(BOTH), Z, E, zh, en, NAMED)
    assert orphan((0, 0, 2, 1), with_numbers, 1.0) is None
    # without them in the English the sentence's own words are all that is left, and they are not there
    without = Evidence(chars(60, 20), chars(BOTH), Z, E, zh, ["In this double-blind trial we assigned hospitalized "
                                                               "acutely ill patients to receive drug A."], NAMED)
    assert orphan((0, 0, 2, 1), without, 1.0) == 1


def test_an_edge_sentence_with_few_stems_of_its_own_or_a_loosely_rendered_bead_is_kept() -> None:
    en = [{0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}]
    # fewer than UNSPOKEN_STEMS stems of its own (a restating title: 识别 "identify" alone): too little to tell
    few = {0: 1.0, 1: 1.0, **{4 + c: 1.0 for c in range(UNSPOKEN_STEMS - 1)}}
    Z, E = lexical([few, {0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}], en)
    assert orphan((0, 0, 2, 1), Evidence(chars(20, 60), chars(BOTH), Z, E, content=NAMED), 1.0) is None
    # the English has none of zh 1's own words either (a loose rendering): nothing says whose words are missing
    Z, E = lexical([{0: 1.0, 1: 1.0, 4: 1.0, 5: 1.0, 6: 1.0, 7: 1.0}, {0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}],
                   [{0: 1.0, 1: 1.0}])
    assert orphan((0, 0, 2, 1), Evidence(chars(20, 60), chars(BOTH), Z, E, content=NAMED), 1.0) is None


def test_the_unspoken_test_is_for_prose_not_structured_markdown() -> None:
    # a documentation page renders its sentences loosely: there the orphan is left to the length and heading tests
    Z, E = lexical([{0: 1.0, 1: 1.0, 4: 1.0, 5: 1.0, 6: 1.0, 7: 1.0}, {0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}],
                   [{0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}])
    ev = Evidence(chars(20, 60), chars(BOTH), Z, E, content=NAMED)
    assert orphan((0, 0, 2, 1), ev, 1.0, unspoken=False) is None
    assert split_orphans([(0, 0, 2, 1)], ev, unspoken=False) == [(0, 0, 2, 1)]
    assert split_orphans([(0, 0, 2, 1)], ev) == [(0, 0, 1, 0), (1, 0, 2, 1)]


# the end of an abstract whose English runs long (medline en2zh-doc13's shape): the sentence before the last names
# things of its own (卷烟 cigarettes, 适中 modest, 衡量 measured) and restates its neighbour's subject (印度, 非法)
CIGARETTE_ZH = ["因此，在印度消费的卷烟中，只有大约二十分之一是非法的。",
                "2016 年至 2017 年，非法卷烟的等值零售价值估计为 490 亿印度卢比（7.53 亿美元），税收损失估计为 250 亿"
                "印度卢比（3.9 亿美元）。",
                "按全球标准衡量，印度的非法卷烟消费量相对适中。",
                "尽管如此，作为全面烟草控制战略的一部分，印度应加强其控制非法烟草市场的能力，同时还应继续执行烟草税等传统的减少"
                "需求措施。"]
CIGARETTE_EN = ["Consequently, only about 1 in 20 cigarettes consumed in India was illicit.",
                "Between 2016 and 2017, the estimated equivalent retail sales value of illicit cigarettes was 49 "
                "billion Indian rupees (753 million United States dollars, US$) and the estimated tax revenue foregone "
                "was 25 billion Indian rupees (US$ 390 million).",
                "Illicit cigarette consumption is relatively modest in India by global standards.",
                "Nonetheless, India should strengthen its capacity to control the illicit tobacco market as part of a "
                "comprehensive tobacco control strategy, while also continuing to implement traditional demand "
                "reduction measures, such as tobacco taxation."]


def test_deleted_translation_of_a_sentence_naming_its_own_things_beside_a_wordy_english_leaves_it_unpaired() -> None:
    en = CIGARETTE_EN[:2] + CIGARETTE_EN[3:]  # the translation of zh 2 deleted
    got = [(b.zh, b.en) for b in align(CIGARETTE_ZH, en)]
    assert ((2,), ()) in got and ((3,), (2,)) in got
    # the whole translation: one to one
    assert [(b.zh, b.en) for b in align(CIGARETTE_ZH, CIGARETTE_EN)] == [((k,), (k,)) for k in range(4)]


def test_deleted_translation_beside_an_english_that_uses_one_of_its_words_leaves_it_unpaired() -> None:
    # review58 R3 (/tmp/review58/a2/en_del_echo3.txt, reduced): zh 2's translation deleted and the English before
    # writing "this moderately sized illicit market": 适中 is said beside the bead, 衡量 and the noun 卷烟 are not
    en = [CIGARETTE_EN[0], CIGARETTE_EN[1].replace("of illicit cigarettes", "of this moderately sized illicit market"),
          CIGARETTE_EN[3]]
    got = [(b.zh, b.en) for b in align(CIGARETTE_ZH, en)]
    assert ((2,), ()) in got and ((3,), (2,)) in got


def test_a_sentence_naming_its_own_things_that_the_translator_merged_into_the_next_stays_merged() -> None:
    # a real 2-1: the English writes zh 2 as the opening clause of zh 3's sentence, naming its things
    en = [*CIGARETTE_EN[:2], "Although illicit cigarette consumption is relatively modest in India by global "
          "standards, India should strengthen its capacity to control the illicit tobacco market as part of a "
          "comprehensive tobacco control strategy, while also continuing to implement traditional demand reduction "
          "measures, such as tobacco taxation."]
    got = [(b.zh, b.en) for b in align(CIGARETTE_ZH, en)]
    assert ((2, 3), (2,)) in got


def test_two_english_sentences_run_together_leave_no_translated_sentence_unpaired() -> None:
    # chinaxiv13 cx13-025's shape: the English lost the space after a full stop ("…for food.To understand…"), so one
    # English sentence renders two Chinese ones; the next Chinese sentence has no English (a real omission)
    zh = ["湿地是许多水鸟重要的栖息地和食物来源。",
          "作为一种常见的湿地植物，芦苇的生长特征不仅影响自身的繁殖，还影响依赖它获取食物的鸟类。",
          "为了解芦苇的生长特征及其影响因素，该研究通过定期观测芦苇的物候，测量温度和湿度等环境因子，分析芦苇在个体和种群"
          "水平上的生长特征。",
          "结果表明，芦苇的生长期约为120天，其生长与平均温度显著相关。",
          "总之，芦苇的生长特征受多种因素影响，需要综合考虑生物和非生物因子。"]
    en = ["Wetlands are important habitats and food sources for many water birds.",
          "As a common wetland plant, the growth characteristics of reed not only affect its own reproduction, but "
          "also affect the birds that depend on it for food.To understand the growth characteristics of reed and their "
          "impact factors, we regularly observed the phenology of reed, measured environmental factors such as "
          "temperature and humidity, and analysed the growth characteristics of reed at the individual and "
          "population levels.",
          "In conclusion, the growth characteristics of reed are affected by many factors, and biotic and abiotic "
          "factors need to be considered together."]
    got = [(b.zh, b.en) for b in align(zh, en)]
    assert [z for z, e in got if not e] == [(3,)]

from __future__ import annotations

from zhen_qa.aligner.content_words import CONTENT_COUNT, ContentWords, general_count, noun
from zhen_qa.aligner.scorers.base import Analysis


def test_words_naming_things_are_rare_in_general_chinese_and_framing_words_common() -> None:
    for word in ("卷烟", "胶囊", "血小板", "止血"):
        assert general_count(word) <= CONTENT_COUNT, word
    for word in ("介绍", "话题", "下面", "研究", "做"):
        assert general_count(word) > CONTENT_COUNT, word


ORPHAN = "按全球标准衡量，印度的非法卷烟消费量相对适中。"
NEIGHBOUR = ("尽管如此，作为全面烟草控制战略的一部分，印度应加强其控制非法烟草市场的能力，同时还应继续执行烟草税等"
             "传统的减少需求措施。")
NEIGHBOUR_EN = ("Nonetheless, India should strengthen its capacity to control the illicit tobacco market as part of a "
                "comprehensive tobacco control strategy, while also continuing to implement traditional demand "
                "reduction measures, such as tobacco taxation.")


def test_own_content_words_are_counted_and_those_the_english_renders_are_said() -> None:
    # 衡量, 卷烟, 适中 are the orphan's own content words (印度, 非法 are its neighbour's too); the neighbour's English
    # has none of them, its own translation has 卷烟 (cigarette)
    own = "Illicit cigarette consumption is relatively modest in India by global standards."
    words = ContentWords(Analysis([ORPHAN, NEIGHBOUR], [own, NEIGHBOUR_EN]))
    assert words.unsaid(0, (1, 2), [1]) == (3, 3, 1)  # 卷烟 the noun
    assert words.unsaid(0, (1, 2), [0]) == (3, 2, 0)


def test_a_topic_sentence_has_at_most_one_content_word_of_its_own() -> None:
    zh = ["本文就纵向数据分析的话题做了介绍。", "文章探讨了纵向数据分析中使用的不同数据集结构。"]
    words = ContentWords(Analysis(zh, ["Here we review the different dataset structures used in the analysis of "
                                   "longitudinal data."]))
    assert words.unsaid(0, (1, 2), [0])[1] <= 1


def test_the_rare_words_of_academic_framing_are_no_nouns_and_the_things_a_sentence_names_are() -> None:
    for word in ("本文", "旨在", "简要", "概述", "综述", "梳理"):
        assert not noun(word), word
    for word in ("卷烟", "胶囊", "血小板", "印度"):
        assert noun(word), word
    assert not noun("不在词典里的词")

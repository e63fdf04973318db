"""A Chinese sentence that only points to a link joins the bead whose English holds the link."""
from __future__ import annotations

import numpy as np

from zhen_qa.aligner.link_pointers import join_link_pointers, link_pointer

ZH = ["法里亚博士团队详细分析了巴西和其他全球序列的关系。", "点击此处可以查看原文文章。",
      "意大利可能存在的隐藏传播路线"]
EN = ["Dr Nuno Faria et al. give an excellent breakdown here of how Brazilian and other global sequences relate.",
      "Possible hidden transmission in Italy"]
PATH = [(0, 0, 1, 1), (1, 1, 2, 1), (2, 1, 3, 2)]


def test_pointers_ask_to_follow_a_link_or_are_a_short_label_with_a_colon() -> None:
    assert link_pointer("点击此处可以查看原文文章。")
    assert link_pointer("请点击这里下载说明书。")
    assert link_pointer("FAQ:")
    assert link_pointer("User guide：")
    assert not link_pointer("我们目前有三条来自意大利的序列。")  # content
    assert not link_pointer("点击此处可以查看原文文章，其中详细分析了巴西和其他全球序列以及意大利北部的疫情。")  # long
    assert not link_pointer("Nextstrain")  # a name, no colon
    assert not link_pointer("See the full list of our sequences here:")  # a sentence, not a label


def test_a_pointer_joins_the_bead_before_whose_english_holds_the_link() -> None:
    assert join_link_pointers(PATH, ZH, EN, 4) == [(0, 0, 2, 1), (2, 1, 3, 2)]


def test_a_pointer_after_english_without_a_link_word_stays_alone() -> None:
    en = ["Dr Nuno Faria et al. give an excellent breakdown of how Brazilian and other global sequences relate.",
          EN[1]]
    assert join_link_pointers(PATH, ZH, en, 4) == PATH


def test_a_sentence_of_content_after_a_link_stays_alone() -> None:
    zh = [ZH[0], "这三条序列的共同祖先出现在疫情的早期。", ZH[2]]
    assert join_link_pointers(PATH, zh, EN, 4) == PATH


def test_a_pointer_is_not_joined_across_groups_or_past_max_side() -> None:
    groups = (np.array([0, 1, 1]), np.array([0, 1]))
    assert join_link_pointers(PATH, ZH, EN, 4, groups=groups) == PATH
    assert join_link_pointers(PATH, ZH, EN, 1) == PATH


def test_the_aligner_pairs_a_pointer_with_the_sentence_holding_the_link() -> None:
    from zhen_qa.aligner.align import align

    beads = align(ZH, EN)
    assert [(b.zh, b.en) for b in beads][0] == ((0, 1), (0,))

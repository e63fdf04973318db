"""Tests of aligner.clause_strays: the English of a 1-1 bead that renders a clause of the neighbouring Chinese
sentence, and nothing of its own Chinese, goes back to the neighbour."""
from __future__ import annotations

from zhen_qa.aligner.clause_strays import return_clauses
from zhen_qa.aligner.lexicon import load_lexicon

ZH = ["我们回顾性分析了本院住院的患者。",
      "钛板的使用为骨折部位提供了稳定支撑，可以防止骨折移位。",  # its translation deleted
      "近年来，微创手术开展越来越多，临床效果也不断得到改善，多种方法的结合为患者提供了更多选择。"]
EN = ["We retrospectively analyzed the patients admitted to our hospital.",
      "Minimally invasive surgery has been performed increasingly in recent years, and its clinical effects have "
      "improved.",
      "The combination of several methods offers patients more choices."]
SHIFTED = [(0, 0, 1, 1), (1, 1, 2, 2), (2, 2, 3, 3)]


def test_the_clause_of_the_neighbour_goes_back_and_the_orphan_is_left_alone() -> None:
    assert return_clauses(SHIFTED, ZH, EN, load_lexicon(), 4) == [(0, 0, 1, 1), (1, 1, 2, 1), (2, 1, 3, 3)]


def test_english_its_own_chinese_says_as_much_of_stays() -> None:
    own = ZH[:1] + ["微创手术的开展越来越多，其临床效果也得到改善。"] + ZH[2:]
    assert return_clauses(SHIFTED, own, EN, load_lexicon(), 4) == SHIFTED


def test_nothing_moves_in_a_document_of_many_merges_or_into_a_bead_too_long() -> None:
    # eight more Chinese sentences, each written as two English ones: a free translation's merges
    merged = SHIFTED + [(3 + k, 3 + 2 * k, 4 + k, 5 + 2 * k) for k in range(8)]
    zh, en = ZH + ["他笑了。"] * 8, EN + ["He smiled."] * 16
    assert return_clauses(merged, zh, en, load_lexicon(), 4) == merged
    assert return_clauses(SHIFTED, ZH, EN, load_lexicon(), 4, too_long=lambda b: True) == SHIFTED


def test_nothing_moves_into_a_neighbour_whose_english_holds_the_beads_translation() -> None:
    # `holds(x, y)`: y's English already renders x's Chinese (moved there), so x's English is not given to y
    assert return_clauses(SHIFTED, ZH, EN, load_lexicon(), 4, holds=lambda x, y: True) == SHIFTED
    assert return_clauses(SHIFTED, ZH, EN, load_lexicon(), 4, holds=lambda x, y: False) != SHIFTED

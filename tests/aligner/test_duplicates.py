"""Repeated sentence runs on one side: copies found, short formulas that recur on purpose left alone."""
from __future__ import annotations

from zhen_qa.aligner.duplicates import Run, repeated_runs

LONG_A = "分泌组由细胞分泌的全部蛋白质组成，包括生长因子和细胞因子。"
LONG_B = "它在组织修复中起重要作用，尤其是在创伤愈合的早期阶段。"


def test_a_run_of_two_sentences_is_one_copy_of_its_original() -> None:
    texts = [LONG_A, LONG_B, "我们收集了30例患者的样本。", LONG_A, LONG_B, "结果如下。"]
    assert repeated_runs(texts) == [Run(3, 5, 0)]


def test_whitespace_and_case_do_not_hide_a_copy() -> None:
    a = "The secretome consists of all proteins secreted by cells, including growth factors and cytokines."
    b = "It plays an important role in tissue repair."
    texts = [a, b, "We collected samples.", a.upper().replace(" ", "  "), b]
    assert repeated_runs(texts) == [Run(3, 5, 0)]


def test_a_short_formula_that_recurs_is_not_a_copy() -> None:
    texts = ["两组比较。", "差异有统计学意义。", "其他指标如下。", "差异有统计学意义。"]
    assert repeated_runs(texts) == []


def test_a_long_single_sentence_repeated_is_a_copy() -> None:
    long = LONG_A + LONG_B.rstrip("。") + "，并且影响血管新生和炎症反应的进程。"
    assert repeated_runs([long, "中间一句。", long]) == [Run(2, 3, 0)]


def test_a_third_copy_points_at_the_first() -> None:
    texts = [LONG_A, LONG_B, LONG_A, LONG_B, LONG_A, LONG_B]
    assert repeated_runs(texts) == [Run(2, 4, 0), Run(4, 6, 0)]


def test_a_sentence_translated_twice_keeps_its_numbers_and_counts_as_repeated() -> None:
    """An abstract's sentence the body repeats is translated again in other words; its numbers stay."""
    from zhen_qa.aligner.duplicates import norm, repeated_elsewhere

    first = "主要终点是在第12周时收缩压低于140 mmHg且未发生严重低血压或晕厥。"
    again = "主要终点为收缩压在第12周时低于140 mmHg，同时随机分组后没有发生严重低血压或晕厥。"
    other = "我们收集了30例患者的样本。"
    assert repeated_elsewhere(0, [norm(first), norm(other), norm(again)])
    changed = again.replace("140", "150")  # worded apart and a different number: another sentence
    assert not repeated_elsewhere(0, [norm(first), norm(other), norm(changed)])


def test_repeated_steps_after_a_short_formula_the_other_side_words_its_own_way_are_mirrored() -> None:
    """A leaflet repeats its steps for a second procedure, each time after the formula "This can affect the
    reading.", which the Chinese joins to a sentence of its own wording: the other side repeats the steps, so the
    repetition is the document's; a light edge sentence whose counterpart is said once does not make it a copy."""
    from zhen_qa.aligner.duplicates import mirrored, norm

    en = ["Do not eat for 15 minutes before.", "This can affect the reading.",
          "Take the thermometer out of its holder.", "Clean the tip with soap and water.",
          "Wait 15 minutes after bathing.", "This can affect the reading.",
          "Take the thermometer out of its holder.", "Clean the tip with soap and water."]
    zh = ["测量前十五分钟内请勿进食，因为这会影响读数。", "将温度计从支架取出。", "用肥皂和水清洁尖端。",
          "洗澡以后请等一会儿再测，否则读数不准。", "将温度计从支架取出。", "用肥皂和水清洁尖端。"]
    beads = [((0, 1), (0,)), ((2,), (1,)), ((3,), (2,)), ((4, 5), (3,)), ((6,), (4,)), ((7,), (5,))]
    en_norms, zh_norms = [norm(t) for t in en], [norm(t) for t in zh]
    assert not mirrored(range(1, 4), beads, zh_norms)  # as before: the formula's counterpart is said once
    assert mirrored(range(1, 4), beads, zh_norms, en_norms)
    # the Chinese says a step once, and what it repeats is one light sentence: the English copy is its own
    once = zh_norms[:5] + ["用清水冲洗尖端。"]
    assert not mirrored(range(1, 4), beads, once, en_norms)
    # a heavy edge sentence whose counterpart is said once is part of the copy
    long_formula = ("This can affect the reading of the thermometer a great deal, so please wait for the whole "
                    "quarter of an hour before you take the temperature at all.")
    heavy = en_norms[:1] + [norm(long_formula)] + en_norms[2:]
    assert not mirrored(range(1, 4), beads, zh_norms, heavy)

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

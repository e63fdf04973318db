"""The title pair's evidence (`frontmatter.evidence`): a word whose stem keeps a derivational ending is still found."""
from __future__ import annotations

from zhen_qa.checks.frontmatter import MIN_EVIDENCE, evidence


def test_a_gloss_and_a_word_with_another_derivational_ending_are_one_word() -> None:
    # 枚举 "enumerate" (stem enumerat) in "Enumeration": the stemmer leaves -ion on
    zh = "面向大规模二分图的极大二分团枚举方法研究"
    en = "Research on Maximal Biclique Enumeration in Large Bipartite Graphs"
    assert evidence(zh, en, derived=True) >= MIN_EVIDENCE > evidence(zh, en)  # a whole text's test stays exact
    assert evidence(zh, "A Study of Deep Learning for Medical Image Segmentation", derived=True) < MIN_EVIDENCE

"""Section labels that disagree: a structured abstract's part is translated by the part of the same name."""
from __future__ import annotations

from zhen_qa.aligner.label_pairs import label_keys, labels_disagree


def test_different_parts_of_a_structured_abstract_disagree() -> None:
    assert labels_disagree(["【目的】提出一种推荐方法。"], ["[Conclusions] The method finds suppliers."])
    assert labels_disagree(["【方法】收集订单记录。"], ["[Results] The scores agree."])


def test_the_same_part_under_either_language_s_names_agrees() -> None:
    assert not labels_disagree(["【目的】提出一种推荐方法。"], ["[Objective] We propose a method."])
    assert not labels_disagree(["【目的/意义】提出一种推荐方法。"], ["[Purpose] We propose a method."])
    assert not labels_disagree(["【结果/结论】推荐结果可信。"], ["[Conclusions] The results can be trusted."])
    # a bead of several sentences: one label in common is enough
    assert not labels_disagree(["【方法】收集订单记录。", "【结果】评分一致。"], ["[Results] The scores agree."])


def test_a_side_without_a_label_decides_nothing() -> None:
    assert not labels_disagree(["提出一种推荐方法。"], ["[Conclusions] The method finds suppliers."])
    assert not labels_disagree(["【目的】提出一种推荐方法。"], ["The method finds suppliers."])
    assert not labels_disagree(["【目的】提出一种推荐方法。"], ["[Figure 2] The method finds suppliers."])
    assert not labels_disagree(["【附录】列出全部数据。"], ["[Conclusions] The method finds suppliers."])


def test_label_keys_reads_every_sentence() -> None:
    assert label_keys(["【方法】收集订单记录。", "评分。", "【结果】评分一致。"], "zh") == {"s:methods", "s:results"}
    assert label_keys(["[Limitations] Few records."], "en") == {"s:limitations"}

from __future__ import annotations

import numpy as np

from zhen_qa.aligner.edge_marks import edge_marks, pair_marked


def test_edge_marks_are_a_leading_ellipsis_and_a_trailing_colon() -> None:
    assert edge_marks("...as an official") == {"ellipsis"}
    assert edge_marks("…政府可以采取的行动") == {"ellipsis"}
    assert edge_marks("Further Reading: ") == {"colon"}
    assert edge_marks("更多资料：") == {"colon"}
    assert edge_marks("冠状病毒") == frozenset()
    assert edge_marks("Wait... then: go.") == frozenset()


def test_the_chinese_heading_left_alone_takes_the_english_heading_with_its_ellipsis() -> None:
    """zh 2's translation was deleted; the search paired zh 2 with zh 1's heading and left zh 1 alone."""
    zh = ["戴口罩。", "...政府可以采取的行动", "推广免费检测。", "推行社交隔离措施。"]
    en = ["Wear a mask.", "...as an official", "Put social distancing measures in place."]
    path = [(0, 0, 1, 1), (1, 1, 2, 1), (2, 1, 3, 2), (3, 2, 4, 3)]
    assert pair_marked(path, zh, en) == [(0, 0, 1, 1), (1, 1, 2, 2), (2, 2, 3, 2), (3, 2, 4, 3)]


def test_the_label_with_a_colon_left_alone_takes_the_english_label() -> None:
    zh = ["冠状病毒", "更多资料:", "冠状病毒摘要 维基百科"]
    en = ["Further Reading:", "General information on coronaviruses on Wikipedia"]
    path = [(0, 0, 1, 1), (1, 1, 2, 1), (2, 1, 3, 2)]
    assert pair_marked(path, zh, en) == [(0, 0, 1, 0), (1, 0, 2, 1), (2, 1, 3, 2)]


def test_an_english_line_left_alone_takes_the_chinese_with_its_marks() -> None:
    zh = ["我们发现：", "两者相似。"]
    en = ["Summary", "We find:", "The two are similar."]
    path = [(0, 0, 1, 1), (1, 1, 1, 2), (1, 2, 2, 3)]
    assert pair_marked(path, zh, en) == [(0, 0, 0, 1), (0, 1, 1, 2), (1, 2, 2, 3)]


def test_nothing_moves_where_both_or_neither_chinese_sentence_has_the_marks() -> None:
    en = ["Further Reading:", "Wikipedia"]
    path = [(0, 0, 1, 1), (1, 1, 2, 1), (2, 1, 3, 2)]
    assert pair_marked(path, ["相关资料:", "更多资料:", "维基百科"], en) == path
    assert pair_marked(path, ["冠状病毒", "更多资料", "维基百科"], en) == path
    # the English has no mark: the marks say nothing
    assert pair_marked(path, ["冠状病毒", "更多资料:", "维基百科"], ["Further Reading", "Wikipedia"]) == path


def test_nothing_moves_across_groups() -> None:
    zh = ["冠状病毒", "更多资料:", "维基百科"]
    en = ["Further Reading:", "Wikipedia"]
    path = [(0, 0, 1, 1), (1, 1, 2, 1), (2, 1, 3, 2)]
    groups = (np.array([0, 1, 1]), np.array([0, 1]))
    assert pair_marked(path, zh, en, groups=groups) == path


def test_a_paragraph_whose_last_sentence_ends_in_a_colon_is_not_a_label() -> None:
    zh = ["数据会被搬运到指定设备，再传给模型。看到这里相信你会疑惑：", "第一个问题。"]
    en = ["The data is moved and passed to the model.", "Makes sense, isn't it? You may be wondering:",
          "The first question."]
    path = [(0, 0, 1, 1), (1, 1, 1, 2), (1, 2, 2, 3)]
    assert pair_marked(path, zh, en) == path

"""Tests of aligner.list_markers: list markers, section labels and enumerators, which are no quantities."""
from __future__ import annotations

from zhen_qa.aligner.list_markers import enumerators, list_spans, section_labels


def test_list_markers_at_line_start_and_counted_inside_a_sentence() -> None:
    text = "1. 方法\n对照组：1）生理盐水；2）LPS组。"
    spans = list_spans(text)
    assert [text[a:b] for a, b in spans] == ["1.", "1）", "2）"]
    # one 1) alone counts nothing: a count in brackets, not a list
    assert list_spans("共 3 组 (n = 9) 和 1）") == []


def test_dotted_identifiers_are_spans_and_ascending_schedules_are_not() -> None:
    assert [(a, b) for a, b in list_spans("call 1-800-227-2345 now")] == [(5, 19)]
    assert list_spans("days 1-8-15-22") == []


def test_section_labels_and_enumerators() -> None:
    assert section_labels("9.1.6 Methods") == {"9.1.6": [9.0, 1.0, 6.0, 9.1, 1.6]}
    assert enumerators("：(1)迅速恢复；(2)限制") == ["1", "2"]

"""Tests of aligner.list_markers: list markers, section labels and enumerators, which are no quantities."""
from __future__ import annotations

from zhen_qa.aligner.build import build_from_texts
from zhen_qa.aligner.list_markers import enumerators, list_spans, section_labels
from zhen_qa.checks.engine import check_manuscript


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


def test_a_line_start_marker_behind_an_invisible_format_character_is_a_marker() -> None:
    """A zero-width space, word joiner or byte-order mark before "2. " is invisible on the rendered page (markdown-it
    keeps it as text of a paragraph that opens with "2. 将 …"): the marker is read as behind blanks."""
    for mark in ("\u200b", "\u2060", "\ufeff"):
        text = f"{mark}\t\t2. 将配置文件复制到容器中。"
        assert [text[a:b].strip(" \t" + mark) for a, b in list_spans(text)] == ["2."], mark
        assert section_labels(text) == {"2": [2.0]}, mark
    # a visible character before the digits still makes them text
    assert list_spans("共\t2. 将配置文件复制到容器中。") == []


def _numbers(zh: str, en: str) -> list[str]:
    ms = build_from_texts(zh, en, "a.zh.md", "a.en.md", presplit=False)
    return [f.excerpt for f in check_manuscript(ms, select=["number-mismatch"])]


_EN_LIST = ("# Configuration\n\nPrepare the following files.\n\n1. Put the file in the cluster directory.\n"
            "2. Copy the file into the container.\n3. Restart the service.\n")


def test_zero_width_space_list_items_are_no_numbers_of_the_text() -> None:
    """Chinese items written U+200B + tabs + "2. 将 …" (a Markdown paragraph, not a list) against an English list."""
    zh = ("# 配置\n\n准备以下文件。\n\n\u200b\t\t1. 将文件放在集群的目录中。\n\n\u200b\t\t2. 将文件复制到容器中。\n\n"
          "\u200b\t\t3. 重启服务。\n")
    assert _numbers(zh, _EN_LIST) == []


def test_a_changed_number_in_a_zero_width_space_item_is_still_reported() -> None:
    zh_items = "# 配置\n\n准备以下文件。\n\n{p}1. 将超时设为 30 秒。\n\n{p}2. 重启服务。\n"
    en = ("# Configuration\n\nPrepare the following files.\n\n1. Set the timeout to 60 seconds.\n"
          "3. Restart the service.\n")
    plain = _numbers(zh_items.format(p=""), en)
    assert plain == ["Set the timeout to 60 seconds."]
    # behind the invisible character the item reads as the plain list item does: 30/60 reported, the marker not
    assert _numbers(zh_items.format(p="\u200b\t"), en) == plain

"""Applying edits to text files: exact spans, everything else byte-identical, any encoding or newline."""
from __future__ import annotations

import codecs

import pytest

from zhen_qa.manuscript.errors import InputError
from zhen_qa.manuscript.source import Location
from zhen_qa.report.edits import Edit, apply_to_text, non_overlapping, unified_diff


def _edit(line: int, col: int, end: int, new: str) -> Edit:
    return Edit(Location("m.txt", line, col, line, end), new, "punctuation-width", "")


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize("encoding,bom", [("utf-8", b""), ("utf-8", codecs.BOM_UTF8),
                                          ("utf-16-le", codecs.BOM_UTF16_LE), ("gb18030", b"")])
def test_only_the_spans_change(newline: str, encoding: str, bom: bytes) -> None:
    text = newline.join(["标题", "分泌组, 很重要: 是的。", "  The end."]) + newline
    data = bom + text.encode(encoding)
    new, old, changed = apply_to_text(data, [_edit(2, 4, 5, "，"), _edit(2, 9, 10, "：")], "m.txt")
    assert old == text
    assert changed == text.replace("分泌组, 很重要: 是的", "分泌组， 很重要： 是的")
    assert new == bom + changed.encode(encoding)


def test_edits_on_one_line_apply_right_to_left_and_may_change_length() -> None:
    data = "再生医疗和再生医疗。\n".encode()
    edits = [_edit(1, 1, 5, "再生医学"), _edit(1, 6, 10, "再生医学科")]
    new, _old, _new = apply_to_text(data, edits, "m.txt")
    assert new.decode() == "再生医学和再生医学科。\n"


def test_overlapping_edits_keep_the_first() -> None:
    kept = non_overlapping([_edit(1, 5, 8, "b"), _edit(1, 1, 6, "a"), _edit(1, 8, 9, "c"), _edit(2, 1, 3, "d")])
    assert [(e.location.line, e.location.column, e.replacement) for e in kept] == [(1, 1, "a"), (1, 8, "c"),
                                                                                    (2, 1, "d")]


def test_undecodable_bytes_are_refused() -> None:
    with pytest.raises(InputError, match="m.txt"):
        apply_to_text(b"\xff\xfe\x00\xd8", [], "m.txt")  # UTF-16 BOM then a lone surrogate


def test_unified_diff_names_the_file_and_shows_the_change() -> None:
    diff = unified_diff("a\nb,\n", "a\nb，\n", "docs/m.txt")
    assert diff.splitlines()[:2] == ["--- a/docs/m.txt", "+++ b/docs/m.txt"]
    assert "-b,\n+b，\n" in diff
    assert unified_diff("same\n", "same\n", "m.txt") == ""


def test_a_diff_marks_a_last_line_without_its_newline() -> None:
    # the seed ends without a newline: its dry-run diff ran into the note printed after it and into the next file's
    # "--- a/..." line, and `git apply` called it a corrupt patch
    diff = unified_diff("一行。\n最后一行,没有换行", "一行。\n最后一行，没有换行", "a.txt")
    assert diff.endswith("-最后一行,没有换行\n\\ No newline at end of file\n+最后一行，没有换行\n"
                         "\\ No newline at end of file\n")
    assert unified_diff("a,b\n", "a，b\n", "a.txt").endswith("-a,b\n+a，b\n")  # a whole last line: unchanged

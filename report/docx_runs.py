"""Word paragraphs as the reader numbers them, and runs split so that a character span is whole runs.

`manuscript.reader` reads a .docx as one line per paragraph in document order (a table's cells where the
table stands, row by row, cell by cell, a merged cell once), each line being the paragraph's text. A
finding at (line, column) of a .docx is therefore (paragraph, character). This module finds that
paragraph again in a python-docx Document and splits its runs (keeping their formatting) so that a span
of characters is covered by whole runs, which is what comments (`w:commentRangeStart`/`End`) and tracked
changes (`w:del`/`w:ins`) anchor on.
"""
from __future__ import annotations

import copy
from typing import Any

from zhen_qa.manuscript.word import paragraph_runs as _text_runs

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_CONTENT = "w:br | w:cr | w:noBreakHyphen | w:ptab | w:t | w:tab"
"""Run children that contribute characters to `Run.text` (python-docx's own definition)."""

def w(tag: str) -> str:
    """The Clark name of a WordprocessingML tag: w('r') -> '{...main}r'."""
    return f"{{{_W}}}{tag}"


def _run_length(r: Any) -> int:
    return sum(len(str(e)) for e in r.xpath(_CONTENT))


def _trim(r: Any, k: int, keep_left: bool) -> None:
    """Keep the characters before offset `k` of run `r` (keep_left) or those from `k` on."""
    pos = 0
    for e in r.xpath(_CONTENT):
        n = len(str(e))
        if keep_left:
            if pos >= k:
                r.remove(e)
            elif pos + n > k:
                e.text = str(e)[: k - pos]
                e.set(_XML_SPACE, "preserve")
        else:
            if pos + n <= k:
                r.remove(e)
            elif pos < k:
                e.text = str(e)[k - pos:]
                e.set(_XML_SPACE, "preserve")
        pos += n
    if not keep_left:  # pictures, fields and other non-text content stay with the left half only
        content = set(r.xpath(_CONTENT))
        for child in list(r):
            if child.tag != w("rPr") and child not in content:
                r.remove(child)


def _split_at(p_element: Any, offset: int) -> None:
    """Split the run that contains character `offset` (0-based) so that a run starts there."""
    pos = 0
    for r in _text_runs(p_element):
        n = _run_length(r)
        if pos < offset < pos + n:
            right = copy.deepcopy(r)
            _trim(r, offset - pos, keep_left=True)
            _trim(right, offset - pos, keep_left=False)
            r.addnext(right)
            return
        pos += n


def runs_for_span(p_element: Any, start: int, end: int) -> list[Any]:
    """The `w:r` elements covering characters [start, end) of the paragraph, after splitting at both ends.

    Returns an empty list when the span is empty or lies outside the paragraph's text.
    """
    if end <= start:
        return []
    _split_at(p_element, start)
    _split_at(p_element, end)
    out: list[Any] = []
    pos = 0
    for r in _text_runs(p_element):
        n = _run_length(r)
        if n and pos >= start and pos + n <= end:
            out.append(r)
        pos += n
    return out


def paragraph_text(p_element: Any) -> str:
    """The paragraph's text as the reader saw the line (its characters are a finding's columns)."""
    return "".join(str(e) for r in _text_runs(p_element) for e in r.xpath(_CONTENT))


def paragraph_length(p_element: Any) -> int:
    """Characters in the paragraph's text (what the reader saw as the line)."""
    return sum(_run_length(r) for r in _text_runs(p_element))

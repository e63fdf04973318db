"""The source line of a Markdown table row a sentence's character stands on (`missing_column`, `term_row_subject`)."""
from __future__ import annotations

from typing import NamedTuple

from zhen_qa.manuscript.document import Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern

CELL_BAR = LazyPattern(r"(?<!\\)\|")
"""A cell boundary of a Markdown table row (an escaped \\| is text)."""


class SourceLine(NamedTuple):
    """The source line holding one character of a sentence."""

    source: str
    """The whole source text."""
    start: int
    """Offset of the line's first character in `source`."""
    at: int
    """Offset of the character in `source`."""
    line: str
    """The line, without its newline."""


def source_line(sentence: Sentence, index: int) -> SourceLine | None:
    """The source line holding character `index` of the sentence, or None when `index` is outside the sentence."""
    mt = sentence.text
    if not 0 <= index < len(mt.text):
        return None
    src, at = mt.source.text, mt.offsets[index]
    lo = src.rfind("\n", 0, at) + 1
    hi = src.find("\n", at)
    return SourceLine(src, lo, at, src[lo:hi if hi >= 0 else len(src)])

"""A word doubled across a line break by a heading or label over text that starts with the same word.

A PDF's text exported line by line keeps a heading ("Surgery", 脑震荡) or a figure label (Ligament, 韧带) on a line of
its own, and the reader joins a line without a final stop to the next one, as it joins a hard-wrapped line. When
the paragraph under the heading begins with the heading's word ("Surgery is done to remove…", 脑震荡是最常见的…) or
two labels say the same, the joined text holds the word twice ("Surgery Surgery", 脑震荡脑震荡). A slip doubles a
word inside running text; a line that is the word alone, or a short heading ending in it, ended its paragraph.
"""
from __future__ import annotations

from zhen_qa.manuscript.source import Location, SourceText

PUNCTUATION = frozenset("。！？，、；：.,;:!?")
"""Marks a heading line holds none of (a wrapped line of running text mostly does)."""
ZH_HEADING_SHARE = 2 / 3
"""Most length of a Chinese heading line ending in the word, against the next line's: a wrapped line is full."""
EN_MINOR_WORDS = frozenset("a an and as at by for from in of on or the to with".split())
"""Words a title-case English heading leaves in lower case."""


def _line(source: SourceText, number: int) -> str:
    """The text of 1-based line `number`, newline excluded."""
    starts = source.line_starts
    start = starts[number - 1]
    end = starts[number] - 1 if number < len(starts) else len(source.text)
    return source.text[start:end]


def _title_case(text: str) -> bool:
    """Every word capitalised but the minor ones ("Breast Cancer", "Risk of Infection")."""
    words = text.split()
    return bool(words) and all(w[:1].isupper() or w in EN_MINOR_WORDS for w in words) and words[0][:1].isupper()


def heading_over_text(source: SourceText, loc: Location) -> bool:
    """True when the doubling at `loc` ends one line and begins the next, and the first line is a heading or label:
    the word alone, or a heading ending in it (English in title case before the capitalised word; Chinese without
    punctuation and well shorter than the next line)."""
    if loc.end_line != loc.line + 1:
        return False
    first, second = _line(source, loc.line), _line(source, loc.end_line)
    copy = first[loc.column - 1:].strip()
    if not copy or second[:loc.end_column - 1].strip().casefold() != copy.casefold():
        return False  # the copies are not the first line's end and the next line's start
    head = first.strip()
    if head == copy:
        return True
    if PUNCTUATION.intersection(head):
        return False
    if copy.isascii():
        return _title_case(head) and copy[:1].isupper()
    return len(head) <= ZH_HEADING_SHARE * len(second.strip())

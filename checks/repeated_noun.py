"""A one-character noun before a noun that begins with it (的列列表: 列 "column" + 列表 "list", the list of
columns), told from that noun's first character typed twice (的版版本) by the page: a writer who uses the character
as a noun counts it or points at it elsewhere (每列, 该列, 一列)."""
from __future__ import annotations

from zhen_qa.aligner.jieba_base import word_tag
from zhen_qa.checks.repeated_dictionary import token_before, token_bounds
from zhen_qa.checks.repeated_known import bound, every
from zhen_qa.manuscript.script import is_han

_POINTING = ("r", "m", "q")
"""Starts of jieba's tags of a word that counts or points at a noun after it: a demonstrative or pronoun (该, 这 r),
a numeral (一 m) or a measure word (个 q); 每 "every" (a bound morpheme to jieba) by its CC-CEDICT gloss."""

_WINDOW = 6
"""Characters either side of an occurrence that are cut to find the word before it."""


def noun_before_its_compound(text: str, i: int) -> bool:
    """Whether the doubled character at `i` (one character, copies at i and i + 1) is a token of its own before a
    noun that begins with it (列/列表 n), by jieba's cut of `text`."""
    _bounds, spans = token_bounds(text)
    end = spans.get(i + 1, i + 1)
    return spans.get(i) == i + 1 and end - (i + 1) >= 2 and word_tag(text[i + 1:end]).startswith("n")


def _piece(window: str, at: int, spans: dict[int, int]) -> bool:
    """Whether the token at `at` is a single Han character of a noun or a bound morpheme: the character before it
    is then the first piece of a word jieba lacks (这些/动/效: 动效 "motion effect"), not a word of its own."""
    char = window[at:at + 1]
    return spans.get(at) == at + 1 and is_han(char) and (word_tag(char).startswith("n") or bound(char))


def written_as_noun(char: str, chinese: str) -> bool:
    """Whether the Chinese of the page (`chinese`) writes `char` elsewhere as a word of its own after a word that
    counts or points at it (每列, 该列, 一列: `_POINTING`), not beside another copy of it nor before a piece of
    a word jieba lacks (`_piece`: 这些动效功能): evidence that the character is a noun of the page's, so 列 + 列表
    are two words. A slip's character (需, 版) is no noun the page counts."""
    start = chinese.find(char)
    while start >= 0:
        if chinese[start - 1:start] != char and chinese[start + 1:start + 2] != char and start > 0:
            lo = max(0, start - _WINDOW)
            window = chinese[lo:start + _WINDOW]
            at = start - lo
            _bounds, spans = token_bounds(window)
            before = token_before(spans, at)
            if spans.get(at) == at + 1 and before is not None and not _piece(window, at + 1, spans) and (
                    word_tag(window[before:at]).startswith(_POINTING) or every(window[before:at])):
                return True
        start = chinese.find(char, start + 1)
    return False

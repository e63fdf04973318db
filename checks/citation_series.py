"""A number glued to a noun that the document uses to number a series: a member's number, no reference number.

成员集群3。 ("member cluster 3") ends a sentence as a flattened reference number does (研究3。), and a sentence alone
cannot tell them apart. The document can: where it also writes the same noun with a number in a place no reference
number stands — before a Han character or a colon, mid-sentence or as a label (成员集群1: … 成员集群2:, 阶段1和阶段2,
等级2及以上) — the noun numbers members of a series, and a number glued to it at a clause end is that member's.
A reference list numbers sources after any word, always at a clause end: a noun glued to reference numbers in several
places of a document (研究3。 … 研究12。) shows no series, and its numbers are still read as citations.
"""
from __future__ import annotations

from collections.abc import Iterable

from zhen_qa.manuscript.document import Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern

__all__ = ["NOUN_CHARS", "member_noun", "series_nouns"]

NOUN_CHARS = 2
"""Han characters before the number taken as its noun (集群 of 成员集群3, 阶段 of 阶段2): one character is too often a
verb or a particle (到3, 于3)."""
_MEMBER = LazyPattern(r"([\u4e00-\u9fff]{" + str(NOUN_CHARS) + r"})\d{1,3}(?![\d.,，%％])(?=[\u4e00-\u9fff:：])")
"""A noun, a number and, right after it, a Han character or a colon: a place where no reference number stands."""
_BEFORE = LazyPattern(r"([\u4e00-\u9fff]{" + str(NOUN_CHARS) + r"})$")


def series_nouns(sentences: Iterable[Sentence]) -> frozenset[str]:
    """The nouns the Chinese `sentences` (a document's) write with a number right after them where no reference
    number stands (`_MEMBER`): the nouns of numbered series."""
    return frozenset(m.group(1) for s in sentences for m in _MEMBER.finditer(s.text.text))


def member_noun(text: str, start: int, series: frozenset[str]) -> bool:
    """Whether the number at `start` of `text` is glued to one of the document's `series` nouns (`series_nouns`)."""
    m = _BEFORE.search(text, 0, start) if series else None
    return m is not None and m.group(1) in series

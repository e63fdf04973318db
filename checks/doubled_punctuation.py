"""A full-width Chinese punctuation mark typed twice (`，，`, `。。`, `、、`, `；；`, `：：`): a slip of the hand that
repeated-char reports as it reports 的的 (fresh56 C3: colossalai's `我们以提供了优化的分布式实现，，并且`).

These marks are single in Chinese text; the marks Chinese writes doubled are other characters (the ellipsis `……`
and the dash `——` are one mark each, two glyphs wide) and are not in the set. A run of three or more (`。。。`,
`、、、`) is an informal ellipsis written with the wrong mark, a matter of style, not a doubling, and is left.
`！！` and `？？` are left too: emphasis, a choice of tone. Only prose texts reach this (code is not prose)."""
from __future__ import annotations

from collections.abc import Iterator

from zhen_qa.manuscript.lazy_re import LazyPattern

DOUBLED_PUNCTUATION = LazyPattern(r"([，。、；：])\1")
"""Two of the same single Chinese mark in a row (`punctuation_doubles` rules out longer runs)."""


def punctuation_doubles(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, mark) of each Chinese punctuation mark written exactly twice in a row in `text`."""
    for m in DOUBLED_PUNCTUATION.finditer(text):
        mark = m.group(1)
        if text[m.start() - 1:m.start()] != mark and text[m.end():m.end() + 1] != mark:
            yield m.start(), m.end(), mark

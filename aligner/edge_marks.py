"""A sentence left alone beside a pair takes the pair's other side when only it shares that side's line marks.

A translator carries a line's edge marks over: a heading that opens with an ellipsis ("...政府可以采取的行动" over
"...as an official") or a label that ends in a colon ("更多资料:" over "Further Reading:"). When the translation of
a short line is deleted, the search may pair the line after (or before) it with its neighbour's English, which such
a short line barely supports either way, and leave the line with the shared marks alone: the finding then lands on
the wrong line. Beads X-e, Y-null (or X-null, Y-e) are rewritten X-null, Y-e (X-e, Y-null) when the sentence left
alone has the same edge marks as e and X does not; the same holds with the sides swapped (an English sentence
alone). Marks are evidence of the line's shape only, so nothing moves where both or neither sentence carries them.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from zhen_qa.aligner.refine import Groups, PathBead, in_one_group

_LEADING_ELLIPSIS = re.compile(r"^\s*(?:\.{3}|…)")
_TRAILING_COLON = re.compile(r"[:：]\s*$")
_INNER_END = re.compile(r"[。！？；!?;]|\.\s")
"""A sentence end before a unit's last character: the unit is more than one sentence (a paragraph)."""


def one_sentence(text: str) -> bool:
    """The unit is a single sentence or line: its edge marks are the line's own, not its last sentence's."""
    return _INNER_END.search(text.strip()[:-1]) is None


def edge_marks(text: str) -> frozenset[str]:
    """The line-edge marks of a sentence: a leading ellipsis, a trailing colon."""
    marks = set()
    if _LEADING_ELLIPSIS.search(text):
        marks.add("ellipsis")
    if _TRAILING_COLON.search(text):
        marks.add("colon")
    return frozenset(marks)


def _size(b: PathBead) -> tuple[int, int]:
    return b[2] - b[0], b[3] - b[1]


def _swap(a: PathBead, b: PathBead, zh: Sequence[str], en: Sequence[str]) -> tuple[PathBead, PathBead] | None:
    """Beads a, b (neighbours) with the null moved across the pair when the marks say so, or None."""
    sa, sb = _size(a), _size(b)
    if {sa, sb} == {(1, 1), (1, 0)}:  # a Chinese sentence alone
        pair, alone = (a, b) if sa == (1, 1) else (b, a)
        e = edge_marks(en[pair[1]])
        if not e or edge_marks(zh[alone[0]]) != e or edge_marks(zh[pair[0]]) == e:
            return None
    elif {sa, sb} == {(1, 1), (0, 1)}:  # an English sentence alone
        pair, alone = (a, b) if sa == (1, 1) else (b, a)
        z = edge_marks(zh[pair[0]])
        if not z or edge_marks(en[alone[1]]) != z or edge_marks(en[pair[1]]) == z:
            return None
    else:
        return None
    alone_text = zh[alone[0]] if alone[2] > alone[0] else en[alone[1]]
    if not all(one_sentence(t) for t in (zh[pair[0]], en[pair[1]], alone_text)):
        return None
    if sa == (1, 1) and sb == (1, 0):  # X-e, Y-null -> X-null, Y-e
        return (a[0], a[1], a[2], a[1]), (b[0], a[1], b[2], a[3])
    if sa == (1, 1):  # X-e, null-f -> null-e, X-f
        return (a[0], a[1], a[0], a[3]), (a[0], a[3], a[2], b[3])
    if sa == (1, 0):  # X-null, Y-e -> X-e, Y-null
        return (a[0], a[1], a[2], b[3]), (b[0], b[3], b[2], b[3])
    return (a[0], a[1], b[2], a[3]), (b[2], a[3], b[2], b[3])  # null-e, X-f -> X-e, null-f


def pair_marked(path: list[PathBead], zh: Sequence[str], en: Sequence[str],
                groups: Groups | None = None) -> list[PathBead]:
    """`path` with each sentence left alone beside a 1-1 bead given that bead's other side where only it shares
    that side's edge marks (one pass, left to right; a moved bead is not moved again)."""
    out = list(path)
    k = 0
    while k < len(out) - 1:
        alt = _swap(out[k], out[k + 1], zh, en)
        if alt is not None and all(in_one_group(b, groups) for b in alt):
            out[k], out[k + 1] = alt
            k += 2
        else:
            k += 1
    return out

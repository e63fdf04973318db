"""A line the line alignment leaves alone, joined to the line pair beside it that may hold its counterpart.

Files aligned line by line (`build._line_aligned`) pair their sentences only within paired lines. The line
alignment sees whole lines: when the English writes two sentences on one line that the Chinese writes as two
lines (a patient guide's "... call us at 1-800-227-2345. We're here when you need us." over a Chinese closing line
of its own), the Chinese line is left without a counterpart, and no sentence alignment can pair it any more: it is
reported as untranslated while its translation ends the English line beside it. So a line left alone joins the
neighbouring line pair whose other side has more sentences than its own side (room for the lone line's
counterpart), the one before it first; the sentence alignment then decides within the joined group, where a
sentence with no counterpart is still left alone (the joined group is no line pair whose lengths agree, where
`group_align.align_in_groups` would fold it into its neighbour). A lone line beside line pairs of as many sentences a
side (a deleted line in a file of one sentence a line) stays alone, as before.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


def _room(counts: tuple[int, int], side: int, taken: int) -> bool:
    """A line pair of `counts` sentences (Chinese, English) with more on `side` (0 Chinese, 1 English) than on the
    other, by more than the `taken` lone lines already joined to it from the same direction."""
    return bool(counts[0] and counts[1] and counts[side] - counts[1 - side] > taken)


def lone_lines_joined(groups: Sequence[tuple[list[T], list[T]]]) -> list[tuple[list[T], list[T], bool]]:
    """The groups (Chinese sentences, English sentences) of paired lines in order, each one-sided group joined to a
    neighbouring two-sided group whose line pair has more sentences on the lone group's other side than on its own
    side; the third item says whether a lone line was joined to the group.

    The room is counted for each direction: a lone line before a line pair does not take the room of one after it (a
    Chinese caption line with no English, cancer.org | 1.800.227.2345 模特仅用于说明之目的, before the line pair
    whose English ends with the translation of the Chinese closing line after it); the sentence alignment leaves
    whichever line has no counterpart alone."""
    out = [(list(zh), list(en), False) for zh, en in groups]
    pairs = [(len(zh), len(en)) for zh, en in groups]  # the line pair of each group (of a lone line: its own)
    taken = [(0, 0) for _ in groups]  # lone lines joined to each group from before it and from after it
    k = 0
    while k < len(out):
        zh, en, _ = out[k]
        if bool(zh) == bool(en):
            k += 1
            continue
        side = 1 if zh else 0  # the side the lone line lacks
        target = next((n for n in (k - 1, k + 1)
                       if 0 <= n < len(out) and _room(pairs[n], side, taken[n][0 if k < n else 1])), None)
        if target is None:
            k += 1
            continue
        before, after = taken[target]
        first, second = (out[target], out[k]) if target < k else (out[k], out[target])
        at = min(k, target)
        out[at] = (first[0] + second[0], first[1] + second[1], True)
        pairs[at] = pairs[target]
        taken[at] = (before + 1, after) if k < target else (before, after + 1)
        del out[max(k, target)], pairs[max(k, target)], taken[max(k, target)]
        k = at + 1
    return out

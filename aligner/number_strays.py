"""English sentences whose numbers belong to the neighbouring Chinese sentence: a stray taken by a sentence left alone.

When the translation of a Chinese sentence is missing (deleted, or never written), the search often fills the gap by
pairing that sentence with the English of its neighbour: a long Chinese results sentence the English writes as two or
three sentences, the conclusion after it taking the last of them ("The mean accuracy … was 90.32%, … 87.86%"). The
words may even agree (a conclusion restates the result), but the numbers do not: the English states measured values
that its Chinese lacks and the neighbouring Chinese sentence states. A number is the most specific anchor a sentence
has, and a translator does not move a result's values into the next sentence's translation.

So a 1-1 bead X-e gives its English back to the neighbouring bead Y-F (Chinese and English on both sides) when

- e states at least one *distinctive* number (`distinctive`: not a whole number from 0 to 20, which counts and lists
  share by chance) written in digits,
- none of e's distinctive numbers is in X, every one of them is in Y's Chinese, and none is in F: the values are
  Y's, and Y's English does not already state them;
- exactly one neighbour fits, and Y keeps at most `max_side` English sentences.

X is left alone (a 1-0 bead: reported `untranslated`). A 1-1 pair whose English says its own Chinese's numbers, or
numbers neither neighbour has, is never touched.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from zhen_qa.aligner.numbers import NumberMention, extract_numbers, number_key
from zhen_qa.aligner.refine import PathBead
from zhen_qa.aligner.strays import given_to, open_neighbours
from zhen_qa.manuscript.script import has_digit

_GLUED = re.compile(r"[a-z]{2}\.[A-Z]")
"""Two English sentences glued by text extraction ("scholars.A meta-analysis"): one "sentence" saying what several
Chinese sentences say, whose numbers tell nothing of where the rest of it belongs."""

SMALL = 20
"""Whole numbers up to this are counts and list items any two sentences may share: not evidence of where a sentence
belongs."""

Key = tuple[str, bool]
"""A number's value (`number_key`) and whether it is a percentage."""


def distinctive(n: NumberMention) -> list[Key]:
    """The keys of number `n` (both ends of a range) unless it is a small whole number (or a range of them); [] for a
    number written in words."""
    if n.written != "digits":
        return []
    ends = n.endpoints()
    if all(v.is_integer() and 0 <= v <= SMALL for v in ends):
        return []
    return [(number_key(v), n.percent) for v in ends]


def _keys(texts: Sequence[str], lang: str) -> set[Key]:
    """Every number's keys (all numbers, small ones too) of the texts."""
    out: set[Key] = set()
    for t in texts:
        for n in extract_numbers(t, lang):
            out.update((number_key(v), n.percent) for v in n.endpoints())
    return out


def _pair(b: PathBead) -> bool:
    return b[2] - b[0] == 1 and b[3] - b[1] == 1


def return_numbered(path: list[PathBead], zh: Sequence[str], en: Sequence[str], max_side: int) -> list[PathBead]:
    """The path with the English of each 1-1 bead whose distinctive numbers belong to one neighbouring bead's Chinese
    (see the module docstring) joined to that bead, its Chinese left alone."""
    out = list(path)
    changed: set[int] = set()
    for k, x in enumerate(path):
        if not _pair(x) or k in changed or not has_digit(en[x[1]]) or _GLUED.search(en[x[1]]):
            continue
        mine = {key for n in extract_numbers(en[x[1]], "en") for key in distinctive(n)}
        if not mine or mine & _keys([zh[x[0]]], "zh"):
            continue
        fits = [n for n in open_neighbours(path, k, changed, max_side)
                if mine <= _keys(zh[path[n][0]:path[n][2]], "zh") and not mine & _keys(en[path[n][1]:path[n][3]], "en")]
        if len(fits) != 1:
            continue
        n = fits[0]
        out[n], out[k] = given_to(x, path[n], n < k)
        changed.update((k, n))
    return out

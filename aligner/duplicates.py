"""Repeated sentence runs on one side of a pair: a passage printed twice (copy-paste, web or PDF extraction).

The copies are taken out before alignment, so the aligner never merges an original and its copy into one
bead (4-1 beads with a dozen "missing" numbers) and the other checks see each passage once. Pure functions.
"""
from __future__ import annotations

import re
from collections.abc import Container, Sequence
from typing import NamedTuple

from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN_RUN_RE

MIN_RUN_WEIGHT = 20.0
"""Least weight (Han characters; a Latin letter weighs LATIN_WEIGHT) of a run of two or more sentences."""
MIN_SINGLE_WEIGHT = 40.0
"""Least weight of a single repeated sentence: short formulas (差异有统计学意义。) recur on purpose."""
LATIN_WEIGHT = 0.4
"""A Latin letter against a Han character (an English sentence has about 2.5 letters per Han character)."""
MAX_CANDIDATES = 8
"""Earlier occurrences of a sentence tried as the start of the original (the first and the latest ones)."""

_SPACE = re.compile(r"\s+")
_LATIN = re.compile(r"[A-Za-z]")


class Run(NamedTuple):
    """A copy: sentences [start, end) repeat sentences [original, original + end - start) of the same side."""

    start: int
    end: int
    original: int


def norm(text: str) -> str:
    """The text as compared for repetition: without whitespace, case-folded."""
    return _SPACE.sub("", text).casefold()


def _weight(text: str) -> float:
    return sum(map(len, HAN_RUN_RE.findall(text))) + LATIN_WEIGHT * len(_LATIN.findall(text))  # Han characters


def repeated_runs(texts: Sequence[str]) -> list[Run]:
    """Copies among `texts` (sentences of one side, in order), longest original first, never overlapping.

    texts[i] is sentence i; a run [start, end) is a copy of [original, original + end - start) with
    original + (end - start) <= start (the original ends before the copy begins).
    """
    norms = [norm(t) for t in texts]
    weights = [_weight(t) for t in texts]
    seen: dict[str, list[int]] = {}
    runs: list[Run] = []
    i = 0
    while i < len(norms):
        earlier = seen.get(norms[i], [])
        best_j, best_k = -1, 0
        for j in earlier[:MAX_CANDIDATES // 2] + earlier[-(MAX_CANDIDATES // 2):]:
            k = 1
            while i + k < len(norms) and j + k < i and norms[j + k] == norms[i + k]:
                k += 1
            if k > best_k:
                best_j, best_k = j, k
        if best_k and norms[i]:
            weight = sum(weights[i:i + best_k])
            if (best_k >= 2 and weight >= MIN_RUN_WEIGHT) or weight >= MIN_SINGLE_WEIGHT:
                runs.append(Run(i, i + best_k, best_j))
                i += best_k
                continue
        seen.setdefault(norms[i], []).append(i)
        i += 1
    return runs



NEAR_COPY = 0.75
"""Character-bigram Dice above which another sentence counts as a repetition of a counterpart (reworded a little)."""
NEAR_RETRANSLATION = 0.6
"""The same, for two sentences with the same numbers: a sentence translated twice (an abstract's sentence that
the body repeats) is worded differently each time but keeps its numbers."""
_NUMBERS = LazyPattern(r"\d+(?:\.\d+)?")


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)} or {text}


def repeated_elsewhere(index: int, norms: Sequence[str], skip: Container[int] = ()) -> bool:
    """Whether sentence `index` of `norms` (normalised sentences of one side) recurs there, verbatim, nearly, or
    translated again (worded differently, the same numbers).

    Sentences in `skip` (the rest of the counterpart itself) are not looked at.
    """
    mine = norms[index]
    grams = _bigrams(mine)
    numbers: list[str] | None = None
    for j, other in enumerate(norms):
        if j == index or j in skip or not other:
            continue
        if other == mine:
            return True
        if 0.5 * len(mine) <= len(other) <= 2 * len(mine):
            theirs = _bigrams(other)
            dice = 2 * len(grams & theirs) / (len(grams) + len(theirs))
            if dice >= NEAR_COPY:
                return True
            if dice >= NEAR_RETRANSLATION:
                numbers = sorted(_NUMBERS.findall(mine)) if numbers is None else numbers
                if numbers and sorted(_NUMBERS.findall(other)) == numbers:
                    return True
    return False


def mirrored(original: Sequence[int], beads: Sequence[tuple[Sequence[int], Sequence[int]]],
             other_norms: Sequence[str], own_norms: Sequence[str] | None = None) -> bool:
    """Whether the other side repeats the counterpart of a copied passage too (the repetition is the document's).

    `original` are the indices of the copied passage's original on this side, `beads` pair (this side,
    other side) indices, `other_norms` are the other side's normalised sentences, copies included, in
    the index space of the beads' other side. With `own_norms` (this side's normalised sentences), sentences at
    the passage's edges whose counterparts do not recur may be left out when together they weigh less than a
    single repeated sentence must (MIN_SINGLE_WEIGHT) and what is left is a repeated passage by itself: a short
    formula ("This can affect the reading.") said again before repeated steps, which the other side joins to a
    sentence of its own wording each time.
    """
    wanted = list(original)
    partners = [j for mine, other in beads if set(wanted) & set(mine) for j in other]
    if not partners:
        return False
    skip = set(partners)
    if own_norms is None:
        return all(repeated_elsewhere(j, other_norms, skip) for j in partners)
    flags = []
    for i in wanted:
        mine = [j for ours, other in beads if i in ours for j in other]
        flags.append(bool(mine) and all(repeated_elsewhere(j, other_norms, skip) for j in mine))
    if True not in flags:
        return False
    first, last = flags.index(True), len(flags) - 1 - flags[::-1].index(True)
    if not all(flags[first:last + 1]):
        return False  # a sentence inside the passage whose counterpart is said once: the copy is this side's
    core = [_weight(own_norms[i]) for i in wanted[first:last + 1]]
    if not (len(core) >= 2 and sum(core) >= MIN_RUN_WEIGHT or sum(core) >= MIN_SINGLE_WEIGHT):
        return False  # what the other side repeats is no passage of its own
    edges = sum(_weight(own_norms[i]) for i, ok in zip(wanted, flags) if not ok)
    return edges < MIN_SINGLE_WEIGHT

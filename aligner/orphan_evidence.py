"""What the orphan tests read of a document (`Evidence`), and the small readings of it they share: glossed stems of a
run of sentences (`rows`), the Latin names and numbers a sentence writes (`NAME`, `numbers_of`).

`orphans` (k-1 beads whose edge Chinese sentence has no translation) and `unspoken` (its test of the words only the
edge sentence says) read the same evidence; it lives here so that neither imports the other's internals.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

import numpy as np

from zhen_qa.aligner.numbers import extract_numbers
from zhen_qa.manuscript.lazy_re import LazyPattern

if TYPE_CHECKING:
    from zhen_qa.aligner.scorers.base import Matrix


class ContentEvidence(Protocol):
    """What the *unspoken* test reads of a sentence's content words (`content_words.ContentWords`)."""

    def unsaid(self, k: int, rest: tuple[int, int], english: Sequence[int]) -> tuple[int, int, int]:
        """(content words of Chinese sentence k that sentences [rest) lack, how many of them `english` lacks, how many
        of those are nouns)."""
        ...

    def moved(self, k: int, rest: tuple[int, int], english: Sequence[int], beside: Sequence[int]) -> tuple[int, int]:
        """(how many of Chinese sentence k's own content words that `english` lacks English sentences `beside` say,
        where no other Chinese sentence writes them; how many of those are nouns)."""
        ...

    def points(self, k: int) -> bool:
        """Chinese sentence k has a rare pronoun (本文, 为此): it points at the paper or its neighbour."""
        ...


@dataclass(frozen=True)
class Evidence:
    """What the orphan tests read of a document.

    `zh_chars` (n,) and `en_chars` (m,): non-space characters of each sentence. `Z` (n, V) and `E` (m, V):
    Chinese sentences glossed into English stems and the English sentences (`scorers.lexical.ZhToEn`),
    None when not kept (then only the length test runs).
    """

    zh_chars: np.ndarray
    en_chars: np.ndarray
    Z: Matrix | None = None
    E: Matrix | None = None
    zh_texts: Sequence[str] | None = None
    """The Chinese sentences, read for headings (`heading_like`); None: headings not known."""
    en_texts: Sequence[str] | None = None
    """The English sentences."""
    content: ContentEvidence | None = None
    """The Chinese sentences' content words (`content_words`), for the *unspoken* test; None: that test does not run."""


def rows(M: Matrix, r0: int, r1: int) -> dict[int, float]:
    """Rows [r0, r1) of M summed, as {column: value} (a few dozen entries: no dense vector of the vocabulary)."""
    out: dict[int, float] = {}
    lo, hi = int(M.indptr[r0]), int(M.indptr[r1])
    for c, v in zip(M.indices[lo:hi].tolist(), M.data[lo:hi].tolist()):
        out[c] = out.get(c, 0.0) + v
    return out


NAME = LazyPattern(r"[A-Za-z][A-Za-z0-9]*\d[A-Za-z0-9]*|[A-Za-z]{3,}|\d+(?:\.\d+)?")


def numbers_of(text: str, lang: str) -> set[str]:
    """The values of the numbers a sentence writes, in digits or in words (1, 7 = seven; `numbers.extract_numbers`)."""
    return {str(m.value) for m in extract_numbers(text, lang)}

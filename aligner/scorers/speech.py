"""Quoted speech: a bead's share of characters inside quotation marks should agree across the sides.

Literary text alternates narration and dialogue. A translation keeps speech as speech, so the
fraction of a bead's non-space characters that lie inside quotation marks (“”「」『』 in
Chinese; ‘’ “” " and British single quotes in English, told apart from apostrophes by what is
around them) is about the same on both sides. The quote state carries across sentences, so a
sentence in the middle of a long speech counts as speech although it has no quote mark.
The score is 1 - |zh share - en share| (0..1). Documents with almost no quotation marks
(abstracts) give no evidence, and the scorer reports itself unused there (`Speech.useful`).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import cast

import numpy as np

from zhen_qa.aligner.scorers.base import Analysis, Scorer
from zhen_qa.aligner.search import Band
from zhen_qa.manuscript.lazy_re import LazyPattern

MAX_OPEN = 12
"""A quotation open after more consecutive sentences than this is taken as a stray mark (never closed)."""
MIN_QUOTED = 0.05
"""The scorer is used only when at least this share of a side's sentences hold quoted speech."""

_ZH_OPEN, _ZH_CLOSE = "“「『", "”」』"
_ZH_MARK = re.compile(f"[{_ZH_OPEN}{_ZH_CLOSE}]")
_WHITESPACE = re.compile(r"\s")
"""What str.isspace() is true of (both are Unicode's White_Space)."""
_EN_OPEN = LazyPattern(r"(?:(?<=^)|(?<=[\s(\[—–-]))['‘“\"](?=\S)")
_EN_CLOSE = LazyPattern(r"(?<=[\w.!?,;:—–\-…])['’”\"](?=\s|$|[,.;:!?)\]—–-])")
_EN_MARK = re.compile(r"['‘’“”\"]")
"""Any character _EN_OPEN or _EN_CLOSE can match."""


def zh_quoted(sents: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """(quoted, total) non-space character counts per Chinese sentence; shapes (len(sents),)."""
    inside = False
    quoted = np.zeros(len(sents))
    total = np.zeros(len(sents))
    for k, s in enumerate(sents):
        if _ZH_MARK.search(s) is None:  # no quotation mark: the quote state carries over
            t = len(s) - len(_WHITESPACE.findall(s))
            quoted[k], total[k] = t if inside else 0, t
            continue
        q = t = 0
        for ch in s:
            if ch in _ZH_OPEN:
                inside = True
            elif ch in _ZH_CLOSE:
                inside = False
            elif not ch.isspace():
                t += 1
                q += inside
        quoted[k], total[k] = q, t
    return quoted, total


def zh_open(sents: Sequence[str]) -> np.ndarray:
    """Whether a Chinese quotation is still open after each sentence; shape (len(sents),) bool."""
    inside = False
    out = np.zeros(len(sents), dtype=bool)
    for k, s in enumerate(sents):
        for ch in s if _ZH_MARK.search(s) else ():
            if ch in _ZH_OPEN:
                inside = True
            elif ch in _ZH_CLOSE:
                inside = False
        out[k] = inside
    return _unclosed(_reopened(out, [s.lstrip()[:1] in _ZH_OPEN for s in sents]))


def en_quoted(sents: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(quoted, total) non-space character counts per English sentence, and whether a quote is still open after it."""
    inside = False
    quoted = np.zeros(len(sents))
    total = np.zeros(len(sents))
    open_after = np.zeros(len(sents), dtype=bool)
    for k, s in enumerate(sents):
        s = s.strip()
        if _EN_MARK.search(s) is None:  # no quotation mark: the quote state carries over
            t = len(s) - s.count(" ")
            quoted[k], total[k], open_after[k] = t if inside else 0, t, inside
            continue
        marks = sorted(
            [(m.start(), True) for m in _EN_OPEN.finditer(s)] + [(m.start(), False) for m in _EN_CLOSE.finditer(s)]
        )
        q = t = 0
        pos = 0
        for at, opens in marks + [(len(s), None)]:
            seg = len(s[pos:at]) - s[pos:at].count(" ")
            t += seg
            q += seg if inside else 0
            if opens is not None:
                inside = opens
            pos = at + 1
        quoted[k], total[k], open_after[k] = q, t, inside
    return quoted, total, _unclosed(open_after)


def doc_en_quoted(doc: Analysis) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """`en_quoted` of a document's English, computed once (the scorer and the search's quote cut share it)."""
    if "en_quoted" not in doc.cache:
        doc.cache["en_quoted"] = en_quoted(doc.en)
    return cast("tuple[np.ndarray, np.ndarray, np.ndarray]", doc.cache["en_quoted"])


def _unclosed(open_after: np.ndarray) -> np.ndarray:
    """Open-after flags with runs longer than MAX_OPEN cleared (an unbalanced quotation mark)."""
    out: np.ndarray = open_after.copy()
    k, n = 0, len(out)
    while k < n:
        if not out[k]:
            k += 1
            continue
        end = k
        while end < n and out[end]:
            end += 1
        if end - k > MAX_OPEN:
            out[k:end] = False
        k = end
    return out


def _reopened(open_after: np.ndarray, starts_quote: list[bool]) -> np.ndarray:
    """No quotation counts as open before a sentence that opens one (a missing closing mark).

    Chinese only: in English a speech continued in a new paragraph reopens without closing, and
    treating that as closed lowers mac-dev strict F1 (0.852 -> 0.848)."""
    nxt = np.array(starts_quote[1:] + [False], dtype=bool)
    closed: np.ndarray = open_after & ~nxt
    return closed


class _Prepared:
    def __init__(self, qz: np.ndarray, tz: np.ndarray, qe: np.ndarray, te: np.ndarray) -> None:
        self.qz, self.tz, self.qe, self.te = qz, tz, qe, te  # cumulative counts, shapes (n+1,), (m+1,)

    def score(self, a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
        """1 - |share of quoted characters on the zh side - share on the en side|."""
        sz = (self.qz[I] - self.qz[I - a]) / np.maximum(self.tz[I] - self.tz[I - a], 1.0)
        se = (self.qe[J] - self.qe[J - b]) / np.maximum(self.te[J] - self.te[J - b], 1.0)
        agree: np.ndarray = 1.0 - np.abs(sz - se)
        return agree


class Speech(Scorer):
    """Agreement of the share of quoted speech."""

    name = "speech"

    def useful(self, doc: Analysis) -> bool:
        """Whether both sides have enough quoted speech for the scorer to say anything."""
        qz, _, qe, _ = self._counts(doc)
        return bool(np.mean(qz > 0) >= MIN_QUOTED and np.mean(qe > 0) >= MIN_QUOTED)

    def _counts(self, doc: Analysis) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        if "speech" not in doc.cache:
            doc.cache["speech"] = (*zh_quoted(doc.zh), *doc_en_quoted(doc)[:2])
        return cast("tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]", doc.cache["speech"])

    def prepare(self, doc: Analysis, band: Band, max_side: int) -> _Prepared:
        """Cumulative quoted and total character counts of both sides."""
        cum = [np.concatenate([[0.0], np.cumsum(x)]) for x in self._counts(doc)]
        return _Prepared(*cum)

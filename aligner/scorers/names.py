"""Transliterated names: an English capitalised word spelled by the pinyin of Chinese characters.

陈清扬 and "Chen Qingyang", 中山 and "Sun Yat-sen" no (not pinyin), 北京 and "Beijing" yes.
Only English words that are capitalised somewhere in the English document and that some run
of up to MAX_CHARS Chinese characters spells (readings from CC-CEDICT, tones dropped) are
features, on both sides. The score is the cosine of the summed name vectors, and 0.5 when
neither side of a bead has a name.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import cast

from zhen_qa.aligner.lexicon import STOP_EN
from zhen_qa.aligner.scorers.anchors import NEUTRAL
from zhen_qa.aligner.scorers.base import Analysis, FeatureCosine, Scorer, feature_cosine
from zhen_qa.aligner.search import Band
from zhen_qa.manuscript.script import HAN

MAX_CHARS = 4
"""Longest run of characters one English word may transliterate."""

_CAP = re.compile(r"\b[A-Z][a-z]+(?:-[a-z]+)?\b")
_HAN_RUN = re.compile(f"[{HAN}]+")


def capitalised(text: str) -> list[str]:
    """Lower-cased capitalised words (hyphens dropped) that are not English stop words."""
    out = []
    for m in _CAP.finditer(text):
        w = m.group(0).lower().replace("-", "")
        if w not in STOP_EN:
            out.append(w)
    return out


def spelled_names(
    text: str, readings: Mapping[str, tuple[str, ...]], names: set[str], prefixes: set[str] | None = None
) -> list[str]:
    """Words of `names` that a run of 1..MAX_CHARS characters of `text` spells in pinyin.

    A single character counts only for words of at least four letters (Chen, Wang, not Er).
    `prefixes` (all prefixes of the names) may be passed in to save work over many sentences.
    """
    return _Speller(readings, names, prefixes).spelled(text)


_Step = tuple[tuple[str, ...], str | None]
"""The spellings of some characters that are prefixes of a name, and the first of them that is a name (or None)."""
_DEAD: _Step = ((), None)


class _Speller:
    """`spelled_names` for many texts with one set of names. What a character, or a pair of characters,
    spells is worked out once (most starts end there), and each distinct run of characters once."""

    def __init__(self, readings: Mapping[str, tuple[str, ...]], names: set[str], prefixes: set[str] | None) -> None:
        self.readings, self.names = readings, names
        self.prefixes = {w[:k] for w in names for k in range(1, len(w) + 1)} if prefixes is None else prefixes
        self.firsts: dict[str, _Step] = {}
        self.pairs: dict[str, _Step] = {}
        self.runs: dict[str, list[str]] = {}

    def spelled(self, text: str) -> list[str]:
        """Names spelled in `text`, run by run."""
        found: list[str] = []
        for run in _HAN_RUN.findall(text):
            hits = self.runs.get(run)
            if hits is None:
                hits = self.runs[run] = self._run(run)
            found.extend(hits)
        return found

    def _extend(self, partial: Sequence[str], ch: str) -> list[str]:
        options = self.readings.get(ch)
        if not options:
            return []
        prefixes = self.prefixes
        return [p + o for p in partial for o in options if p + o in prefixes]

    def _first(self, ch: str) -> _Step:
        step = self.firsts.get(ch)
        if step is None:  # one character spells only a name of four letters or more (Chen, Wang, not Er)
            partial = self._extend(("",), ch)
            hit = next((w for w in partial if w in self.names and len(w) >= 4), None)
            step = self.firsts[ch] = (tuple(partial), hit) if partial else _DEAD
        return step

    def _pair(self, two: str) -> _Step:
        step = self.pairs.get(two)
        if step is None:
            partial = self._extend(self._first(two[0])[0], two[1])
            hit = next((w for w in partial if w in self.names), None)
            step = self.pairs[two] = (tuple(partial), hit) if partial else _DEAD
        return step

    def _run(self, run: str) -> list[str]:
        found: list[str] = []
        n = len(run)
        firsts, pairs = self.firsts, self.pairs
        for i in range(n):
            partial, hit = firsts.get(run[i]) or self._first(run[i])
            if hit is None and partial and i + 2 <= n:
                partial, hit = pairs.get(run[i:i + 2]) or self._pair(run[i:i + 2])
                k = 3
                while hit is None and partial and k <= MAX_CHARS and i + k <= n:
                    partial = tuple(self._extend(partial, run[i + k - 1]))
                    hit = next((w for w in partial if w in self.names), None)
                    k += 1
            if hit is not None:
                found.append(hit)
        return found


def name_lists(
    zh: Sequence[str], en: Sequence[str], readings: Mapping[str, tuple[str, ...]]
) -> tuple[list[list[str]], list[list[str]]]:
    """Name features of every sentence on both sides."""
    en_caps = [capitalised(s) for s in en]
    names = {w for ws in en_caps for w in ws}
    speller = _Speller(readings, names, None)
    za = [speller.spelled(s) for s in zh] if names else [[] for _ in zh]
    used = {w for ws in za for w in ws}
    ea = [[w for w in ws if w in used] for ws in en_caps]
    return za, ea


def doc_names(doc: Analysis) -> tuple[list[list[str]], list[list[str]]]:
    """`name_lists` of a document, computed once and shared (the lexical scorers use them too)."""
    if "names" not in doc.cache:
        doc.cache["names"] = name_lists(doc.zh, doc.en, doc.lexicon.readings)
    return cast("tuple[list[list[str]], list[list[str]]]", doc.cache["names"])


class Names(Scorer):
    """Pinyin transliterations of names shared by both sides."""

    name = "names"

    def prepare(self, doc: Analysis, band: Band, max_side: int) -> FeatureCosine:
        """Find names on both sides and the band's dot products."""
        za, ea = doc_names(doc)
        return feature_cosine(za, ea, band, max_side, NEUTRAL)

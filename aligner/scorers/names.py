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

import numpy as np

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
                if hit is None and partial:
                    hit = self._longer(run, i, n, partial)
            if hit is not None:
                found.append(hit)
        return found

    def _longer(self, text: str, i: int, end: int, partial: tuple[str, ...]) -> str | None:
        """The name that text[i:i + k] spells for k = 3..MAX_CHARS (i + k <= end, the end of its run), the first
        found, given the `partial` spellings of text[i:i + 2] (prefixes of names, none of them a name)."""
        hit = None
        k = 3
        while hit is None and partial and k <= MAX_CHARS and i + k <= end:
            partial = tuple(self._extend(partial, text[i + k - 1]))
            hit = next((w for w in partial if w in self.names), None)
            k += 1
        return hit

    def spelled_all(self, texts: Sequence[str]) -> list[list[str]]:
        """`spelled` of each text, worked out for all of them at once. Every position of the (distinct) texts is
        looked up in arrays: whether its character spells a name, or starts one with the next character of its run
        (each distinct character and pair is spelled once, as `spelled` does); only the few positions where a pair
        starts a longer spelling are followed in Python (Bible 006: 13,000 of 900,000 positions)."""
        distinct = list(dict.fromkeys(texts))
        joined = "\n".join(distinct)  # a newline is in no run of characters: no run crosses from text to text
        codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)  # one code a character
        if not len(codes):
            return [[] for _ in texts]
        counts = np.bincount(codes)
        chars = np.flatnonzero(counts).tolist()
        han = np.zeros(len(counts), dtype=bool)
        han[chars] = [_HAN_RUN.fullmatch(chr(c)) is not None for c in chars]
        steps = {c: self._first(chr(c)) for c in chars if han[c]}
        names_alone = np.zeros(len(counts), dtype=bool)  # a character that spells a name by itself
        prefix = np.zeros(len(counts), dtype=bool)  # a character that only starts one
        names_alone[list(steps)] = [h is not None for _, h in steps.values()]
        prefix[list(steps)] = [bool(p) and h is None for p, h in steps.values()]
        alone = np.flatnonzero(names_alone[codes])
        hits: dict[int, str] = {f: cast(str, steps[c][1]) for f, c in zip(alone.tolist(), codes[alone].tolist())}
        in_run = han[codes]
        at = np.flatnonzero(prefix[codes[:-1]] & in_run[1:])  # a prefix, followed by a character of its run
        if len(at):
            keys = (codes[at].astype(np.uint64) << np.uint64(32)) | codes[at + 1].astype(np.uint64)
            pairs, which = np.unique(keys, return_inverse=True)
            psteps = [self._pair(chr(k >> 32) + chr(k & 0xFFFFFFFF)) for k in pairs.tolist()]
            named = np.array([h is not None for _, h in psteps])[which]
            for f, q in zip(at[named].tolist(), which[named].tolist()):
                hits[f] = cast(str, psteps[q][1])
            longer = np.array([bool(p) and h is None for p, h in psteps])[which]
            if longer.any():
                breaks = np.append(np.flatnonzero(~in_run), len(codes))  # each run ends at the next break
                ends = breaks[np.searchsorted(breaks, at[longer])]
                for f, q, end in zip(at[longer].tolist(), which[longer].tolist(), ends.tolist()):
                    hit = self._longer(joined, f, end, psteps[q][0])
                    if hit is not None:
                        hits[f] = hit
        firsts = np.cumsum([0] + [len(t) + 1 for t in distinct[:-1]])
        found: list[list[str]] = [[] for _ in distinct]
        positions = sorted(hits)
        for f, k in zip(positions, (np.searchsorted(firsts, positions, side="right") - 1).tolist()):
            found[k].append(hits[f])
        of = dict(zip(distinct, found))
        return [list(of[t]) for t in texts]


def name_lists(
    zh: Sequence[str], en: Sequence[str], readings: Mapping[str, tuple[str, ...]]
) -> tuple[list[list[str]], list[list[str]]]:
    """Name features of every sentence on both sides."""
    en_caps = [capitalised(s) for s in en]
    names = {w for ws in en_caps for w in ws}
    za = _Speller(readings, names, None).spelled_all(zh) if names else [[] for _ in zh]
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

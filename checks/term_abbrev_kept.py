"""An English abbreviation kept as it is in the Chinese of another bead, with the same neighbour (term-missing).

A Chinese abstract may name a concept only by the English abbreviation (考察 PTSD 易感性人格特质) and a freer English
one say that clause in another sentence ("Some vulnerable personality traits of PTSD ..."), which the aligner pairs
with a Chinese sentence lacking it. The English abbreviation is rendered when the file's Chinese keeps it, whole,
with a word within NEAR_ZH characters that the lexicon glosses by a content word within NEAR_EN words of the English
abbreviation: the clause is there, recast across the sentence boundary. The abbreviation kept elsewhere with
nothing of the English around it (another mention, a dropped clause) renders nothing.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from zhen_qa.aligner.lexicon import en_stems
from zhen_qa.checks.term_abbrev_built import ABBREVIATION
from zhen_qa.checks.term_hits import Hit

NEAR_ZH = 8
"""Characters either side of the abbreviation kept in the Chinese looked at for a word the English has near it."""

NEAR_EN = 4
"""Content words either side of the English abbreviation."""

LONGEST = 4
"""Longest Chinese word looked up in the lexicon."""


def kept_with_neighbour(h: Hit, zh_texts: Iterable[str], zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether the English abbreviation `h` is kept in one of the Chinese texts with a neighbour word the English
    has near it (see the module docstring)."""
    surface = h.surface
    if h.lang != "en" or not ABBREVIATION.fullmatch(surface):
        return False
    text = h.sentence.text.text
    before = en_stems(text[:h.match.start])[-NEAR_EN:]
    after = en_stems(text[h.match.end:])[:NEAR_EN]
    near = set(before + after)
    if not near:
        return False
    pattern = _whole(surface)
    for zh in zh_texts:
        for m in pattern.finditer(zh):
            around = zh[max(0, m.start() - NEAR_ZH):m.start()] + "\0" + zh[m.end():m.end() + NEAR_ZH]
            if _glossed(around, zh2en) & near:
                return True
    return False


def _glossed(text: str, zh2en: Mapping[str, tuple[str, ...]]) -> set[str]:
    """The English stems of every Chinese word of 2 to LONGEST characters the lexicon knows in the text."""
    out: set[str] = set()
    for i in range(len(text)):
        for j in range(i + 2, min(len(text), i + LONGEST) + 1):
            out.update(zh2en.get(text[i:j], ()))
    return out


@lru_cache(maxsize=1024)
def _whole(abbreviation: str) -> re.Pattern[str]:
    return re.compile(r"(?<![A-Za-z0-9])" + re.escape(abbreviation) + r"(?![A-Za-z0-9])")

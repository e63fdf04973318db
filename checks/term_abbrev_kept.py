"""An English abbreviation kept as it is in the Chinese of another bead, with the same neighbour (term-missing).

A Chinese abstract may name a concept only by the English abbreviation (考察 PTSD 易感性人格特质) and a freer English
one say that clause in another sentence ("Some vulnerable personality traits of PTSD ..."), which the aligner pairs
with a Chinese sentence lacking it. The English abbreviation is rendered when the file's Chinese keeps it, whole,
with a word within NEAR_ZH characters that the lexicon glosses by a content word within NEAR_EN words of the English
abbreviation, at that one place of the Chinese only, and the English of that Chinese sentence's own bead does not say
the clause (the abbreviation with that word near it): the clause is there, recast across the sentence boundary.
The abbreviation kept elsewhere with nothing of the English around it (another mention, a dropped clause), in a
collocation the Chinese repeats (MRI筛查 in six sentences: no one clause the English recast), in a clause its own
bead renders, or beside a slip of it in the bead (`term_missing`), renders nothing.
"""
from __future__ import annotations

import re
from collections import Counter
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


def kept_with_neighbour(h: Hit, zh_beads: Iterable[tuple[str, str]], zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether the English abbreviation `h` is kept in one of the Chinese sentences with a neighbour word the English
    has near it, that sentence's own English (`zh_beads`: each Chinese sentence and the English of its bead) not
    saying that clause already (see the module docstring)."""
    surface = h.surface
    if h.lang != "en" or not ABBREVIATION.fullmatch(surface):
        return False
    near = _near(h.sentence.text.text, h.match.start, h.match.end)
    if not near:
        return False
    pattern = _whole(surface)
    places: list[tuple[set[str], str]] = []  # each place the Chinese keeps it: the stems it shares, its bead's English
    for zh, home in zh_beads:
        for m in pattern.finditer(zh):
            around = zh[max(0, m.start() - NEAR_ZH):m.start()] + "\0" + zh[m.end():m.end() + NEAR_ZH]
            shared = substring_glosses(around, zh2en) & near
            if shared:
                places.append((shared, home))
    seen = Counter(stem for shared, _home in places for stem in shared)
    for shared, home in places:
        single = {stem for stem in shared if seen[stem] == 1}  # a recurring collocation shows no one clause
        if single and not any(single & _near(home, o.start(), o.end()) for o in pattern.finditer(home)):
            return True
    return False


def _near(text: str, start: int, end: int) -> set[str]:
    """The stems of the NEAR_EN content words either side of text[start:end]."""
    return set(en_stems(text[:start])[-NEAR_EN:] + en_stems(text[end:])[:NEAR_EN])


def substring_glosses(text: str, zh2en: Mapping[str, tuple[str, ...]]) -> set[str]:
    """The English stems of every Chinese word of 2 to LONGEST characters the lexicon knows in the text."""
    out: set[str] = set()
    for i in range(len(text)):
        for j in range(i + 2, min(len(text), i + LONGEST) + 1):
            out.update(zh2en.get(text[i:j], ()))
    return out


@lru_cache(maxsize=1024)
def _whole(abbreviation: str) -> re.Pattern[str]:
    return re.compile(r"(?<![A-Za-z0-9])" + re.escape(abbreviation) + r"(?![A-Za-z0-9])")

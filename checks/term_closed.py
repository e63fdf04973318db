"""An English closed compound said in Chinese by words the lexicon glosses with its parts: "lockdown" as 封城.

English writes some terms as one word made of two ("lockdown": lock + down; "workplace": work + place). The
CC-CEDICT lexicon glosses their Chinese by the parts (封城 "to lock down a city"), so the whole word is no gloss of
it and `checks.presence` finds nothing. A one-word English form of COMPOUND_MIN letters or more that splits into two
words the lexicon knows (PART_MIN letters or more each) is rendered where adjacent Chinese words are glossed with
both (`Evidence.has_zh_gloss`: 封城 for "lock down", the translator's word for "the city lockdown"). Only for whether
an English term has a Chinese rendering.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from zhen_qa.checks.presence import Evidence

COMPOUND_MIN = 7
"""Fewest letters of an English form split into two words (lockdown, workplace)."""
PART_MIN = 4
"""Fewest letters of each part (lock, down; not "out" or "put")."""


def parts(word: str, en2zh: Mapping[str, tuple[str, ...]]) -> list[str]:
    """The splits "first second" of a one-word English form into two words the lexicon knows, shortest first part
    first."""
    from zhen_qa.aligner.lexicon import stem

    word = word.lower()
    if len(word) < COMPOUND_MIN or not word.isalpha():
        return []
    return [f"{word[:k]} {word[k:]}" for k in range(PART_MIN, len(word) - PART_MIN + 1)
            if stem(word[:k]) in en2zh and stem(word[k:]) in en2zh]


def compound_glossed(forms: Iterable[str], evidence: Evidence, zh2en: Mapping[str, tuple[str, ...]],
                     en2zh: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether the Chinese of `evidence` has words glossed with both parts of a closed compound English form."""
    return any(evidence.has_zh_gloss(parts(f, en2zh), zh2en) for f in forms)

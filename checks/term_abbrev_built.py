"""An English abbreviation rendered by a longer one built on it, kept in the Chinese (term-missing).

Abbreviations grow by a letter or two: multidimensional CCT is "MCCT", unidimensional ones "UCCTs". A Chinese
sentence that keeps such a longer abbreviation in Latin letters (针对已有MCCT终止规则的不足) names the concept the
English names by the shorter one ("multidimensional CCT termination rules (i.e., MCCT)"), when the English sentence
writes that same longer abbreviation too: both sides then share the name the term is part of. A longer token the
English does not write, or letters that merely contain the abbreviation inside a word, render nothing.
"""
from __future__ import annotations

import re

from zhen_qa.checks.term_hits import Hit

ABBREVIATION = re.compile(r"[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*s?")
"""An abbreviation as written: two capitals or more, digits among them, a plural s."""

EXTRA = 2
"""Most letters a longer abbreviation adds to the term's (before or after it)."""

_LATIN = re.compile(r"[A-Za-z0-9]+")


def built_on(h: Hit, zh_text: str) -> bool:
    """Whether the English match `h` is an abbreviation that a longer abbreviation kept in the Chinese text holds,
    the English sentence writing that longer one too (see the module docstring)."""
    surface = h.surface
    if h.lang != "en" or not ABBREVIATION.fullmatch(surface):
        return False
    base = surface[:-1] if surface.endswith("s") else surface
    en_tokens = set(_LATIN.findall(h.sentence.text.text))
    for token in set(_LATIN.findall(zh_text)):
        core = token[:-1] if token.endswith("s") and token[:-1].isupper() else token
        if core == base or base not in core or len(core) - len(base) > EXTRA or not core.isupper():
            continue
        if token in en_tokens or core in en_tokens:
            return True
    return False

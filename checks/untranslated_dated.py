"""A dated entry the same in both languages: "China virus latest: first US case confirmed Nature news 2020-01-21".

A page pointing its reader to other pieces lists each by its title, its outlet and its date, one entry a line, no
final stop; a translation keeps such an entry as published (the piece is in English), as it keeps a reference-list
entry. A copy left untranslated is prose: a sentence ends with its stop, not with a date. An entry here is one line
of Latin text of ENTRY_MIN_WORDS words or more that ends in an ISO date (2020-01-21) and has no stop before it.
"""
from __future__ import annotations

import re

ENTRY_MIN_WORDS = 2
"""Fewest words before the date (a bare date is a number, for the number checks)."""

_DATED = re.compile(r"(?P<title>[^\n.!?。！？]+?)\s+\d{4}-\d{2}-\d{2}\s*")
_WORD = re.compile(r"[A-Za-z]{2,}")


def dated_entry(text: str) -> bool:
    """Whether a line is an entry ending in an ISO date with no stop before it (see the module docstring)."""
    m = _DATED.fullmatch(text)
    return m is not None and len(_WORD.findall(m.group("title"))) >= ENTRY_MIN_WORDS

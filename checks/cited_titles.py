"""Reading-list entries: the title of a cited work followed by its source and date, kept in the work's language.

A page's "Further Reading" lists works by title, source and publication date ("New virus surging in Asia rattles
scientists Nature news 2020-01-20"). A translation links the same English article and keeps its title as the work
is called: the same line on both sides is a citation, not English left untranslated (`untranslated-span`).
"""
from __future__ import annotations

import re

_DATED_END = re.compile(r"(?<![\d-])(?:1[89]|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\s*$")
"""An ISO date (2020-01-22) ending the line: a listed work's publication date."""
_TITLE_WORDS = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_SENTENCE_END = re.compile(r"[.!?]\s+\S")
"""A sentence that ends inside the line: prose with a date at its end, not a title."""


def dated_citation(text: str) -> bool:
    """True when `text` is a reading-list entry: words of a title, then a date ending the line, and no sentence
    ending before it."""
    m = _DATED_END.search(text)
    if m is None:
        return False
    head = text[:m.start()]
    return len(_TITLE_WORDS.findall(head)) >= 2 and _SENTENCE_END.search(head) is None

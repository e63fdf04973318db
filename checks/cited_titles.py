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


_REFERENCE_NUMBER = re.compile(r"^\s*\[\d{1,3}\]\s")
"""A reference-list entry's number opening the line (`[1] …`)."""
_PERSON = r"(?:[A-Z][a-z]+ [A-Z][a-z]+|[A-Z][a-z]+ [A-Z]{1,2})"
"""A personal name as reference lists write it: given and family name (`Yong Liu`) or family name and initials
(`Chen R`, `Hu XY`)."""
_AUTHORS = re.compile(rf"(?<![\w-]){_PERSON}(?:, {_PERSON}){{2,}}(?:,? et al\.)?"
                      rf"|(?<![\w-]){_PERSON}(?:, {_PERSON})*,? et al\.")
"""An author list: three or more names, or names then `et al.`"""


def numbered_reference(text: str) -> bool:
    """True when `text` is a numbered reference-list entry: `[n]` opening the line and an author list in it
    (`[1] Timer: …, Yong Liu, Haoran Zhang, Chenyu Li.`; `[1] Chen R, Hu X, Huang X, et al. …[J]. …, 2025`)."""
    return _REFERENCE_NUMBER.match(text) is not None and _AUTHORS.search(text) is not None


def dated_citation(text: str) -> bool:
    """True when `text` is a reading-list entry: words of a title, then a date ending the line, and no sentence
    ending before it."""
    m = _DATED_END.search(text)
    if m is None:
        return False
    head = text[:m.start()]
    return len(_TITLE_WORDS.findall(head)) >= 2 and _SENTENCE_END.search(head) is None

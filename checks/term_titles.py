"""A term inside a quoted title: 'How to Read Phylogenies' names a work, it is no use of a form.

A text pointing its reader to another work quotes that work's title ('How to Read Phylogenies', "Living with
Cancer"); the words of the title are the other work's, fixed like a reference entry's (`term_hits.NOT_REFERENCES`),
so the form of a term inside it is no choice of this writer between a term's forms. A quoted title is a span in
quotation marks, within one sentence, of TITLE_MIN_WORDS words or more, whose every word of TITLE_WORD_MIN letters
or more starts with a capital letter (title case), the term among them.
"""
from __future__ import annotations

import re

TITLE_MIN_WORDS = 2
"""Fewest words of a quoted title."""

TITLE_WORD_MIN = 5
"""Shortest word that title case must capitalise (short function words, "to", "of", "with", may stay lower case)."""

_QUOTED = re.compile(r"(?<![A-Za-z])'([^'\n]{3,120})'(?![A-Za-z])|\"([^\"\n]{3,120})\"|‘([^’\n]{3,120})’"
                     r"|“([^”\n]{3,120})”")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def in_quoted_title(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies inside a quoted title-case span (see the module docstring)."""
    for m in _QUOTED.finditer(text):
        k = next(g for g in range(1, 5) if m.group(g) is not None)
        if m.start(k) <= start and end <= m.end() and _title_case(m.group(k)):  # a match may take the quote
            return True
    return False


def _title_case(span: str) -> bool:
    words = _WORD.findall(span)
    return len(words) >= TITLE_MIN_WORDS and all(w[0].isupper() for w in words if len(w) >= TITLE_WORD_MIN)

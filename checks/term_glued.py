"""An English term glued to the word before it by PDF extraction: "Theinfectious disease" for 传染病.

Text taken from a PDF loses spaces between words ("Theinfectious disease preventioninformationsystem"); the term
is there, only the function word before it is stuck to it, and the presence check, which wants a word boundary,
does not see it. The text is read again with a space put back after a function word (`_GLUED`: the, of, and, in,
to, for, with, on, by, a, an) glued to a lower-case word of MIN_REST letters or more; a term found then is rendered.
Each glued place is split on its own, the rest of the text as written: a word that merely starts like a function
word ("another", "install") is split too, harmlessly where the rest is looked up only as a listed term, but not
where that word is the term's own ("anartificial antigen": split everywhere, it reads "an artificial an tigen").
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from zhen_qa.checks.presence import Evidence

MIN_REST = 4
"""Fewest letters after the function word for the run to be read as two words (not "of|ten")."""
_GLUED = re.compile(r"(?<![A-Za-z])(the|of|and|in|to|for|with|on|by|an|a)(?=[a-z]{" + str(MIN_REST) + "})", re.I)


def glued_in(text: str, forms: Iterable[str], case_sensitive: bool = False) -> bool:
    """Whether an English form is in the text once function words glued to the next word are split off."""
    forms = tuple(forms)
    return any(Evidence(f"{text[:m.end()]} {text[m.end():]}").has_en(forms, case_sensitive)
               for m in _GLUED.finditer(text))

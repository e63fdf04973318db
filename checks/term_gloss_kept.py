"""An English term the English glosses with its short form, written in the Chinese by that short form (term-missing,
English terms).

Documentation gives a term's short form in brackets where the term first matters, "if the pathPattern matches a
database (db)", and the Chinese page names the thing by that short form throughout (匹配到 db): the short form the
English itself pairs with the term is the Chinese's word for it, so the term is rendered. The short form must be
the bracketed word right after the term somewhere on the English page (the gloss is given once, then the short form
is the page's name for the term) and read as its abbreviation (its first letter the
term's, its other letters found in the term in order: db for database, not MySQL for database); the Chinese must
write it, as a word of its own, at least as often as the English bead says the term, beyond the places that render
the English's own uses of it outside the brackets. A Chinese that drops the term and writes no short form, or writes
it fewer times than the English says the term, still misses it.
"""
from __future__ import annotations

import re

_SHORT = r"([A-Za-z][A-Za-z0-9]{0,7})"
"""A short form: a word of up to eight letters and digits."""


def _abbreviates(short: str, term: str) -> bool:
    """Whether `short` reads as an abbreviation of `term`: the same first letter, the others in the term in order."""
    short, term = short.lower(), term.lower()
    if not short or short[0] != term[:1] or short == term:
        return False
    at = 1
    for ch in short[1:]:
        at = term.find(ch, at)
        if at < 0:
            return False
        at += 1
    return True


def gloss_kept(surface: str, zh_text: str, said: int, en_text: str, page: str) -> bool:
    """Whether the Chinese `zh_text` writes the short form the English `page` gives `surface` in brackets
    (`database (db)`) at least `said` times beyond the bead's English `en_text`'s own uses of it outside such
    brackets (see the module docstring)."""
    glossed = re.compile(rf"(?<![A-Za-z]){re.escape(surface)}\s*[(（]\s*{_SHORT}\s*[)）]", re.IGNORECASE)
    for short in dict.fromkeys(m.group(1) for m in glossed.finditer(page) if _abbreviates(m.group(1), surface)):
        alone = rf"(?<![A-Za-z0-9]){re.escape(short)}(?![A-Za-z0-9])"
        in_brackets = sum(1 for m in glossed.finditer(en_text) if m.group(1) == short)
        places = len(re.findall(alone, zh_text)) - (len(re.findall(alone, en_text)) - in_brackets)
        if places > 0 and places >= said:
            return True
    return False

"""Abbreviations the English defines for a glossary term itself: "oxytocin (OT)", then "OT" throughout.

`presence_names.defined_abbreviations` reads a definition the way glossary discovery does (`discover.abbrev`): a
full name of two words at least ("plasma cell leukemia (PCL)"), since one capitalised word before a parenthesis is
more often a name than an expansion, and in half-width parentheses only. Where the words before the parenthesis
are a term the glossary lists, the doubt is gone: "oxytocin (OT)" defines OT for oxytocin, one word or several, and
a text extracted from a PDF may close the parenthesis full width ("oxytocin (OT）"). The abbreviation must still be
spelled by the term (`discover.abbrev.spells`: OT from oxytocin, not XY), so that a parenthesis that only follows a
term ("placebo (n = 20)", "oxytocin (NCT01234567)") defines nothing.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from zhen_qa.glossary.discover.abbrev import spells
from zhen_qa.glossary.model import en_key
from zhen_qa.manuscript.lazy_re import LazyPattern

_DEFINED = LazyPattern(r"([A-Za-z][A-Za-z'-]*(?:\s+[A-Za-z][A-Za-z'-]*){0,5})\s*[(（\[]\s*"
                       r"([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)\s*[)）\];；,，]")
"""Up to six words, then an abbreviation of two capitals at least in parentheses, closed half or full width."""


def term_abbreviations(texts: Iterable[str], term_keys: Callable[[], frozenset[str]]) -> dict[str, str]:
    """ABBR -> the glossary term it abbreviates, for every "term (ABBR)" in the English texts whose last words
    before the parenthesis are a listed term (`term_keys()`: `glossary.model.en_key` of each, asked only once a
    text has a parenthesised abbreviation) spelling ABBR."""
    out: dict[str, str] = {}
    keys: frozenset[str] | None = None
    for text in texts:
        if "(" not in text and "（" not in text and "[" not in text:
            continue
        for m in _DEFINED.finditer(text):
            words, abbr = m.group(1).split(), m.group(2)
            keys = term_keys() if keys is None else keys
            letters = "".join(ch.lower() for ch in abbr if ch.isalpha())
            for k in range(1, len(words) + 1):
                name = " ".join(words[-k:])
                if en_key(name) in keys \
                        and spells([p for w in words[-k:] for p in w.split("-") if p], letters):
                    out.setdefault(abbr, name)
                    break
    return out


def with_term_abbreviations(abbrevs: dict[str, str], texts: Iterable[str],
                            term_keys: Callable[[], frozenset[str]]) -> None:
    """Add to `abbrevs` (ABBR -> full name) the abbreviations defined for listed terms (`term_abbreviations`) that
    it lacks."""
    for abbr, name in term_abbreviations(texts, term_keys).items():
        abbrevs.setdefault(abbr, name)


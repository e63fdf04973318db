"""English term matching: folded Aho-Corasick with inflections and Latin-only word boundaries.

Text and terms are folded with a length-preserving fold (case unless the concept is case-sensitive,
hyphens to spaces, curly apostrophes to ', full-width letters to ASCII), so offsets are offsets into
the original text. The last word of each term also matches its plural and possessive forms
(secretome/secretomes/secretome's, vesicle/vesicles, therapy/therapies, analysis/analyses).
A match must not continue a Latin word on either side; Chinese characters and full-width
punctuation are boundaries (Python's `\\b` would treat CJK as word characters). Overlapping
matches resolve leftmost-longest, so a deprecated term inside a longer listed term is not reported.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

import ahocorasick

from glossary.model import TermMatch, TermStatus
from glossary.normalize import fold_en

if TYPE_CHECKING:  # pragma: no cover
    from glossary.model import Glossary

_VOWELS = set("aeiou")


def _collapse(text: str) -> str:
    return " ".join(text.split())


def inflections(term: str) -> Iterator[str]:
    """The term followed by variants of its last word: plural, possessive and Latin plural forms."""
    yield term
    if "'" in term:
        yield term.replace("'", "")  # Alzheimer's disease / Alzheimers disease
    head, _sep, last = term.rpartition(" ")
    prefix = head + " " if head else ""
    if not last or not last[-1].isalpha():
        return
    low = last.lower()
    forms: list[str] = []
    if low.endswith("s"):
        forms.append(last + "'")
    else:
        if low.endswith(("x", "z", "ch", "sh")):
            forms.append(last + "es")
        elif low.endswith("y") and len(low) > 1 and low[-2] not in _VOWELS:
            forms.append(last[:-1] + "ies")
        else:
            forms.append(last + "s")
        forms.append(last + "'s")
        forms.append(forms[0] + "'")
        if low.endswith("um") and len(low) > 3:
            forms.append(last[:-2] + "a")
        if low.endswith("us") and len(low) > 3:
            forms.append(last[:-2] + "i")
    if low.endswith("is") and len(low) > 3:
        forms.append(last[:-2] + "es")
    for form in forms:
        yield prefix + form


def _is_word_char(ch: str) -> bool:
    """A character that continues a Latin word (letters and digits below the CJK blocks)."""
    return ch.isalnum() and ord(ch) < 0x2E80


class EnMatcher:
    """Finds the English terms of one glossary in text; see the module docstring for the rules."""

    def __init__(self, glossary: "Glossary") -> None:
        # folded key (a listed term or an inflected variant) -> (concept id, listed form, status)
        self._entries: dict[str, tuple[str, str, TermStatus]] = {}
        self._cased: dict[str, str] = {}  # key -> the form with its case, for case-sensitive concepts
        listed: list[tuple[str, tuple[str, str, TermStatus], bool]] = []
        for c in glossary.concepts:
            if not (c.en or c.en_admitted or c.en_deprecated):
                continue
            for term, status, _field in c.terms("en"):
                cased = " ".join(fold_en(term, lower=False).split())
                if cased:
                    listed.append((cased, (c.id, term, status), c.case_sensitive))
        entries, cased_forms = self._entries, self._cased
        for variants in (False, True):  # listed terms first: they win over another term's inflected variant
            for cased, entry, case_sensitive in listed:
                forms = inflections(cased) if variants else (cased,)
                for form in forms:
                    key = form.lower()
                    if key not in entries:
                        entries[key] = entry
                        if case_sensitive:
                            cased_forms[key] = form
        auto = ahocorasick.Automaton()
        for key in entries:
            auto.add_word(key, len(key))
        if entries:
            auto.make_automaton()
        self._auto = auto

    def __len__(self) -> int:
        return len(self._entries)

    def find(self, text: str) -> list[TermMatch]:
        """Leftmost-longest whole-word term matches in `text`, in order, non-overlapping."""
        if not self._entries or not text:
            return []
        folded = fold_en(text)
        n = len(folded)
        cands: list[tuple[int, int]] = []
        for end_incl, length in self._auto.iter(folded):
            end = end_incl + 1
            start = end - length
            if start > 0 and _is_word_char(folded[start]) and _is_word_char(folded[start - 1]):
                continue
            if end < n and _is_word_char(folded[end - 1]) and _is_word_char(folded[end]):
                continue
            cased = self._cased.get(folded[start:end])
            if cased is not None and fold_en(text[start:end], lower=False) != cased:
                continue
            cands.append((start, end))
        cands.sort(key=lambda se: (se[0], -se[1]))
        out: list[TermMatch] = []
        last_end = 0
        for start, end in cands:
            if start < last_end:
                continue
            cid, form, status = self._entries[folded[start:end]]
            out.append(TermMatch(start, end, cid, form, status))
            last_end = end
        return out

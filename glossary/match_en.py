"""English term matching: folded Aho-Corasick with inflections and Latin-only word boundaries.

Text and terms are folded with a length-preserving fold (case unless the concept is case-sensitive,
hyphens to spaces, curly apostrophes to ', full-width letters to ASCII), so offsets are offsets into
the original text; a run of spaces in the folded text ("stem  cell", "stem -\ncell") matches the one
space of a term, offsets mapped back. The last word of each term also matches its plural and possessive forms
(secretome/secretomes/secretome's, vesicle/vesicles, therapy/therapies, analysis/analyses): regular
endings are checked after a match, and only stem-changing variants are indexed.
A match must not continue a Latin word on either side; Chinese characters and full-width
punctuation are boundaries (Python's `\\b` would treat CJK as word characters). Overlapping
matches resolve leftmost-longest, so a deprecated term inside a longer listed term is not reported.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

import ahocorasick

from zhen_qa.glossary.model import TermMatch, TermStatus
from zhen_qa.glossary.normalize import fold_en

if TYPE_CHECKING:  # pragma: no cover
    from zhen_qa.glossary.model import Glossary

_VOWELS = set("aeiou")


def suffixes(last: str) -> tuple[str, ...]:
    """Endings matched after a listed word as written (plural and possessive), given its last word."""
    low = last.lower()
    if not low or not low[-1].isalpha():
        return ()
    if low.endswith("s"):
        return ("'",)
    if low.endswith(("x", "z", "ch", "sh")):
        return ("es", "es'", "'s")
    if low.endswith("y") and len(low) > 1 and low[-2] not in _VOWELS:
        return ("'s",)  # the plural changes the stem: see `irregular`
    return ("s", "'s", "s'")


def irregular(term: str) -> list[str]:
    """Variants that are not the term plus an ending: -y/-ies, -is/-es, -um/-a, -us/-i, no apostrophe, singular."""
    out: list[str] = []
    if "'" in term:
        out.append(term.replace("'", ""))  # Alzheimer's disease / Alzheimers disease
    head, _sep, last = term.rpartition(" ")
    prefix = head + " " if head else ""
    low = last.lower()
    if len(low) > 1 and low.endswith("y") and low[-2] not in _VOWELS and low[-2].isalpha():
        out += [prefix + last[:-1] + "ies", prefix + last[:-1] + "ies'"]
    if len(low) > 3 and low.endswith("is"):
        out.append(prefix + last[:-2] + "es")
    if len(low) > 3 and low.endswith("um"):
        out.append(prefix + last[:-2] + "a")
    if len(low) > 3 and low.endswith("us"):
        out.append(prefix + last[:-2] + "i")
    if len(low) > 4 and low.endswith("ies"):  # a term listed in the plural matches its singular
        out.append(prefix + last[:-3] + "y")
    elif len(low) > 4 and low.endswith("s") and not low.endswith(("ss", "us", "is", "'s")):
        out.append(prefix + last[:-1])
    return out


def inflections(term: str) -> list[str]:
    """Every form of a term that matches it: as written, with an ending, or an irregular variant."""
    out = [term]
    for form in [term] + irregular(term):
        out.extend(form + suffix for suffix in suffixes(form.rpartition(" ")[2]))
    return out + irregular(term)


def _is_word_char(ch: str) -> bool:
    """A character that continues a Latin word (letters and digits below the CJK blocks)."""
    return ch.isalnum() and ord(ch) < 0x2E80


_NOT_WORD = re.compile(r"[\W_\u2e80-\U0010ffff]")
"""Characters that are not `_is_word_char` (`\\w` is isalnum() or "_"): one regex pass marks them all."""


def word_mask(text: str) -> str:
    """`text` with every character that does not continue a Latin word replaced by a space; same length."""
    return _NOT_WORD.sub(" ", text)


class EnMatcher:
    """Finds the English terms of one glossary in text; see the module docstring for the rules."""

    def __init__(self, glossary: "Glossary") -> None:
        # folded key (a listed term or an irregular variant) -> (concept id, listed form, status)
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
        for variants in (False, True):  # listed terms first: they win over another term's variant
            for cased, entry, case_sensitive in listed:
                for form in (irregular(cased) if variants else (cased,)):
                    key = form.lower()
                    if key not in entries:
                        entries[key] = entry
                        if case_sensitive:
                            cased_forms[key] = form
        auto = ahocorasick.Automaton()
        shared: dict[tuple[str, ...], tuple[str, ...]] = {}
        for key in entries:
            ends = suffixes(key.rpartition(" ")[2])
            auto.add_word(key, (len(key), shared.setdefault(ends, ends)))
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
        if "  " not in folded:
            return self._find(text, folded)
        # "stem  cell", "stem -\ncell": runs of spaces (after folding) match the single space of a term
        keep = [k for k, ch in enumerate(folded) if ch != " " or k == 0 or folded[k - 1] != " "]
        found = self._find("".join(text[k] for k in keep), "".join(folded[k] for k in keep))
        return [m._replace(start=keep[m.start], end=keep[m.end - 1] + 1) for m in found]

    def _find(self, text: str, folded: str) -> list[TermMatch]:
        """`find` on text whose folded form has no run of spaces."""
        mask = word_mask(folded)  # mask[k] != " ": folded[k] continues a Latin word
        n = len(folded)
        cands: list[tuple[int, int, str]] = []  # (start, end, key): end includes any ending
        cased_forms = self._cased
        for end_incl, (length, endings) in self._auto.iter(folded):
            end = end_incl + 1
            start = end - length
            if start > 0 and mask[start] != " " and mask[start - 1] != " ":
                continue
            key = folded[start:end]
            if cased_forms:
                cased = cased_forms.get(key)
                if cased is not None and fold_en(text[start:end], lower=False) != cased:
                    continue
            if end >= n or mask[end - 1] == " " or mask[end] == " ":
                cands.append((start, end, key))
            for ending in endings:
                stop = end + len(ending)
                if folded.startswith(ending, end) and (stop >= n or mask[stop] == " "):
                    cands.append((start, stop, key))
        cands.sort(key=lambda se: (se[0], -se[1]))
        out: list[TermMatch] = []
        last_end = 0
        for start, end, key in cands:
            if start < last_end:
                continue
            cid, form, status = self._entries[key]
            out.append(TermMatch(start, end, cid, form, status))
            last_end = end
        return out

"""Abbreviations defined as "full name (ABBR)" and their full names written again after the definition.

A definition's full name is the fewest words just before the parenthesis whose letters spell the
abbreviation: each word (or hyphen part) starts with the next letter and may give further letters from
inside it (deoxyribonucleic acid (DNA)); stop words may sit between (quality of life (QoL)).
Once defined, the full name written again (not as another definition, nor inside one: "peritoneal
carcinomatosis (PC)" then "peritoneal carcinomatosis index (PCI)") is the other form of the term.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from zhen_qa.manuscript.lazy_re import LazyPattern

DEFINITION = re.compile(r"[(\[]\s*([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)\s*[;,)\]]")
"""An abbreviation in parentheses or square brackets (relative risk [RR]): two capitals at least (MSCs, QoL,
HbA1c), maybe followed by "; ..."."""
_WORDS = LazyPattern(r"[A-Za-z][A-Za-z0-9']*(?:-[A-Za-z0-9']+)*")
_STOP = frozenset("of and the in for to with on by a an or".split())
MAX_EXTRA = 3
"""Stop words a full name may hold besides its letter-giving words."""
_CLOSING_QUOTES = "\"'\u201d\u2019"
"""Quote marks that may close a full name before its parenthesis: an author quoting the name being defined, as
ChinaXiv's English abstracts do (the“Second Generation Mindfulness-Based Interventions"(SGMBIs))."""


def spells(parts: list[str], letters: str, inner: bool = True, *, stop: frozenset[str] = _STOP) -> bool:
    """Whether the parts spell the (lower-case) letters: each part starts with the next letter, then may give more
    from inside it when `inner`.

    Words in `stop` may give their initial or nothing (quality of life: QoL or QL).
    """
    if not parts:
        return not letters
    head, rest = parts[0].lower(), parts[1:]
    if head in stop and spells(rest, letters, inner, stop=stop):
        return True
    if not letters or head[0] != letters[0]:
        return False
    # take k letters from this part: the first is its initial, the others in order from inside it
    for k in range(min(len(letters), len(head)) if inner else 1, 0, -1):
        pos, ok = 1, True
        for ch in letters[1:k]:
            pos = head.find(ch, pos) + 1
            if pos == 0:
                ok = False
                break
        if ok and spells(rest, letters[k:], inner, stop=stop):
            return True
    return False


def full_name(before: str, abbr: str) -> tuple[int, int] | None:
    """Span in `before` of the full name that `abbr` abbreviates (it must end `before`, spaces and one closing quote
    mark aside: "“full name” (ABBR)"), or None."""
    letters = "".join(c.lower() for c in abbr if c.isalpha())
    if abbr.endswith("s") and abbr[-2:-1].isupper():
        letters = letters[:-1]  # MSCs: plural
    if len(letters) < 2:
        return None
    words = list(_WORDS.finditer(before))
    rest = before[words[-1].end():].strip() if words else ""
    if not words or (rest[1:] if rest[:1] in _CLOSING_QUOTES else rest).strip():
        return None
    for inner in (False, True):  # initials only first: idiopathic intracranial hypertension (IIH)
        for k in range(1, min(len(words), len(letters) + MAX_EXTRA) + 1):
            chosen = words[-k:]
            if chosen[0].group().lower() in _STOP:
                continue
            if sum(w.group().lower() in _STOP for w in chosen) > MAX_EXTRA:
                break
            parts = [p for w in chosen for p in w.group().split("-") if p]
            if spells(parts, letters, inner):
                return chosen[0].start(), chosen[-1].end()
    return None


def definition_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) in `text` of the full name of every abbreviation it defines as "full name (ABBR)"."""
    out: list[tuple[int, int]] = []
    if "(" not in text and "[" not in text:
        return out
    for m in DEFINITION.finditer(text):
        start = max(0, m.start() - 200)
        span = full_name(text[start:m.start()], m.group(1))
        if span is not None:
            out.append((start + span[0], start + span[1]))
    return out


def _phrase_key(text: str) -> str:
    return " ".join(text.lower().split())


_NAME_OF_BEFORE = LazyPattern(r"(?<![A-Za-z])[A-Z][a-z]+\s+of\s+(?:the\s+)?$")
"""A capitalised word and "of" before a full name: "Administration of", "University of the" (an institution)."""
_NAME_AFTER = LazyPattern(r"[ \t]+[A-Z][a-z]+")
"""A capitalised word right after a full name, in the same run of words: "... Medicine Office"."""


def in_proper_name(text: str, m: re.Match[str]) -> bool:
    """Whether a full name written in title case lies inside a longer proper name: "National Administration of
    Traditional Chinese Medicine", "Traditional Chinese Medicine Office". An institution's name is written out
    whatever abbreviation the text defines for the concept, so it is no reuse of the full name."""
    words = m.group().split()
    if not all(w[:1].isupper() for w in words if w.lower() not in _STOP):
        return False
    return bool(_NAME_OF_BEFORE.search(text, max(0, m.start() - 40), m.start()) or _NAME_AFTER.match(text, m.end()))


@dataclass
class Abbreviations:
    """Definitions seen so far in one text (full name key -> abbreviation) and a matcher of their full names."""

    defined: dict[str, str] = field(default_factory=dict)
    _pattern: re.Pattern[str] | None = None

    def reuses(self, text: str) -> list[tuple[str, int, int]]:
        """(full name key, start, end) of every defined full name in the text that is not itself a definition."""
        if self._pattern is None:
            if not self.defined:
                return []
            alts = sorted(self.defined, key=len, reverse=True)
            body = "|".join(r"\s+".join(re.escape(w) for w in a.split(" ")) for a in alts)
            self._pattern = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])(?!\s*[(（\[])", re.IGNORECASE)
        found = self._pattern.finditer(text)
        spans = definition_spans(text)  # inside another definition's full name: "peritoneal carcinomatosis index (PCI)"
        return [(_phrase_key(m.group()), m.start(), m.end()) for m in found
                if not any(a <= m.start() and m.end() <= b for a, b in spans) and not in_proper_name(text, m)]

    def define(self, text: str) -> list[tuple[str, str]]:
        """Register the definitions of a text; (full name key, abbreviation) of each new one."""
        new: list[tuple[str, str]] = []
        for m in DEFINITION.finditer(text):
            abbr = m.group(1)
            span = full_name(text[max(0, m.start() - 200):m.start()], abbr)
            if span is None:
                continue
            start = max(0, m.start() - 200)
            key = _phrase_key(text[start + span[0]:start + span[1]])
            if len(key.split(" ")) < 2 and "-" not in key:
                continue  # one word: a name, not an expansion
            if key not in self.defined:
                self.defined[key] = abbr
                self._pattern = None
                new.append((key, abbr))
        return new

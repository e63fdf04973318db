"""A Chinese term inside a variant of another concept's rendering: 隔离 in 社交隔离 = "social distancing".

A translator may write the listed rendering of an English term with one character changed, dropped or added: 社交隔离
"social isolation" for "social distancing" (listed 社交距离), 新冠状病毒 for "nCoV" (listed 新型冠状病毒). A glossary
term matched inside that word (隔离 "isolation", 冠状病毒 "coronavirus") is then a part of the other concept's
rendering, not a use of its own concept: the English of the bead names the other concept, and the Chinese word that
holds the match is within one edit of one of its listed Chinese forms (VARIANT_MIN characters or more) and longer than
the match, at least one of its characters outside the match being the listed form's too. A bead whose English does
not name that concept ("social isolation substance") leaves the inner term to be asked.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from zhen_qa.checks.presence_zh import zh_key
from zhen_qa.checks.term_hits import Hit
from zhen_qa.checks.term_near import edits
from zhen_qa.glossary.normalize import fold_zh

VARIANT_MIN = 4
"""Fewest characters of the listed form a variant stands for (社交距离): shorter forms are one edit from too much."""


def inside_variant(h: Hit, tgt_hits: Sequence[Hit], zh_forms: Callable[[str], Iterable[str]]) -> str:
    """The Chinese word holding the term `h` that writes, with one character changed, dropped or added, a listed
    form of a concept the English (`tgt_hits`) names and `h` does not (see the module docstring); or "".
    `zh_forms` gives a concept's accepted Chinese forms."""
    if h.lang != "zh":
        return ""
    own = set(h.match.concepts)
    raw = h.sentence.text.text
    text = fold_zh(raw) if len(fold_zh(raw)) == len(raw) else raw
    start, end = h.match.start, h.match.end
    for o in tgt_hits:
        if own & set(o.match.concepts):
            continue
        for key in {zh_key(f) for c in o.match.concepts for f in zh_forms(c)}:
            if len(key) < VARIANT_MIN:
                continue
            word = _variant_around(text, start, end, key)
            if word:
                return word
    return ""


def _variant_around(text: str, start: int, end: int, key: str) -> str:
    """A span of `text` holding [start, end) and more, within one edit of `key` but not `key`, sharing with it a
    character outside the span; or ""."""
    for size in (len(key) - 1, len(key), len(key) + 1):
        for s in range(max(0, end - size), start + 1):
            word = text[s:s + size]
            if len(word) != size or s + size < end or size <= end - start or word == key:
                continue
            outside = word[:start - s] + word[end - s:]
            if edits(word, key, 1) == 1 and any(ch in key for ch in outside):
                return word
    return ""

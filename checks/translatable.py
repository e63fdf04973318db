"""Whether a source segment of a CAT file has anything to translate.

A software string is often nothing but what the program fills in or a name the code uses: format placeholders
(%1$@, %d, {0}), identifiers written in CamelCase or with digits (SmallStatusWidget, BatteryIssue17, <userId>, log2)
and single letters (constants: g, h, k; Z₀). A target-less unit holding only these is left as it is on purpose; one
with a single word to translate ("OK", "Bolus", "%1$@ ago", "<body>") is not. Unit symbols (mm, km/h, U) and proper
names (Dexcom, Humalog) are words to this test: Chinese software writes many units in Chinese (毫米, 千米/小时), and
telling a brand from an ordinary word needs a dictionary.

The file itself tells the names its translator keeps: a name written in mixed case that the dictionary does not
know (a brand: Dexcom, Nightscout, Humalog; a symbol written so: dB) and that the file's Chinese targets write as it
is, inside Chinese text (连接 Dexcom G6 发射器), is left in Latin on purpose, so a target-less unit of such names only
is not untranslated either (`kept_words`, `kept_as_written`). Still words to translate: a name the targets render in
Chinese or never write, a dictionary word even when capitalised or used as a name (Loop, Bluetooth, Apostrophe:
CC-CEDICT glosses it, so Chinese has a word for it), an acronym (SUV, PS: Chinese spells many out) and a lower-case
unit (km/h, mg: Chinese software writes many units in Chinese).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from zhen_qa.aligner.lexicon import en_stems, load_lexicon
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN_RUN_RE

_PLACEHOLDER = LazyPattern(r"%(?:\d+\$)?[-+ #0]*\d*(?:\.\d+)?(?:@|ll[dux]|l[dux]|[diuxXoOfFeEgGcCsSpaA%])"
                           r"|\{[^{}\s]*\}|\$\{[^{}]*\}")
"""printf and Objective-C formats (%1$@, %d, %.1f), .NET/Python/ICU slots ({0}, {name}) and ${...}."""

_TOKEN = re.compile(r"[^\W\d_][\w']*|\d\w*", re.UNICODE)

_CAMEL = re.compile(r"[a-z]{2}[A-Z]|[A-Z][a-z]+[A-Z]")
"""A capital inside a word after two lower-case letters or a capitalised part (RileyLink, oneNotUsed, LoopUI): an
identifier. Not kW or dB, units written so."""


_MARKS = re.compile("[\u2080-\u209f\u1d00-\u1dbf\u2070-\u207f]")
"""Subscripts, superscripts and small capitals: part of a symbol's name (mₑ, Nᴀ, c₀), not letters of a word."""


def nothing_to_translate(text: str) -> bool:
    """True when every token of `text` outside placeholders is an identifier, a single letter or holds a digit:
    nothing a translator would render."""
    rest = _MARKS.sub("", _PLACEHOLDER.sub(" ", text))
    return all(len(token) == 1 or any(c.isdigit() for c in token) or _CAMEL.search(token)
               for token in _TOKEN.findall(rest))


_LATIN_WORD = LazyPattern(r"(?<![A-Za-z'])[A-Za-z][A-Za-z']*(?![A-Za-z'])")
"""A word of Latin letters, whatever touches it (Han glued to a name: 连接Dexcom发射器)."""


def _unknown_name(word: str) -> bool:
    """A word written in mixed case (Dexcom, dB; not SUV, not hour) whose stems the dictionary does not gloss: a name
    or symbol, not an English word Chinese has a word for (Loop, Bluetooth)."""
    if word.isupper() or word.islower():
        return False
    stems = en_stems(word)
    table = load_lexicon().en2zh
    return bool(stems) and not any(stem in table for stem in stems)


def kept_words(chinese: Iterable[str]) -> frozenset[str]:
    """The names (`_unknown_name`, as written) that Chinese texts holding Han write inside them: the names the file's
    translator leaves in Latin. A text without Han (a target copied from its source) is no evidence: copying the
    source is what an untranslated unit looks like."""
    found: set[str] = set()
    for text in chinese:
        if HAN_RUN_RE.search(text):
            found.update(_LATIN_WORD.findall(text))
    return frozenset(w for w in found if _unknown_name(w))


def kept_as_written(text: str, kept: frozenset[str]) -> bool:
    """True when `text` has a word and every token of it outside placeholders is either nothing to render (as
    `nothing_to_translate` reads it) or a name of `kept` (`kept_words` of the same file's Chinese)."""
    rest = _MARKS.sub("", _PLACEHOLDER.sub(" ", text))
    words = [t for t in _TOKEN.findall(rest) if not (len(t) == 1 or any(c.isdigit() for c in t) or _CAMEL.search(t))]
    return bool(words) and all(w in kept for w in words)

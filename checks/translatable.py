"""Whether a source segment of a CAT file has anything to translate.

A software string is often nothing but what the program fills in or a name the code uses: format placeholders
(%1$@, %d, {0}), identifiers written in CamelCase or with digits (SmallStatusWidget, BatteryIssue17, <userId>, log2),
single letters (constants: g, h, k; Z₀) and a function's worked example (Re (2-5i) = 2: `_EQUATION`). A target-less
unit holding only these is left as it is on purpose; one with a single word to translate ("OK", "Bolus", "%1$@ ago",
"<body>") is not. Unit symbols (mm, km/h, U) and proper names (Dexcom, Humalog) are words to this test: Chinese
software writes many units in Chinese (毫米, 千米/小时), and telling a brand from an ordinary word needs a dictionary.
"""
from __future__ import annotations

import re

from zhen_qa.manuscript.lazy_re import LazyPattern

_PLACEHOLDER = LazyPattern(r"%(?:\d+\$)?[-+ #0]*\d*(?:\.\d+)?(?:@|ll[dux]|l[dux]|[diuxXoOfFeEgGcCsSpaA%])"
                           r"|\{[^{}\s]*\}|\$\{[^{}]*\}")
"""printf and Objective-C formats (%1$@, %d, %.1f), .NET/Python/ICU slots ({0}, {name}) and ${...}."""

_TOKEN = re.compile(r"[^\W\d_][\w']*|\d\w*", re.UNICODE)

_CAMEL = re.compile(r"[a-z]{2}[A-Z]|[A-Z][a-z]+[A-Z]")
"""A capital inside a word after two lower-case letters or a capitalised part (RileyLink, oneNotUsed, LoopUI): an
identifier. Not kW or dB, units written so."""


_TERM = r"[-+−]?\d+(?:\.\d+)?[a-z]?"
_EXPRESSION = rf"{_TERM}(?:\s*[-+−*/×÷^]\s*{_TERM})*"
_EQUATION = re.compile(rf"\A\s*[^\W\d_]\w*\s?\(\s*{_EXPRESSION}(?:\s*[;,]\s*{_EXPRESSION})*\s*\)"
                       rf"\s*=\s*{_EXPRESSION}\s*\Z")
"""A worked example of a function: its name applied to numbers, an equals sign and the result (Re (2-5i) = 2,
log (32;2) = 5): an input the program reads and its output, copied as written. A number may carry one letter
(5i, 2e). Not a label with a count (Retry (3)): that has no result."""

_MARKS = re.compile("[\u2080-\u209f\u1d00-\u1dbf\u2070-\u207f]")
"""Subscripts, superscripts and small capitals: part of a symbol's name (mₑ, Nᴀ, c₀), not letters of a word."""


def nothing_to_translate(text: str) -> bool:
    """True when `text` is a function's worked example (`_EQUATION`) or every token of it outside placeholders is an
    identifier, a single letter or holds a digit: nothing a translator would render."""
    if _EQUATION.match(text):
        return True
    rest = _MARKS.sub("", _PLACEHOLDER.sub(" ", text))
    return all(len(token) == 1 or any(c.isdigit() for c in token) or _CAMEL.search(token)
               for token in _TOKEN.findall(rest))


_NAMED_ONLY = LazyPattern(r"\S*[/\\]\S*|\w+(?:\.\w+)+|<[\w-]+>|\b\d+-[^\W\d_]+")
"""What names a thing in a message without being a word to render: a path (../data, C:\\tools), a file name
(config.json), a usage line's slot (<port>) and a number joined to its word (64-bit: a token with a digit)."""
_PREFIX_MIN, _REST_MIN = 2, 3
"""The shortest parts a word is split into when testing whether it is made of dictionary words (un+pair,
auto+fill, re+sync; not u+nix or un+ix)."""


def kept_name(text: str) -> bool:
    """True when `text` holds a name and nothing else to render: every token outside placeholders, paths and file
    names is nothing to translate (`nothing_to_translate`'s tokens: a letter, a token with a digit, an identifier)
    or a word the lexicon neither glosses nor splits into two glossed words (Unix, Autosar, ANSI; not Windows,
    Bluetooth, Unpair = un+pair, Autofill = auto+fill, Resync = re+sync, Open Settings). Capitals prove nothing:
    a program's labels are capitalised by convention. What a Qt message marked finished with an empty
    translation may keep (Qt shows its source): a name, not a label left in English."""
    rest = _NAMED_ONLY.sub(" ", _MARKS.sub("", _PLACEHOLDER.sub(" ", text)))
    words = [t for t in _TOKEN.findall(rest) if not (len(t) == 1 or any(c.isdigit() for c in t) or _CAMEL.search(t))]
    return not any(_dictionary_word(w) for w in words)


def _dictionary_word(word: str) -> bool:
    """The lexicon glosses the word's stems, or the word is two glossed words written as one (un+pair)."""
    from zhen_qa.aligner.lexicon import en_stems, load_lexicon  # loaded already where the document was aligned

    table = load_lexicon().en2zh
    lower = word.lower()
    if any(stem in table for stem in en_stems(lower)):
        return True
    return any(all(any(stem in table for stem in en_stems(part)) for part in (lower[:k], lower[k:]))
               for k in range(_PREFIX_MIN, len(lower) - _REST_MIN + 1))

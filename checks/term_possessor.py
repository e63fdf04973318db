"""A Chinese term as the possessor of a noun that the English says with a possessive pronoun (term-missing).

Chinese repeats a noun where English refers back to it: 有必要深入研究奶牛葡萄糖的营养与生理功能 ("glucose's
nutritional and physiological functions") is "it is necessary to study its physiological functions", glucose named in
the sentence before. The English sentence has no "glucose", and nothing is missing: "its" is glucose.

`possessor_referred` holds when all of these do:

- the Chinese term is a possessor: 的 follows it;
- the English of the bead has a possessive pronoun (its, their) before, within POSSESSED_REACH words, a word the
  lexicon gives as a gloss of a word of the Chinese possessed phrase (功能: "functions"): the same X的Y said as its Y;
- the English names the concept in a bead before (`Discourse.named_before`): there is something for "its" to refer to.

A term the English replaces by another noun (its own "substance") or leaves out with no possessive there keeps the
finding, and so does a term the English never named before.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from zhen_qa.checks.term_hits import Hit
from zhen_qa.checks.term_implied import Discourse
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN_RUN_RE

POSSESSED_REACH = 4
"""Words after the possessive pronoun within which the possessed noun stands ("its nutritional and physiological
functions")."""
POSSESSED_CHARS = 12
"""Han characters after 的 read as the possessed phrase (营养与生理功能)."""

_POSSESSIVE = LazyPattern(r"(?<![A-Za-z])(?:its|their)\s+((?:[A-Za-z][A-Za-z-]*\s+){0,"
                          + str(POSSESSED_REACH - 1) + r"}[A-Za-z][A-Za-z-]*)", re.I)
_WORD = re.compile(r"[A-Za-z]+")


def _possessed_glosses(zh: str, zh2en: Mapping[str, tuple[str, ...]]) -> set[str]:
    """The lexicon's English stems of the words (2-4 Han characters) of a Chinese possessed phrase."""
    run = HAN_RUN_RE.match(zh)
    text = run.group()[:POSSESSED_CHARS] if run else ""
    out: set[str] = set()
    for i in range(len(text) - 1):
        for size in (2, 3, 4):
            out.update(zh2en.get(text[i:i + size], ()))
    return out


def possessor_referred(h: Hit, en_text: str, discourse: Discourse, zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether Chinese term `h` possesses a noun the English of its bead (`en_text`) says with "its" or "their",
    the concept named in the English before (see the module docstring)."""
    from zhen_qa.aligner.lexicon import stem

    text = h.sentence.text.text
    if h.lang != "zh" or not text.startswith("的", h.match.end):
        return False
    glosses = _possessed_glosses(text[h.match.end + 1:], zh2en)
    if not glosses:
        return False
    said = any(stem(w) in glosses for m in _POSSESSIVE.finditer(en_text) for w in _WORD.findall(m.group(1)))
    return said and discourse.named_before(set(h.match.concepts), h.sentence, "en")

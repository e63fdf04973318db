"""A Chinese term that modifies a head noun the English keeps alone, the compound named on both sides just before
(term-missing).

Chinese repeats a compound where English refers back to it by its head: after 英国……的结核病项目 = "U.K. …
tuberculosis programs", 评估结核病项目的效果 is "the evaluation of a program's effectiveness". The English has no
"tuberculosis", and nothing is missing: "a program" is the tuberculosis program just named.

`head_kept` holds when all of these do:

- the Chinese term is a modifier: two Han characters follow it (项目), no particle (的) between;
- a Chinese sentence before it, within `REACH`, writes the same compound (结核病项目), and the English of that
  sentence's bead writes one of the term's English forms right before a word (tuberculosis programs): the head
  the file itself gives the compound in English ("program");
- the English of the bead has that head right after a determiner, a demonstrative or a possessive pronoun (a, the,
  this, such, its …: a reference form, `_REFERENCE`), and no preposition after it (its complement may say what
  the term said: "the program for substance").

A term replaced by another word keeps the finding ("the substance program": a content word before the head), and
so does a head the file never paired with the term before.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from zhen_qa.aligner.lexicon import STOP_EN, stem
from zhen_qa.checks.term_hits import Hit
from zhen_qa.manuscript.script import is_han

REACH = 5
"""Chinese sentences before the term's within which the compound must have been named (about a paragraph)."""

_REFERENCE = frozenset({"a", "an", "the", "this", "that", "these", "those", "such", "its", "their", "each", "every",
                        "same"})
"""Determiners, demonstratives and possessive pronouns: the words before a noun that point to it, not describe it.
The indefinite and distributive ones are admitted too: English names the kind just discussed generically ("a
program's effectiveness" after "tuberculosis programs"); the compound named on both sides before is the reference."""
_PREPOSITIONS = frozenset({"about", "across", "after", "against", "among", "at", "before", "between", "by", "during",
                           "for", "from", "in", "into", "of", "on", "over", "through", "to", "toward", "towards",
                           "under", "with", "within", "without"})
"""Prepositions: a complement after the head may hold what the term said."""
_PARTICLES = "的之和与及或"
"""Characters that start no head noun: a particle or a conjunction after the term."""
_TOKEN = re.compile(r"[A-Za-z]+(?:'s)?")


def head_kept(h: Hit, en_text: str, en_forms: Sequence[str], beads: Sequence[tuple[str, str]], index: int) -> bool:
    """Whether Chinese term `h` modifies a head noun that the English of its bead (`en_text`) keeps after a
    reference form, the compound named on both sides within `REACH` sentences before (see the module docstring).
    `beads` are the file's Chinese sentences in order, each with the English of its bead, `index` the position of
    the term's sentence among them; `en_forms` the term's English forms."""
    text = h.sentence.text.text
    pair = text[h.match.end:h.match.end + 2]
    if h.lang != "zh" or len(pair) < 2 or not (is_han(pair[0]) and is_han(pair[1])) or pair[0] in _PARTICLES:
        return False
    compound = h.surface + pair
    heads = {head for zh, en in beads[max(0, index - REACH):index] if compound in zh for head in _heads(en, en_forms)}
    return bool(heads) and _referred(en_text, heads)


def _heads(en: str, en_forms: Sequence[str]) -> set[str]:
    """The stems of the content words right after one of the term's English forms (plural too) in `en`."""
    out: set[str] = set()
    for form in en_forms:
        if not form.strip():
            continue
        pattern = r"(?<![A-Za-z])" + re.escape(form) + r"(?:e?s)?\s+([A-Za-z]+)"
        for m in re.finditer(pattern, en, re.IGNORECASE):
            word = m.group(1).lower()
            if word not in STOP_EN and word not in _PREPOSITIONS and len(word) > 2:
                out.add(stem(word))
    return out


def _referred(en: str, heads: set[str]) -> bool:
    """Whether `en` has one of the `heads` right after a reference form, with no preposition after it."""
    tokens = [t.lower() for t in _TOKEN.findall(en)]
    for i in range(1, len(tokens)):
        word = tokens[i].removesuffix("'s")
        if stem(word) in heads and tokens[i - 1] in _REFERENCE \
                and (i + 1 == len(tokens) or tokens[i + 1] not in _PREPOSITIONS):
            return True
    return False

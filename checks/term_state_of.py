"""A "state of N" term said by its N under the Chinese modifier's word: 国家紧急状态 = "a national emergency".

Some English terms wrap their content noun in a light noun, "state of emergency", "state of shock"; English drops
the wrapper once a modifier stands before the content noun ("a national emergency", the National Emergencies Act),
and the Chinese keeps its term whole under its modifier (国家紧急状态). The term is rendered where

- an English form of the concept is LIGHT "of" N (state of emergency, condition of ...);
- a word the lexicon knows ends right before the Chinese term (国家, 的 skipped), and the English has N (singular or
  plural) right after a word that word glosses (national: 国家 "nation"): the modifier said, then the content noun.
A term replaced by another word is still missing: "national substance" has no emergency.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from zhen_qa.checks.term_hits import Hit
from zhen_qa.checks.zh_words import WORD_SIZES
from zhen_qa.glossary.normalize import fold_en

LIGHT = ("state", "condition", "status")
"""Light nouns that wrap a term's content noun ("state of emergency")."""
_FORM = re.compile(rf"(?:{'|'.join(LIGHT)})\s+of\s+([a-z]+)")
GLOSS_MIN = 5
"""Fewest letters of a gloss stem that may begin the English modifier (nation: national)."""


def state_said(h: Hit, en_forms: Iterable[str], text: str, zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether the English `text` says the content noun of a "state of N" form of the Chinese term `h` right after
    the gloss of the Chinese word before the term (see the module docstring)."""
    from zhen_qa.aligner.lexicon import stem

    nouns = [m.group(1) for f in en_forms if (m := _FORM.fullmatch(fold_en(f, lower=True)))]
    if not nouns or h.lang != "zh":
        return False
    before = h.sentence.text.text[:h.match.start].rstrip("的 ")
    glosses = next((g for n in WORD_SIZES if len(before) >= n and (g := zh2en.get(before[-n:], ()))), ())
    if not glosses:
        return False
    for noun in nouns:
        base = noun[:-1] if noun.endswith("y") else noun
        for m in re.finditer(rf"(?<![A-Za-z])([A-Za-z]+)[\s-]+{re.escape(base)}(?:y|ies|s)?(?![A-Za-z])", text, re.I):
            word = m.group(1).lower()
            s = stem(word)
            if any(g in (word, s) or len(g) >= GLOSS_MIN and word.startswith(g) for g in glosses):
                return True
    return False

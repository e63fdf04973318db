"""A therapy said in Chinese by the act of applying it: 照射 "irradiate" for "radiation therapy".

English names a treatment by what it applies and "therapy" ("radiation therapy"); Chinese often names the act of
applying it alone (外照射 "external irradiation" for "external-beam radiation therapy", 每日两次照射 "twice-daily
radiation therapy"). The English term is then rendered where
- the English says the therapy's name itself (a form whose last word is "therapy"; a bare "radiation" has no
  therapy to leave out), and its first word, APPLIED_MIN letters or more, says what is applied;
- the Chinese has a word of the lexicon (two to four Han characters) glossed by the act of applying that to
  something: English in- "onto", assimilated before r, m, l (irradiate: radiate onto), before a stem that names
  the first word (GLOSS_MIN letters or more). A word glossed by the first word itself names the thing applied, not
  the treatment (辐射 "radiation" in general, exposure: a real mistranslation of the treatment), and the listed
  forms are `checks.presence`'s.
Another word in the therapy's place (the applying said of something else) still leaves it missing.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from zhen_qa.aligner.lexicon import one_begins_other
from zhen_qa.checks.presence_zh import han_word
from zhen_qa.checks.zh_words import WORD_SIZES
from zhen_qa.glossary.normalize import fold_en

APPLIED_MIN = 6
"""Fewest letters of the first word of a therapy's name that says what it applies (radiation, hormone, oxygen)."""
GLOSS_MIN = 4
"""Fewest letters of a lexicon gloss stem that names that word (radiat)."""
_THERAPY = "therapy"
_ASSIMILATED = ("ir", "im", "il")
"""Latin in- "onto, into" as written before r, m, l (irradiate, immerse, illuminate)."""


def applied_said(en_forms: Iterable[str], text: str, zh2en: Mapping[str, tuple[str, ...]]) -> str:
    """The word of a Chinese text that says the act of applying what an English "X therapy" form (the term as the
    English writes it) names (see the module docstring), or ""."""
    from zhen_qa.aligner.lexicon import stem

    applied: set[str] = set()
    for form in en_forms:
        words = fold_en(form, lower=True).split()
        if len(words) >= 2 and words[-1] == _THERAPY and words[0].isalpha() and len(words[0]) >= APPLIED_MIN:
            applied.add(stem(words[0]))
    if not applied:
        return ""
    for run in han_word().findall(text):
        for n in WORD_SIZES:
            for i in range(len(run) - n + 1):
                word: str = run[i:i + n]
                if any(_names(g, a) for g in zh2en.get(word, ()) for a in applied):
                    return word
    return ""


def _names(gloss: str, word: str) -> bool:
    """A gloss stem is an assimilated in- before a stem that names a word's stem: one begins the other, GLOSS_MIN
    letters or more (irradiat: radiation)."""
    for p in _ASSIMILATED:
        if gloss.startswith(p):
            if one_begins_other(gloss[len(p):], word, GLOSS_MIN):
                return True
    return False

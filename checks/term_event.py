"""An English term naming an event that the Chinese names by its date and its disease: the event noun left implied.

English names an outbreak by its year, its disease and an event noun ("the 2009 H1N1 flu pandemic", "the 2019–20
coronavirus pandemic"); Chinese often names it by the year and the disease alone (2009年H1N1流感期间, 2020 冠状病毒在
新加坡的传染): the dated disease is the event, and a reader recovers the pandemic from it. An English term right
after a year and one to NAME_MAX words is said so where the Chinese has the same year with, right after it, a
rendering of each of those words: the word itself (H1N1), or a Han word the CC-CEDICT lexicon glosses with it (流感:
flu; 冠状病毒: coronavirus). English terms only: the English keeps the event noun by its own norms; a Chinese event
noun the English drops after a dated name ("the 2009 H1N1 flu" for 2009年H1N1流感大流行) may be the term replaced, and
is reported.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from zhen_qa.checks.term_hits import Hit
from zhen_qa.manuscript.script import HAN

NAME_MAX = 3
"""Most words of the disease name between the year and the term ("H1N1 flu")."""
SPAN = 12
"""Characters after the Chinese year within which the disease name must be rendered (2009年H1N1流感)."""
_EN_DATED = re.compile(r"(?<![\w.])((?:1[6-9]|20)\d\d)(?:\s*[–—-]\s*\d{2,4})?\s+((?:[A-Za-z][\w-]*\s+){1,"
                       + str(NAME_MAX) + "})$")
_ZH_AFTER_YEAR = r"(?:\s*[–—-]\s*\d{2,4})?\s*年?\s*"
_HAN_RUN = re.compile(f"[{HAN}]+")


def dated_event(h: Hit, tgt_text: str, zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether an English term right after a year and a disease name ("2009 H1N1 flu pandemic") is left implied by
    a Chinese text (`tgt_text`, unmasked) naming the same year and, right after it, that name (2009年H1N1流感)."""
    if h.lang != "en":
        return False
    m = _EN_DATED.search(h.sentence.text.text, 0, h.match.start)
    if m is None:
        return False
    year, words = m.group(1), m.group(2).split()
    for z in re.finditer(rf"(?<!\d){year}(?!\d)" + _ZH_AFTER_YEAR, tgt_text):
        span = tgt_text[z.end():z.end() + SPAN]
        if all(_rendered(w, span, zh2en) for w in words):
            return True
    return False


def _rendered(word: str, span: str, zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether an English word is in the Chinese span as itself (H1N1) or as a Han word the lexicon glosses with it."""
    from zhen_qa.aligner.lexicon import stem

    if re.search(rf"(?<![A-Za-z0-9]){re.escape(word)}(?![A-Za-z0-9])", span, re.I):
        return True
    s = stem(word.lower())
    for run in _HAN_RUN.findall(span):
        for i in range(len(run)):
            for n in range(2, 5):
                if i + n <= len(run) and s in zh2en.get(run[i:i + n], ()):
                    return True
    return False

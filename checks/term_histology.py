"""A cancer named by its histology, the organ left to the context: 小细胞肺癌 = "small cell carcinoma".

A summary about one cancer names a type of it by histology alone ("Intracranial metastases from small cell carcinoma"
in a lung cancer summary); the Chinese names the histology and the organ (小细胞肺癌). The English says the
Chinese term's head and its modifier, leaving out the organ as English leaves out what the context gives. It is a
rendering only where
- the Chinese term is a cancer (`_ZH_CANCER`: its Chinese form ends in 癌) with a Chinese modifier right before it,
  in the same run of Han characters, and
- the English has "carcinoma" or "cancer" right after HISTOLOGY_WORDS words or more that are lexicon glosses of that
  modifier's words (`modifiers`: 小 "small", 细胞 "cell"): "small cell carcinoma".
The term replaced by another word ("small cell substance") or another cancer ("small cell lung cancer" is matched,
and so rendered) is decided elsewhere; the organ said otherwise ("small cell carcinoma of the breast") stays to ask
only where it is a glossary term.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from zhen_qa.checks.term_hits import Hit
from zhen_qa.glossary.model import Concept
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import is_han

HISTOLOGY_WORDS = 2
"""Glossed words right before the English head that make it the histology named ("small cell"): one word is too
often the sentence's own ("advanced", "early")."""
_ZH_CANCER = "癌"
_EN_CANCER = LazyPattern(r"((?:[A-Za-z]+[\s-]+){1,3})(?:carcinomas?|cancers?)(?![A-Za-z])", re.I)
"""Up to three words, then the head of an English cancer name."""


MODIFIER_REACH = 3
"""Han characters before the term within which a word may be its modifier (小细胞 of 小细胞肺癌)."""


def modifiers(h: Hit, zh2en: Mapping[str, tuple[str, ...]]) -> set[str]:
    """The lexicon glosses (English stems) of the Chinese words within MODIFIER_REACH Han characters before the
    term, in one run of Han characters with it."""
    sentence = h.sentence.text.text
    left = h.match.start
    while left > max(0, h.match.start - MODIFIER_REACH) and is_han(sentence[left - 1]):
        left -= 1
    out: set[str] = set()
    for i in range(left, h.match.start):
        for j in range(i + 1, h.match.start + 1):
            out.update(zh2en.get(sentence[i:j], ()))
    return out


def histology_said(h: Hit, concepts: list[Concept], en_text: str, zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether a Chinese cancer term is said in the English by its histology alone (see the module docstring)."""
    if h.lang != "zh" or not any(f.endswith(_ZH_CANCER) for c in concepts for f in c.accepted("zh")):
        return False
    glosses = modifiers(h, zh2en)
    if not glosses:
        return False
    from zhen_qa.aligner.lexicon import stem

    for m in _EN_CANCER.finditer(en_text):
        words = re.split(r"[\s-]+", m.group(1).strip())
        said = 0
        for w in reversed(words):
            if stem(w.lower()) not in glosses:
                break
            said += 1
        if said >= HISTOLOGY_WORDS:
            return True
    return False

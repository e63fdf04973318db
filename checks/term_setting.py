"""A treatment said by its setting and a generic noun: 全身化疗 = "systemic therapy", 二线化疗 = "second-line regimens".

Clinical English names a treatment by when or how it is given once the kind of treatment is plain from the context
("fluoropyrimidines were available for systemic therapy", "patients requiring second-line regimens"); the Chinese
names the kind again (全身化疗药物, 二线化疗). The translation is faithful. It is a rendering only where

- the Chinese term is a treatment (an English form ending in "therapy": chemotherapy, radiation therapy), with a
  setting word (`SETTINGS`: 全身, 一线, 二线, 辅助, 新辅助, 术后, 同步, 诱导, 维持, ...) right before it or
  opening it (辅助化疗 "adjuvant chemotherapy");
- the English has that setting's adjective right before a generic treatment noun (`_GENERIC`: therapy, treatment,
  regimen, each maybe plural): "systemic therapy", "second-line regimens", "adjuvant treatment".

The term replaced by another word ("systemic substance") or the setting alone ("systemic disease") is no rendering,
and the finding stays.
"""
from __future__ import annotations

import re

from zhen_qa.checks.term_hits import Hit
from zhen_qa.glossary.model import Concept
from zhen_qa.manuscript.lazy_re import LazyPattern

SETTINGS: dict[str, tuple[str, ...]] = {
    "全身": ("systemic",),
    "一线": ("first-line", "first line", "front-line", "frontline"),
    "二线": ("second-line", "second line"),
    "三线": ("third-line", "third line"),
    "新辅助": ("neoadjuvant", "neo-adjuvant", "preoperative"),
    "辅助": ("adjuvant", "postoperative"),
    "术前": ("preoperative", "neoadjuvant"),
    "术后": ("postoperative", "adjuvant"),
    "同步": ("concurrent", "concomitant"),
    "诱导": ("induction",),
    "巩固": ("consolidation",),
    "维持": ("maintenance",),
    "挽救": ("salvage",),
    "姑息": ("palliative",),
}
"""The setting words of Chinese treatment names and the English adjectives that say them."""

_TREATMENT = re.compile(r"therapy$", re.I)
_GENERIC = r"\s+(?:therap(?:y|ies)|treatments?|regimens?)(?![A-Za-z])"
_SETTING_ZH = LazyPattern("(" + "|".join(sorted(SETTINGS, key=len, reverse=True)) + ")")


def setting_said(h: Hit, concepts: list[Concept], en_text: str) -> bool:
    """Whether a Chinese treatment term (`h`) is said in the English by its setting and a generic noun (see the
    module docstring)."""
    if h.lang != "zh" or not any(_TREATMENT.search(f) for c in concepts for f in c.accepted("en")):
        return False
    sentence = h.sentence.text.text
    before = sentence[max(0, h.match.start - 3):h.match.start]
    settings = [k for k in SETTINGS if before.endswith(k)]
    opening = _SETTING_ZH.match(h.surface)
    if opening:
        settings.append(opening.group(1))
    for k in settings:
        for adjective in SETTINGS[k]:
            words = r"[\s-]+".join(map(re.escape, re.split(r"[\s-]+", adjective)))
            if re.search(r"(?<![A-Za-z-])" + words + _GENERIC, en_text, re.I):
                return True
    return False

"""A treatment said by its setting and a generic noun: 全身化疗 = "systemic therapy", 二线化疗 = "second-line regimens".

Clinical English names a treatment by when or how it is given once the kind of treatment is plain from the context
("fluoropyrimidines were available for systemic therapy", "patients requiring second-line regimens"); the Chinese
names the kind again (全身化疗药物, 二线化疗). The translation is faithful. It is a rendering only where

- the Chinese term is a treatment (an English form ending in "therapy": chemotherapy, radiation therapy), with a
  setting word (`SETTINGS`: 全身, 一线, 二线, 辅助, 新辅助, 术后, 同步, 诱导, 维持, ...) right before it or
  opening it (辅助化疗 "adjuvant chemotherapy"); a longer setting word that straddles the term's start is the
  setting instead of the one opening it (新 + 辅助化疗: 新辅助, neoadjuvant, a treatment before surgery where 辅助 is
  one after it, `_setting_words`);
- the English has that setting's adjective right before a generic treatment noun (`_GENERIC`: therapy, treatment,
  regimen, each maybe plural: "systemic therapy", "second-line regimens", "adjuvant treatment") or the term's own
  treatment noun, its English form without the setting adjective that opens it (`_own_nouns`: "preoperative
  chemotherapy" for 新辅助化疗 whose glossary term is 辅助化疗 "adjuvant chemotherapy").

The term replaced by another word ("systemic substance", "neoadjuvant radiotherapy"), the setting alone ("systemic
disease") or another setting ("postoperative therapy" for 新辅助化疗) is no rendering, and the finding stays.
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


def _setting_words(h: Hit) -> list[str]:
    """The setting words of a Chinese treatment match: the longest one right before it (新辅助 before 化疗, not its
    end 辅助), and the one opening it, or instead of that one the longest setting word that straddles the match's
    start (新 before 辅助化疗: 新辅助)."""
    sentence, start = h.sentence.text.text, h.match.start
    before = sentence[max(0, start - 3):start]
    longest = max((k for k in SETTINGS if before.endswith(k)), key=len, default="")
    settings = [longest] if longest else []
    straddling = [k for k in SETTINGS for i in range(1, len(k))
                  if sentence[:start].endswith(k[:i]) and h.surface.startswith(k[i:])]
    if straddling:
        settings.append(max(straddling, key=len))
    elif opening := _SETTING_ZH.match(h.surface):
        settings.append(opening.group(1))
    return settings


def _own_nouns(concepts: list[Concept]) -> str:
    """A pattern of the term's own treatment nouns: each English form without a setting adjective it opens with
    ("chemotherapy" of "adjuvant chemotherapy")."""
    adjectives = sorted({a for names in SETTINGS.values() for a in names}, key=len, reverse=True)
    own = set()
    for f in (f for c in concepts for f in c.accepted("en")):
        lead = next((a for a in adjectives if f.lower().startswith(a + " ")), "")
        own.add(f[len(lead):].strip())
    words = [r"[\s-]+".join(map(re.escape, re.split(r"[\s-]+", n))) for n in sorted(own, key=len, reverse=True) if n]
    return r"\s+(?:" + "|".join(words) + r")(?![A-Za-z])"


def setting_said(h: Hit, concepts: list[Concept], en_text: str, whole: str = "") -> bool:
    """Whether a Chinese treatment term (`h`) is said in the English by its setting and a generic noun or its own
    treatment noun (see the module docstring). `en_text` is the English with the term matches blanked, `whole` with
    them kept: the own noun may be another concept's match ("chemotherapy" of 化疗, which the Chinese names inside
    the term)."""
    if h.lang != "zh" or not any(_TREATMENT.search(f) for c in concepts for f in c.accepted("en")):
        return False
    own = _own_nouns(concepts)
    for k in _setting_words(h):
        for adjective in SETTINGS[k]:
            words = r"(?<![A-Za-z-])" + r"[\s-]+".join(map(re.escape, re.split(r"[\s-]+", adjective)))
            if re.search(words + _GENERIC, en_text, re.I) or re.search(words + own, whole or en_text, re.I):
                return True
    return False

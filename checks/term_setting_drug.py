"""A treatment said by its setting and its drug: 同步化疗 = "concurrent with infusional 5-FU".

Clinical English names a concurrent or adjuvant treatment by its setting and the drug given ("concurrent with
infusional 5-FU", "adjuvant cisplatin"), where the Chinese names the setting and the kind of treatment (同步化疗) and
the drug elsewhere in the sentence (5-氟尿嘧啶（5-FU）). It is a rendering only where
- the Chinese term is a treatment (an English form ending in "therapy") with a setting word right before it or
  opening it (`term_setting.SETTINGS`: 同步, 辅助, 术后, ...), and
- the English has that setting's adjective followed, perhaps after "with" and one word more ("infusional"), by a
  drug the Chinese sentence names too: a name or letters written alike in both (5-FU, FOLFOX).
The term replaced by another word ("concurrent substance with 5-FU") puts that word between the setting and the
drug, and the finding stays.
"""
from __future__ import annotations

import re

from zhen_qa.checks.term_hits import Hit
from zhen_qa.checks.term_setting import SETTINGS
from zhen_qa.glossary.model import Concept
from zhen_qa.manuscript.lazy_re import LazyPattern

_TREATMENT = re.compile(r"therapy$", re.I)
_LETTERS = LazyPattern(r"(?<![A-Za-z0-9])(?:\d+-)?[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*(?![A-Za-z0-9])")
"""A drug or regimen written by its letters (5-FU, FOLFOX), as both languages keep it."""
_SETTING_ZH = LazyPattern("(" + "|".join(sorted(SETTINGS, key=len, reverse=True)) + ")")


def _settings(h: Hit) -> list[str]:
    """The setting words right before the Chinese term or opening it."""
    before = h.sentence.text.text[max(0, h.match.start - 3):h.match.start]
    found = [k for k in SETTINGS if before.endswith(k)]
    opening = _SETTING_ZH.match(h.surface)
    if opening:
        found.append(opening.group(1))
    return found


def setting_drug_said(h: Hit, concepts: list[Concept], en_text: str) -> bool:
    """Whether a Chinese treatment term is said in the English by its setting and a drug its sentence names (see
    the module docstring)."""
    if h.lang != "zh" or not any(_TREATMENT.search(f) for c in concepts for f in c.accepted("en")):
        return False
    settings = _settings(h)
    if not settings:
        return False
    drugs = {m.group(0) for m in _LETTERS.finditer(h.sentence.text.text)}
    if not drugs:
        return False
    drug = "(?:" + "|".join(re.escape(d) for d in sorted(drugs, key=len, reverse=True)) + r")(?![A-Za-z0-9])"
    for k in settings:
        for adjective in SETTINGS[k]:
            words = r"[\s-]+".join(map(re.escape, re.split(r"[\s-]+", adjective)))
            if re.search(r"(?<![A-Za-z-])" + words + r"\s+(?:with\s+)?(?:[a-z]+\s+)?" + drug, en_text, re.I):
                return True
    return False

"""A complication named as the treatment's harm (term-missing): "a complication of antipsychotics" =
抗精神病药物治疗的不良反应, 供区并发症 = "donor site morbidity".

A complication is the harm a disease, a drug or a procedure brings, and medical writing names it by the word its
setting uses: a drug's complication is its adverse reaction or side effect (不良反应, 副作用), a procedure's its
morbidity. The words that name such a harm are a small closed class (`HARM_EN`, `HARM_ZH`). The loose word of the
class, "complication" (and "morbidity" used for it; 并发症 in Chinese: `COMPLICATION_EN`, `COMPLICATION_ZH`), is
rendered by any word of the class on the other side, and any word of the class is rendered by it; two specific
words of the class are not renderings of each other (an adverse event is no adverse reaction, 不良事件 no
不良反应). A word the glossary lists is masked out of the target text before this is asked
(`checks.presence`), so a glossary that lists 不良反应 as a concept of its own keeps the finding.
"""
from __future__ import annotations

import re

from zhen_qa.checks.term_hits import Hit
from zhen_qa.manuscript.lazy_re import LazyPattern

COMPLICATION_EN = LazyPattern(r"(?<![A-Za-z-])(?:complications?|morbidit(?:y|ies))(?![A-Za-z-])", re.I)
"""The loose English word for a harm: complication, and morbidity said of a procedure ("donor site morbidity")."""
COMPLICATION_ZH = LazyPattern(r"并发症")
"""并发症 alone: 合并症, which CC-CEDICT glosses "complication", is in clinical Chinese the comorbidity a patient
already has, no harm of the treatment."""
HARM_EN = LazyPattern(r"(?<![A-Za-z-])(?:complications?|morbidit(?:y|ies)|side[ -]effects?"
                      r"|adverse\s+(?:drug\s+)?(?:effects?|reactions?|events?))(?![A-Za-z-])", re.I)
"""Every English word of the class: complication, morbidity, side effect, adverse effect, reaction or event."""
HARM_ZH = LazyPattern(r"并发症|不良反应|副作用|副反应|毒副作用|不良事件")


def harm_said(h: Hit, target_text: str) -> bool:
    """Whether the source term `h` and a word of the target text (its listed terms masked) name the same harm: one
    of them the loose word, the other of the class (see the module docstring)."""
    loose, harm = (COMPLICATION_EN, HARM_EN) if h.lang == "en" else (COMPLICATION_ZH, HARM_ZH)
    other_loose, other_harm = (COMPLICATION_ZH, HARM_ZH) if h.lang == "en" else (COMPLICATION_EN, HARM_EN)
    surface = h.surface
    if h.lang == "en":  # a Chinese word broken by a space (不良反 应, PDF extraction) is that word
        target_text = "".join(target_text.split())
    if loose.fullmatch(surface):
        return bool(other_harm.search(target_text))
    if harm.fullmatch(surface):
        return bool(other_loose.search(target_text))
    return False

"""A therapy counted in courses: "2 to 4 courses" of chemotherapy = 2-4个疗程 (term-missing, English to Chinese).

疗程 is "a course of 疗 (treatment)": Chinese counts the courses of the treatment the text is about without naming it
again, and the English names the treatment beside the count ("The onset chemotherapy time was ... 2 to 4 courses" =
发病时间主要分布在2-4个疗程). An English therapy term is then said by 疗程 in the Chinese, where

- the concept is a therapy by its Chinese name: an accepted Chinese form ending in 疗 (化疗, 放疗, 免疫治疗), the
  morpheme 疗程 is built on;
- the English sentence counts courses or cycles (COURSE_EN), and the Chinese of the bead says 疗程;
- the Chinese names no other therapy: no match of another concept whose Chinese form ends in 疗 (a Chinese that
  names a therapy has that one to render, and "chemotherapy" beside 放疗 is still missing).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from zhen_qa.checks.term_hits import Hit
from zhen_qa.manuscript.lazy_re import LazyPattern

COURSE_ZH = "疗程"
"""The Chinese "course of treatment"."""
THERAPY_ZH = "疗"
"""The morpheme a Chinese therapy name ends in and 疗程 starts with."""
COURSE_EN = LazyPattern(r"\b(?:courses?|cycles?)\b", flags=re.IGNORECASE)
"""The English count of a treatment's courses."""


def _therapy(forms: Iterable[str]) -> bool:
    return any(len(f) >= 2 and f.endswith(THERAPY_ZH) for f in forms)


def course_said(h: Hit, zh_text: str, zh_hits: Iterable[Hit], zh_forms: Callable[[str], Iterable[str]]) -> bool:
    """Whether the English therapy term `h` is said by 疗程 in the bead's Chinese `zh_text` (see the module
    docstring). `zh_hits` are the Chinese matches of the bead, `zh_forms` gives a concept's accepted Chinese forms."""
    if h.lang != "en" or COURSE_ZH not in zh_text or not COURSE_EN.search(h.sentence.text.text):
        return False
    own = set(h.match.concepts)
    if not any(_therapy(zh_forms(c)) for c in own):
        return False
    return not any(o.lang == "zh" and not own.intersection(o.match.concepts)
                   and any(_therapy(zh_forms(c)) for c in o.match.concepts) for o in zh_hits)

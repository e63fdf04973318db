"""A study named by its design noun alone: "a large cohort study" = 大型……队列.

Epidemiology names a study by its design, and the design noun alone names the study ("the cohort", 队列; "the
case-control series"): a Chinese translator may drop 研究 ("study") after it (大型CPS II营养队列中 for "In a large
cohort study ... the CPS II Nutrition Cohort"). An English study-design term ("cohort study", "case-control study",
"... trial") is rendered in Chinese where the Chinese has its listed form without the final 研究 or 试验 (`_ZH_STUDY`),
what is left being two characters or more (队列, 病例对照). The design noun replaced by another word (研究 alone)
is no rendering, and the finding stays.
"""
from __future__ import annotations

import re

from zhen_qa.checks.presence import Evidence
from zhen_qa.checks.term_hits import Hit
from zhen_qa.glossary.model import Concept

_ZH_STUDY = ("研究", "试验")
_EN_STUDY = re.compile(r"(?:study|studies|trials?)$", re.I)
DESIGN_MIN = 2
"""Fewest characters of the design noun left once 研究 is taken off."""


def design_said(h: Hit, concepts: list[Concept], evidence: Evidence) -> bool:
    """Whether an English study-design term is said in the Chinese by its design noun alone (see the module
    docstring)."""
    if h.lang != "en" or not _EN_STUDY.search(h.surface.strip()):
        return False
    nouns = [f[:-len(s)] for c in concepts for f in c.accepted("zh") for s in _ZH_STUDY
             if f.endswith(s) and len(f) - len(s) >= DESIGN_MIN]
    return bool(nouns) and evidence.has_zh(nouns)

"""A study named by its design noun alone: "a large cohort study" = 大型……队列.

Epidemiology names a study by its design noun, which alone names the study (a cohort is the population a cohort
study follows): a Chinese translator may drop 研究 ("study") after it (大型CPS II营养队列中 for "In a large cohort
study ... the CPS II Nutrition Cohort"). An English study-design term ("cohort study") is rendered in Chinese where
- its listed Chinese form is a design noun and 研究 (队列研究), the noun two characters or more, and the Chinese has
  that noun;
- the noun is a noun: the lexicon glosses it as the English word before "study" (队列: "cohort"), and that word has
  no adjective's ending (`_ADJECTIVE`: "clinical", "observational" name no study alone; 临床 of 临床研究 is no
  rendering of "clinical study").
The design noun replaced by another word (研究 alone) is no rendering, and the finding stays.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from zhen_qa.checks.presence import Evidence
from zhen_qa.checks.term_hits import Hit
from zhen_qa.glossary.model import Concept

_ZH_STUDY = "研究"
_EN_STUDY = re.compile(r"(\S+)\s+(?:study|studies)$", re.I)
_ADJECTIVE = re.compile(r"(?:al|ic|ive|ary|ous|ed|ing|ory|ar|ent|ant|ible|able)$", re.I)
"""Endings of an English adjective, which names no study alone."""
DESIGN_MIN = 2
"""Fewest characters of the design noun left once 研究 is taken off."""


def design_said(h: Hit, concepts: list[Concept], evidence: Evidence, zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether an English study-design term is said in the Chinese by its design noun alone (see the module
    docstring)."""
    m = _EN_STUDY.search(h.surface.strip())
    if h.lang != "en" or m is None or _ADJECTIVE.search(m.group(1)):
        return False
    from zhen_qa.aligner.lexicon import stem

    word = stem(m.group(1).lower().split("-")[-1])
    nouns = [f[:-len(_ZH_STUDY)] for c in concepts for f in c.accepted("zh")
             if f.endswith(_ZH_STUDY) and len(f) - len(_ZH_STUDY) >= DESIGN_MIN]
    nouns = [n for n in nouns if word in zh2en.get(n, ())]
    return bool(nouns) and evidence.has_zh(nouns)

"""A treatment said by the drug class of its regimen: 含铂类双药化疗 = "a platinum-based doublet".

Oncology English names a chemotherapy regimen by its drug class and a regimen noun ("a platinum-based doublet",
"an anthracycline-based regimen") once the kind of treatment is plain; the Chinese names the class and the treatment
(含铂类双药化疗). It is a rendering only where
- the Chinese term is a treatment (an English form ending in "therapy"), with the Chinese for the class's word
  (the lexicon's: 铂 for "platinum") within CLASS_REACH characters before it, and
- the English has that word, "-based", then a regimen noun (`_EN_BASED`: doublet, triplet, regimen, combination,
  therapy, treatment).
The term replaced by another word ("a platinum-based substance") is no rendering, and the finding stays.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from zhen_qa.checks.term_hits import Hit
from zhen_qa.glossary.model import Concept
from zhen_qa.manuscript.lazy_re import LazyPattern

CLASS_REACH = 6
"""Characters before the Chinese term within which its drug class is read (含铂类双药化疗)."""
_TREATMENT = re.compile(r"therapy$", re.I)
_EN_BASED = LazyPattern(r"(?<![A-Za-z])([A-Za-z]{4,})-based\s+(?:doublets?|triplets?|regimens?|combinations?"
                        r"|therap(?:y|ies)|treatments?)(?![A-Za-z])", re.I)
"""A drug class, "-based" and a regimen noun ("platinum-based doublet")."""


def class_said(h: Hit, concepts: list[Concept], en_text: str, en2zh: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether a Chinese treatment term is said in the English by its regimen's drug class (see the module
    docstring)."""
    if h.lang != "zh" or not any(_TREATMENT.search(f) for c in concepts for f in c.accepted("en")):
        return False
    from zhen_qa.aligner.lexicon import stem

    before = h.sentence.text.text[max(0, h.match.start - CLASS_REACH):h.match.start]
    return any(z in before for m in _EN_BASED.finditer(en_text) for z in en2zh.get(stem(m.group(1).lower()), ()))

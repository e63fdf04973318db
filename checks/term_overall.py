"""A measure said without its unmarked qualifier: 总生存 = "survival" ("no survival or local control benefit").

"Overall" qualifies a measure as the unmarked whole (overall survival, overall response rate, overall mortality):
the bare head means the same, while every narrower measure says its qualifier (disease-free survival,
progression-free survival, cancer-specific mortality). An English term "overall X" is rendered by X where the word
before X qualifies nothing: a function word (`_PLAIN`: the, no, of, with, ...) or none, not another qualifier
("disease-free survival", "5-year survival", "median survival" stay to be asked). The head replaced by another word
("no substance benefit") is no rendering, and the finding stays.
"""
from __future__ import annotations

import re

from zhen_qa.checks.term_hits import Hit
from zhen_qa.glossary.model import Concept
from zhen_qa.glossary.normalize import fold_en

_OVERALL = "overall "
_PLAIN = frozenset("the a an of with and or to for by in on no any its their this that improved prolonged longer "
                   "shorter better worse".split())
"""Words before the bare head that qualify nothing: determiners, prepositions, conjunctions, a comparison."""


def overall_left(h: Hit, concepts: list[Concept], en_text: str) -> bool:
    """Whether a Chinese term whose English is "overall X" is said in the English by a bare X (see the module
    docstring)."""
    if h.lang != "zh":
        return False
    heads = {f[len(_OVERALL):] for c in concepts for f in (fold_en(g, lower=True) for g in c.accepted("en"))
             if f.startswith(_OVERALL) and len(f) > len(_OVERALL) + 3}
    for head in heads:
        for m in re.finditer(r"(?<![A-Za-z-])" + re.escape(head) + r"(?![A-Za-z-])", en_text, re.I):
            before = re.findall(r"[A-Za-z0-9][A-Za-z0-9'-]*", en_text[:m.start()])
            if not before or before[-1].lower() in _PLAIN:
                return True
    return False

"""这 16 个病例 for "all 16 sequences": a demonstrative and the count the English gives a term refer back to what the
Chinese has just counted (term-missing).

Chinese refers back to a set it has counted by a demonstrative and the same number: 在 16 条来自日本的新序列中，10 条有
乘坐尼罗河邮轮的旅行史。这 16 个病例在回到日本后被确诊和取样…… ("After being diagnosed and sampled in Japan, all 16
sequences divide between two clusters"). The noun after the count is the translator's name for what was counted; the
demonstrative says they are the same 16. `counted_back` holds when the English gives the term a number just before it
(the number, then at most two words: "all 16 sequences", "the 16 new sequences") and the Chinese of the bead says a
demonstrative with that number and a classifier (这 16 个, 这些 16 名, 该 3 例, 上述 16 条); term-missing also asks that
the Chinese named the concept in a bead before (`Discourse.named_before`): what the demonstrative refers back to. A
count with no demonstrative (16 个病例) refers back to nothing and keeps the finding.
"""
from __future__ import annotations

import re

from zhen_qa.checks.term_hits import Hit
from zhen_qa.manuscript.lazy_re import LazyPattern

_COUNT_BEFORE = LazyPattern(r"(?<![\d.,])(\d+)\s+(?:[A-Za-z-]+\s+){0,2}$")
"""A number, then at most two words, at the end of the English before a term ("all 16 ", "the 16 new ")."""
_DEMONSTRATIVES = ("这些", "这", "该", "此", "上述")
"""Demonstratives that refer back (not 其, a possessive: 其 16 个 is "its 16")."""
_CLASSIFIERS = "个条例名位只组份种项株篇所家"
"""Classifiers a count of things, cases or people takes in Chinese."""


def counted_back(h: Hit, zh_text: str) -> bool:
    """Whether the English hit `h` has a number just before it that the Chinese (`zh_text`) says with a
    demonstrative and a classifier (see the module docstring)."""
    if h.lang != "en":
        return False
    count = _COUNT_BEFORE.search(h.sentence.text.text[:h.match.start])
    if count is None:
        return False
    pattern = (r"(?:" + "|".join(_DEMONSTRATIVES) + r")\s*(?<!\d)" + count.group(1) + r"(?!\d)\s*["
               + _CLASSIFIERS + "]")
    return re.search(pattern, zh_text) is not None

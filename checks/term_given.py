"""An English term said again by a definite noun phrase about a concept both sides name in the beads around it:
"Results of the meta-analysis are as follows" for 结果发现, the meta-analysis (元分析) named on both sides just
before. The English restates a referent it has given; the Chinese leaves it to the context, as it may."""
from __future__ import annotations

import re

from zhen_qa.checks.term_hits import Hit
from zhen_qa.checks.term_implied import Discourse
from zhen_qa.manuscript.lazy_re import LazyPattern

_DEFINITE_BEFORE = LazyPattern(r"(?<![A-Za-z])(?:the|this|that|these|those|such)\s+$", re.I)
"""A determiner right before the term: the referent is one the reader knows."""


def given_again(h: Hit, discourse: Discourse) -> bool:
    """Whether English hit `h` follows a definite determiner ("of the meta-analysis", "this self-control") and its
    concept is named in Chinese and in English within the beads around it (`Discourse.established`)."""
    if h.lang != "en" or not _DEFINITE_BEFORE.search(h.sentence.text.text, max(0, h.match.start - 8),
                                                      h.match.start):
        return False
    return discourse.established(set(h.match.concepts), h.sentence)

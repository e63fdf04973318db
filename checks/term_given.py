"""An English term said again by a definite noun phrase about a concept both sides name in the beads just before:
"Results of the meta-analysis are as follows" for 结果发现, the meta-analysis (元分析) named on both sides just
before. The English restates a referent it has given; the Chinese leaves it to the context, as it may. Not where
the Chinese says the concept by another word of its sense (`term_sibling`: 疫情 for the listed 大流行 "pandemic"):
that is two names mixed, which the glossary settles."""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from zhen_qa.checks.term_hits import Hit
from zhen_qa.checks.term_implied import Discourse
from zhen_qa.checks.term_rendered import modifies_a_noun
from zhen_qa.checks.term_sibling import sibling_said
from zhen_qa.glossary.model import Concept
from zhen_qa.manuscript.lazy_re import LazyPattern

_DEFINITE_BEFORE = LazyPattern(r"(?<![A-Za-z])(?:the|this|that|these|those|such)\s+$", re.I)
"""A determiner right before the term: the referent is one the reader knows."""


def after_definite(h: Hit) -> bool:
    """Whether English hit `h` follows a definite determiner ("of the meta-analysis", "this self-control") that
    determines it: not an adjective before a noun ("the biological activity" for 生物学活性, `modifies_as_adjective`),
    whose determiner is the noun's."""
    return h.lang == "en" and bool(_DEFINITE_BEFORE.search(h.sentence.text.text, max(0, h.match.start - 8),
                                                            h.match.start)) and not modifies_as_adjective(h)


_ADJECTIVE = LazyPattern(r"(?:ical|ous|ful|ible)$", re.I)
"""Endings only an English adjective has (biological, dangerous, harmful, visible): no noun, so no referent. Not -ic,
-ive, -able: many nouns used as modifiers end so (antibiotic, clinic, objective, sedative, table, variable), and "the
antibiotic course" after "an antibiotic" is the course of the given referent (review51 R6)."""


def modifies_as_adjective(h: Hit) -> bool:
    """Whether English hit `h` is an adjective (`_ADJECTIVE`) before a content word ("the biological activity"): the
    determiner before it determines the noun after it, and an adjective names no referent to be given."""
    words = h.surface.split()
    return bool(words) and bool(_ADJECTIVE.search(words[-1])) and modifies_a_noun(h)


def no_sibling(concepts: Sequence[Concept], zh_text: str, zh2en: Mapping[str, tuple[str, ...]],
               en2zh: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether the Chinese `zh_text` has no word sharing a sense with a listed Chinese form (`sibling_said`): two
    names mixed are the glossary's to settle, not a referent left to the context."""
    return not any(sibling_said(c.accepted("zh"), zh_text, zh2en, en2zh) for c in concepts)


def given_again(h: Hit, discourse: Discourse, concepts: list[Concept], zh_text: str,
                zh2en: Mapping[str, tuple[str, ...]], en2zh: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether English hit `h` follows a definite determiner (`after_definite`), its concept is named in Chinese
    and in English in the beads just before (`Discourse.established_before`), and the Chinese of its bead
    (`zh_text`) has no word sharing a sense with a listed Chinese form (`no_sibling`)."""
    if not after_definite(h) or not discourse.established_before(set(h.match.concepts), h.sentence):
        return False
    return no_sibling(concepts, zh_text, zh2en, en2zh)

"""A short head standing for a term the English of the file writes in full (term-missing, Chinese terms):
系统发生树显示… = "The tree shows …" in a report that says "phylogenetic tree" elsewhere.

`presence.Evidence.has_en_head` takes the head of a term whose modifiers are classifying adjectives for the term
(心肺复苏 as "resuscitation") only from HEAD_WORD_MIN letters: a shorter head (case, data, tree) names too little
by itself. Where the English of the same file writes the term in full, with its classifying adjective, the short
head is that term said again, its adjective left to the context a reader already has ("the tree", "a tree" of a
tutorial on reading phylogenetic trees). The other conditions of `has_en_head` hold as they are: no other classifying
adjective or other modifier before the head ("a genetic tree" is another kind), and the English says the head more
times than the Chinese sentence has it outside the term.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from zhen_qa.checks.term_hits import Hit

NAMED_HEAD_MIN = 4
"""Fewest letters of a head taken for a term the file names in full: a three-letter head (arm, age, use) is too
general a word even there."""


def written_in_full(forms: Iterable[str], hits: Mapping[int, list[Hit]]) -> list[str]:
    """The English forms of two words or more among `forms` that the file's English writes as such (any sentence:
    `hits` are the file's matches by sentence)."""
    multi = {f.lower(): f for f in forms if len(f.split()) >= 2}
    if not multi:
        return []
    written = {h.match.form.lower() for hs in hits.values() for h in hs if h.lang == "en"}
    return [f for low, f in multi.items() if low in written]

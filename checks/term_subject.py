"""The disease a file is about, left to the context: "stage III patients" for III期胃癌患者 in a gastric cancer piece.

A clinical summary or abstract about one disease names it again and again in Chinese, where its English says "the
patients", "stage III patients", "invasive cancer" or nothing at all: the reader knows whose patients they are. The
file's subject in general (`term_implied.Discourse.topic`) must be named in a fifth of its beads; a long summary
excerpted a sentence here and there names its disease less often, and yet it is plainly the subject: no concept
is named more often. So a disease concept is the file's *subject disease* where

- it is named on both sides of at least SUBJECT_MIN aligned beads of the file pair (counted on the side naming it
  less),
- no concept is named so in more beads (a file about apoptosis that names leukemia cells now and then is not about
  leukemia, and "cell apoptosis" for 耐药白血病细胞抗凋亡 drops the disease), and
- it is named so in more beads than any other disease concept of the glossary (a piece naming two diseases alike
  has no single subject, and each stays to be asked).

A disease is left to the context only where the other side of the bead names no disease of the glossary at all: a
bead that names another disease where the subject was may have the wrong one. `term_missing` asks the listed form
mistyped (`term_near`) first, as it does for the topic.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from zhen_qa.checks.term_hits import Hit
from zhen_qa.checks.term_implied import Discourse, named_on_both

SUBJECT_MIN = 4
"""Fewest aligned beads naming a disease on each side for it to be the file's subject disease (TOPIC_MIN's)."""


class SubjectDisease:
    """The subject disease of each file pair (see the module docstring), found on first need from the beads
    `discourse` has indexed."""

    def __init__(self, discourse: Discourse, is_disease: Callable[[str], bool]) -> None:
        self._discourse = discourse
        self._is_disease = is_disease
        self._subject: dict[int, str] | None = None  # id of a file pair -> its subject disease

    def _subjects(self) -> dict[int, str]:
        if self._subject is None:
            self._subject = {}
            for pair, sides in self._discourse.sides_by_pair().items():
                subject = _most_named(sides, self._is_disease)
                if subject:
                    self._subject[pair] = subject
        return self._subject

    def of(self, h: Hit) -> str | None:
        """The subject disease (concept id) of the file pair of the hit's sentence, None where it has none."""
        pair = self._discourse.pair_of(h.sentence)
        return None if pair is None else self._subjects().get(pair)

    def left(self, h: Hit, target_hits: Sequence[Hit]) -> bool:
        """Whether the hit's concept is the subject disease of its file pair and the other side of the bead names
        no disease of the glossary (see the module docstring)."""
        pair = self._discourse.pair_of(h.sentence)
        subject = None if pair is None else self._subjects().get(pair)
        if subject is None or subject not in h.match.concepts:
            return False
        return not any(self._is_disease(c) for t in target_hits for c in t.match.concepts)


def _most_named(beads: list[tuple[set[str], set[str]]], is_disease: Callable[[str], bool]) -> str | None:
    """The disease named on both sides of the most beads, in at least SUBJECT_MIN, in no fewer than any concept and
    in more than any other disease."""
    both = named_on_both(beads)
    top = max(both.values(), default=0)
    diseases = sorted(((n, c) for c, n in both.items() if is_disease(c)), reverse=True)
    if not diseases or diseases[0][0] < max(SUBJECT_MIN, top) or len(diseases) > 1 and diseases[1][0] == top:
        return None
    return diseases[0][1]

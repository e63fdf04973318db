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

from collections import Counter
from collections.abc import Callable, Sequence

from zhen_qa.checks.context import CheckContext
from zhen_qa.checks.term_hits import Hit
from zhen_qa.manuscript.document import Sentence

SUBJECT_MIN = 4
"""Fewest aligned beads naming a disease on each side for it to be the file's subject disease (TOPIC_MIN's)."""


class SubjectDisease:
    """The subject disease of each file pair (see the module docstring), found on first need."""

    def __init__(self, ctx: CheckContext, hits: dict[int, list[Hit]], is_disease: Callable[[str], bool]) -> None:
        self._ctx = ctx
        self._hits = hits
        self._is_disease = is_disease
        self._subject: dict[int, str] | None = None  # id of a sentence of an aligned bead -> its pair's subject

    def _subjects(self) -> dict[int, str]:
        if self._subject is None:
            per_pair: dict[int, list[tuple[list[Sentence], set[str], set[str]]]] = {}
            for pair, _bead, zh, en in self._ctx.aligned_beads():
                named = [{c for s in side for h in self._hits.get(id(s), ()) for c in h.match.concepts}
                         for side in (zh, en)]
                per_pair.setdefault(id(pair), []).append(([*zh, *en], named[0], named[1]))
            self._subject = {}
            for beads in per_pair.values():
                subject = _most_named([(zh, en) for _s, zh, en in beads], self._is_disease)
                if subject:
                    self._subject.update((id(s), subject) for sentences, _zh, _en in beads for s in sentences)
        return self._subject

    def left(self, h: Hit, target_hits: Sequence[Hit]) -> bool:
        """Whether the hit's concept is the subject disease of its file pair and the other side of the bead names
        no disease of the glossary (see the module docstring)."""
        subject = self._subjects().get(id(h.sentence))
        if subject is None or subject not in h.match.concepts:
            return False
        return not any(self._is_disease(c) for t in target_hits for c in t.match.concepts)


def _most_named(beads: list[tuple[set[str], set[str]]], is_disease: Callable[[str], bool]) -> str | None:
    """The disease named on both sides of the most beads, in at least SUBJECT_MIN, in no fewer than any concept and
    in more than any other disease."""
    zh_n = Counter(c for zh, _en in beads for c in zh)
    en_n = Counter(c for _zh, en in beads for c in en)
    both = {c: min(n, en_n[c]) for c, n in zh_n.items()}
    top = max(both.values(), default=0)
    diseases = sorted(((n, c) for c, n in both.items() if is_disease(c)), reverse=True)
    if not diseases or diseases[0][0] < max(SUBJECT_MIN, top) or len(diseases) > 1 and diseases[1][0] == top:
        return None
    return diseases[0][1]

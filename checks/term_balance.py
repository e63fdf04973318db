"""Whether a concept missing from one bead is missing from the translation: its balance over neighbouring beads.

The two sides of a translation split sentences differently and translators move a term into the sentence before or
after (or say it once where the source says it twice in two sentences). A concept the target lacks in one bead is a
real omission only when the target names it fewer times than the source over the bead and its neighbours
(RADIUS beads either side, in the same section pair, unaligned sentences included): a term the English says in
the next sentence balances the one its Chinese partner lacks. A keyword line is weighed alone: a keyword is not moved
into the abstract's last sentence, nor a term of that sentence into the keywords. Occurrences are counted as
`checks.presence` finds them: the glossary's matches of the concept plus its forms found leniently in the rest of the
text. Counted only for a candidate finding, each sentence once.

A neighbour lends the bead only a surplus where its own source does not name the concept: a neighbour whose source
names it too and whose target names it more often repeats it there (the English says "first molar" in both halves of
a sentence the Chinese says once), which is no term moved next door.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from zhen_qa.checks.presence import Evidence, masked
from zhen_qa.glossary.model import Concept, TermMatch
from zhen_qa.manuscript.document import Bead, Manuscript, Pair, Role, Sentence
from zhen_qa.manuscript.keyword_lines import is_keyword_line

RADIUS = 1
"""Beads either side of a bead whose sentences are weighed with it."""

Side = tuple[list[Sentence], list[Sentence]]
"""The Chinese and the English sentences of one bead, in file order."""


@dataclass(frozen=True)
class Window:
    """A bead and its neighbours: each one's sides (`beads`, in file order) and the index of the bead itself (`own`)."""

    beads: list[Side]
    own: int

    @property
    def zh(self) -> list[Sentence]:
        """The Chinese sentences of the window, in file order."""
        return [s for zh, _en in self.beads for s in zh]

    @property
    def en(self) -> list[Sentence]:
        """The English sentences of the window, in file order."""
        return [s for _zh, en in self.beads for s in en]


def _is_list(pair: Pair, bead: Bead) -> bool:
    """Whether a bead is a keyword line: its sentences' role, or a closing line of items that `is_keyword_line`
    recognises on either side (an unlabelled keyword line of a two-file abstract is a paragraph by role)."""
    sides = (("zh", [pair.zh[i] for i in bead.zh]), ("en", [pair.en[i] for i in bead.en]))
    return any(s.role is Role.KEYWORDS for _lang, ss in sides for s in ss) or any(
        len(ss) == 1 and is_keyword_line(ss[0].text.text, lang) for lang, ss in sides)


def windows(manuscript: Manuscript, radius: int = RADIUS) -> dict[int, Window]:
    """id of every sentence of a bead -> the window of that bead (`Window`)."""
    out: dict[int, Window] = {}
    for pair in manuscript.pairs:
        beads = pair.beads
        lists = [_is_list(pair, b) for b in beads]
        for k, bead in enumerate(beads):
            near = [b for j, b in enumerate(beads[max(0, k - radius):k + radius + 1], max(0, k - radius))
                    if lists[j] == lists[k]]
            window = Window([([pair.zh[i] for i in b.zh], [pair.en[i] for i in b.en]) for b in near],
                            next(j for j, b in enumerate(near) if b is bead))
            for i in bead.zh:
                out[id(pair.zh[i])] = window
            for i in bead.en:
                out[id(pair.en[i])] = window
    return out


class Balance:
    """The term balance of one manuscript: windows built on first use, each sentence's counts kept (adjacent beads
    share sentences, and a bead may have several candidate findings)."""

    def __init__(self, manuscript: Manuscript, matches: Mapping[int, Sequence[TermMatch]],
                 radius: int = RADIUS) -> None:
        self._manuscript = manuscript
        self._matches = matches
        self._radius = radius
        self._windows: dict[int, Window] | None = None
        self._evidence: dict[int, Evidence] = {}
        self._counts: dict[tuple[int, tuple[str, ...]], int] = {}

    def short(self, concepts: Sequence[Concept], src: str, sentence: Sentence) -> bool:
        """Whether the language other than `src` names the concepts fewer times than `src` over the window of the
        bead of `sentence` (a sentence of no bead is judged alone: True), a neighbour weighed by what it can lend: not
        its target's repetitions of a concept its source names."""
        if self._windows is None:
            self._windows = windows(self._manuscript, self._radius)
        window = self._windows.get(id(sentence))
        if window is None:
            return True
        if not any(self.count(concepts, s) for s in (window.en if src == "zh" else window.zh)):
            return True  # the source has the concept in `sentence`
        balance = 0  # target minus source occurrences over the window
        for k, (zh, en) in enumerate(window.beads):
            src_sentences, tgt_sentences = (zh, en) if src == "zh" else (en, zh)
            tgt_count = sum(self.count(concepts, s) for s in tgt_sentences)
            src_count = sum(self.count(concepts, s) for s in src_sentences)
            if k != window.own and src_count and tgt_count > src_count:
                tgt_count = src_count  # repeated where its own source names it: nothing to lend
            balance += tgt_count - src_count
        return balance < 0

    def count(self, concepts: Sequence[Concept], sentence: Sentence) -> int:
        """Places in a sentence that name one of the concepts in its language: the glossary matches of the
        concepts, and their forms (any status) found leniently outside all matches (`Evidence.count_zh`/`count_en`)."""
        ids = tuple(sorted({c.id for c in concepts}))
        key = (id(sentence), ids)
        n = self._counts.get(key)
        if n is None:
            found = self._matches.get(id(sentence), ())
            n = sum(1 for m in found if not set(ids).isdisjoint(m.concepts))
            evidence = self._evidence.get(id(sentence))
            if evidence is None:
                evidence = self._evidence[id(sentence)] = Evidence(masked(sentence.text.text, found))
            forms = [t for c in concepts for t, _status, _field in c.terms(sentence.lang)]
            if sentence.lang == "zh":
                n += evidence.count_zh(forms)
            else:
                n += evidence.count_en(forms, any(c.case_sensitive for c in concepts))
            self._counts[key] = n
        return n


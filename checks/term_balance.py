"""Whether a concept missing from one bead is missing from the translation: its balance over neighbouring beads.

The two sides of a translation split sentences differently and translators move a term into the sentence before or
after (or say it once where the source says it twice in two sentences). A concept the target lacks in one bead is a
real omission only when the target names it fewer times than the source over the bead and its neighbours
(RADIUS beads either side, in the same section pair, unaligned sentences included): a term the English says in
the next sentence balances the one its Chinese partner lacks. A keyword line is weighed alone: a keyword is not moved
into the abstract's last sentence, nor a term of that sentence into the keywords. Occurrences are counted as
`checks.presence` finds them: the glossary's matches of the concept plus its forms found leniently in the rest of the
text. Counted only for a candidate finding, each sentence once.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from zhen_qa.checks.presence import Evidence, masked
from zhen_qa.glossary.model import Concept, TermMatch
from zhen_qa.manuscript.document import Bead, Manuscript, Pair, Role, Sentence
from zhen_qa.manuscript.keyword_lines import is_keyword_line

RADIUS = 1
"""Beads either side of a bead whose sentences are weighed with it."""

Window = tuple[list[Sentence], list[Sentence]]
"""The Chinese and the English sentences of a bead and its neighbours, in file order."""


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
            window = ([pair.zh[i] for b in near for i in b.zh], [pair.en[i] for b in near for i in b.en])
            for i in bead.zh:
                out[id(pair.zh[i])] = window
            for i in bead.en:
                out[id(pair.en[i])] = window
    return out


class Balance:
    """The term balance of one manuscript: windows built on first use, each sentence's counts kept (adjacent beads
    share sentences, and a bead may have several candidate findings)."""

    def __init__(self, manuscript: Manuscript, matches: Mapping[int, Sequence[TermMatch]],
                 radius: int = RADIUS, blanked: Mapping[int, Sequence[TermMatch]] | None = None) -> None:
        self._manuscript = manuscript
        self._matches = matches
        self._blanked = blanked or {}
        self._radius = radius
        self._windows: dict[int, Window] | None = None
        self._evidence: dict[int, Evidence] = {}
        self._counts: dict[tuple[int, tuple[str, ...]], int] = {}

    def short(self, concepts: Sequence[Concept], src: str, sentence: Sentence) -> bool:
        """Whether the language other than `src` names the concepts fewer times than `src` over the window of the
        bead of `sentence` (a sentence of no bead is judged alone: True)."""
        if self._windows is None:
            self._windows = windows(self._manuscript, self._radius)
        window = self._windows.get(id(sentence))
        if window is None:
            return True
        zh, en = window
        src_sentences, tgt_sentences = (zh, en) if src == "zh" else (en, zh)
        tgt_count = sum(self.count(concepts, s) for s in tgt_sentences)
        if not tgt_count:
            return True  # the source has the concept in `sentence`
        return tgt_count < sum(self.count(concepts, s) for s in src_sentences)

    def count(self, concepts: Sequence[Concept], sentence: Sentence) -> int:
        """Places in a sentence that name one of the concepts in its language: the glossary matches of the
        concepts, and their forms (any status) found leniently outside all matches and the `blanked` words (a glossary
        word inside a fixed phrase rendering another Chinese word, `term_fixed_phrase`: no match, no evidence either)
        (`Evidence.count_zh`/`count_en`)."""
        ids = tuple(sorted({c.id for c in concepts}))
        key = (id(sentence), ids)
        n = self._counts.get(key)
        if n is None:
            found = self._matches.get(id(sentence), ())
            n = sum(1 for m in found if not set(ids).isdisjoint(m.concepts))
            evidence = self._evidence.get(id(sentence))
            if evidence is None:
                evidence = self._evidence[id(sentence)] = Evidence(
                    masked(sentence.text.text, [*found, *self._blanked.get(id(sentence), ())]))
            forms = [t for c in concepts for t, _status, _field in c.terms(sentence.lang)]
            if sentence.lang == "zh":
                n += evidence.count_zh(forms)
            else:
                n += evidence.count_en(forms, any(c.case_sensitive for c in concepts))
            self._counts[key] = n
        return n


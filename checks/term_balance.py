"""Whether a concept missing from one bead is missing from the translation: its balance over neighbouring beads.

The two sides of a translation split sentences differently and translators move a term into the sentence before or
after (or say it once where the source says it twice in two sentences). A concept the target lacks in one bead is a
real omission only when the target names it fewer times than the source over the bead and its neighbours
(RADIUS beads either side, in the same section pair, unaligned sentences included): a term the English says in
the next sentence balances the one its Chinese partner lacks. Occurrences are counted as `checks.presence` finds
them: the glossary's matches of the concept plus its forms found leniently in the rest of the text.
Counted only for a candidate finding.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from zhen_qa.checks.presence import Evidence
from zhen_qa.glossary.model import Concept, TermMatch
from zhen_qa.manuscript.document import Manuscript, Sentence

RADIUS = 1
"""Beads either side of a bead whose sentences are weighed with it."""

Window = tuple[list[Sentence], list[Sentence]]
"""The Chinese and the English sentences of a bead and its neighbours, in file order."""


def windows(manuscript: Manuscript, radius: int = RADIUS) -> dict[int, Window]:
    """id of every sentence of a bead -> the window of that bead (`Window`)."""
    out: dict[int, Window] = {}
    for pair in manuscript.pairs:
        beads = pair.beads
        for k, bead in enumerate(beads):
            near = beads[max(0, k - radius):k + radius + 1]
            window = ([pair.zh[i] for b in near for i in b.zh], [pair.en[i] for b in near for i in b.en])
            for i in bead.zh:
                out[id(pair.zh[i])] = window
            for i in bead.en:
                out[id(pair.en[i])] = window
    return out


def occurrences(concepts: Sequence[Concept], lang: str, sentences: Sequence[Sentence],
                matches: Mapping[int, Sequence[TermMatch]]) -> int:
    """Places in the sentences that name one of the concepts in `lang`: the glossary matches of the concepts, and
    their forms (any status) found leniently in the text outside all matches (`Evidence.count_zh`/`count_en`)."""
    ids = {c.id for c in concepts}
    count = 0
    parts: list[str] = []
    for s in sentences:
        text = s.text.text
        found = matches.get(id(s), ())
        count += sum(1 for m in found if ids.intersection(m.concepts))
        if found:
            chars = list(text)
            for m in found:
                chars[m.start:m.end] = "\0" * (m.end - m.start)
            text = "".join(chars)
        parts.append(text)
    evidence = Evidence(" ".join(parts))
    forms = [t for c in concepts for t, _status, _field in c.terms(lang)]
    if lang == "zh":
        return count + evidence.count_zh(forms)
    return count + evidence.count_en(forms, any(c.case_sensitive for c in concepts))


def short(concepts: Sequence[Concept], src: str, window: Window,
          matches: Mapping[int, Sequence[TermMatch]]) -> bool:
    """Whether the target language (the other than `src`) names the concepts fewer times than `src` over a window."""
    zh, en = window
    src_sentences, tgt_sentences = (zh, en) if src == "zh" else (en, zh)
    tgt = "en" if src == "zh" else "zh"
    return occurrences(concepts, tgt, tgt_sentences, matches) < occurrences(concepts, src, src_sentences, matches)

"""A term said by the glossary's near concept: "metrics and traces" = 指标和追踪 (追踪 listed for tracing, 链路 for
trace).

A glossary may list two concepts that are one English word's noun and activity, their preferred English forms one
word each with one stem (trace and tracing; sequence and sequencing); translators mix their Chinese words (链路,
追踪) for either. Where a term's bead has on its other side no form of the term's concept but a form of its near
concept, the word is there and only the choice between the two listed concepts is in question: at most a variant, not
a dropped term. The near concept's matches on that side must be unclaimed: more of them than the source side of the
bead has of the near concept itself, and as many as the source writes the term ("链路和追踪" = "traces" leaves 追踪
dropped: the trace is 链路's).
"""
from __future__ import annotations

from collections.abc import Sequence

from zhen_qa.checks.term_hits import Hit
from zhen_qa.glossary.model import Glossary


def near_concepts(glossary: Glossary) -> dict[str, frozenset[str]]:
    """Concept id -> the ids of its near concepts: those whose preferred English form is, like its own, one word
    with the same stem (the lexicon's `en_stems`)."""
    from zhen_qa.aligner.lexicon import en_stems

    by_stem: dict[str, set[str]] = {}
    for c in glossary.concepts:
        stems = en_stems(c.en)
        if len(c.en.split()) == 1 and len(stems) == 1:
            by_stem.setdefault(stems[0], set()).add(c.id)
    return {k: frozenset(ids - {k}) for ids in by_stem.values() if len(ids) > 1 for k in ids}


def near_said(h: Hit, near: dict[str, frozenset[str]], src_hits: Sequence[Hit], tgt_hits: Sequence[Hit]) -> bool:
    """Whether the target side of the bead (`tgt_hits`) names a near concept of the hit's concept (`near`) more
    often than the source (`src_hits`) does, by at least as many matches as the source has of the hit's concepts."""
    own = set(h.match.concepts)
    times = sum(1 for o in src_hits if own.intersection(o.match.concepts))
    for k in own:
        for n in near.get(k, ()):
            free = sum(1 for o in tgt_hits if n in o.match.concepts) - \
                sum(1 for o in src_hits if n in o.match.concepts)
            if free >= times:
                return True
    return False

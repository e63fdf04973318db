"""Two listed terms written as one compound, the other side naming the compound by one of them: 全基因组序列 =
"full genomes", 基因组序列 = "the corresponding sequences".

A compound of two glossary terms, one right after the other with nothing between (基因组 "genome" + 序列
"sequence": the genome's sequence), names one thing. A translator may name it by either word: "genomes" for
基因组序列 (the sequence is what a genome is read as), "sequences" for it (whose sequences the context says). The
term the other side leaves out is then not missing: its compound is rendered. It is so only where

- the source term and another concept's source term touch in the source sentence, one match ending where the other
  starts (in English a space or a hyphen between: "genome sequences"); written apart (基因组中的序列), each is
  said on its own;
- the other side of the bead names that other concept by a listed form: the compound is said there. Where neither
  term is rendered, the compound is missing and so is the term.
"""
from __future__ import annotations

from collections.abc import Sequence

from zhen_qa.checks.term_hits import Hit


def compound_partner(h: Hit, source_hits: Sequence[Hit], target_hits: Sequence[Hit]) -> bool:
    """Whether the hit `h` forms one compound with another concept's hit of its sentence (touching it) whose
    concept the target side names (see the module docstring)."""
    mine = set(h.match.concepts)
    said = {c for t in target_hits for c in t.match.concepts}
    for o in source_hits:
        if o.sentence is not h.sentence or mine.intersection(o.match.concepts):
            continue
        if touching(h, o) and said.intersection(o.match.concepts):
            return True
    return False


def touching(a: Hit, b: Hit) -> bool:
    """Whether two hits of one sentence are one compound: nothing between them (in English, one space or hyphen)."""
    first, second = (a, b) if a.match.start <= b.match.start else (b, a)
    gap = first.sentence.text.text[first.match.end:second.match.start]
    return gap == "" or a.lang == "en" and gap in (" ", "-")

"""Two listed Chinese terms written as one compound, the English naming the compound by its first term alone:
全基因组序列 = "full genomes", 病毒基因组序列 = "viral genomes".

A compound of two glossary terms, one right after the other with nothing between (基因组 "genome" + 序列
"sequence": the genome's sequence), names one thing. A translator may name it by its first term as a noun of its own
("genomes" for 基因组序列: the sequence is what a genome is read as). The head term the English leaves out is then
not missing: its compound is rendered. It is so only where

- the Chinese term is the compound's second (its head) and touches the first, another concept's term, in the source
  sentence (one match ending where the other starts): written apart (基因组中的序列), each is said on its own;
- the English names the first term's concept by a listed form that ends its noun phrase: nothing after it but a
  mark, the end of the sentence, or one of END_WORDS ("full genomes of a novel virus", "genomes from Australia").
  "breast cancer guidelines" for 乳腺癌筛查指南 has a head noun of its own after the first term, and 筛查 is missing.

A first term the English leaves out is not excused (哺乳期急性乳腺炎 = "acute mastitis": lactation is dropped, and a
reader loses it), nor a compound neither of whose terms the English names.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from zhen_qa.checks.term_hits import Hit

END_WORDS = frozenset("of from in at for with and or are is were was have has".split())
"""Words after an English noun that show it ends its noun phrase (a preposition, a conjunction, a finite verb)."""

_NEXT = re.compile(r"\s*([A-Za-z]+)?")


def compound_head(h: Hit, source_hits: Sequence[Hit], target_hits: Sequence[Hit]) -> bool:
    """Whether the Chinese hit `h` is the head of a compound whose first term, another concept's hit touching it,
    the English names alone (see the module docstring)."""
    if h.lang != "zh":
        return False
    mine = set(h.match.concepts)
    for o in source_hits:
        if o.sentence is not h.sentence or o.match.end != h.match.start or mine.intersection(o.match.concepts):
            continue
        if any(set(t.match.concepts).intersection(o.match.concepts) and _ends_phrase(t) for t in target_hits):
            return True
    return False


def _ends_phrase(t: Hit) -> bool:
    """Whether an English hit ends its noun phrase: a mark, the end, or an END_WORDS word after it."""
    m = _NEXT.match(t.sentence.text.text, t.match.end)
    word = m.group(1) if m else None
    return word is None or word.lower() in END_WORDS

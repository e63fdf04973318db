"""A sequence named by what was sequenced: 基因组序列 = "genomes", "genome sequences" = 基因组.

Genomics says "790 genomes" for 790 genome sequences, "full genomes" for 全基因组序列: the molecule stands for the
sequence read of it, as a drug stands for its regimen (`term_rendered.modifier_rendered`). Where the other side
names the molecule, a sequence term compounded with it says nothing the other side lacks. The sequence term is
excused where

- its concept's English is a sequence (an English form whose last word is "sequence" or "sequences");
- another glossary term ends right where it starts in the same sentence (基因组 before 序列; "genome" before
  "sequences", a space between), the molecule it is the sequence of, and that term is a genome-scale molecule (its
  English ends in -ome: genome, exome, transcriptome; `GENOME_SCALE`): the metonymy is genomics' own. "The amino
  acids of a protein" is its composition, not its sequence (the order), and "nucleotides", "promoters", "proteins"
  for their sequences change what is said (review53 R12);
- the other side of the bead names that molecule's concept (it renders the compound);
- the other side has no term the source lacks (`term_rendered.english_only_terms`, from a Chinese source): then the
  head may have been rendered by a wrong word.

A sequence term whose molecule the other side does not name (基因组序列 where the English says "the data"), or one
compounded with no glossary term (病毒序列), is still missing.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from zhen_qa.checks.term_hits import Hit
from zhen_qa.checks.term_rendered import english_only_terms
from zhen_qa.glossary.model import Concept

SEQUENCE_HEADS = frozenset({"sequence", "sequences"})
"""The last English word of a concept that is the sequence read of the molecule named before it."""


GENOME_SCALE = ("ome", "omes")
"""How the last English word of a molecule whose sequence genomics names by the molecule ends (genome, exome)."""


def _is_sequence(concepts: Sequence[Concept]) -> bool:
    return any(f.split()[-1].lower() in SEQUENCE_HEADS for c in concepts for f in c.accepted("en") if f.split())


def _genome_scale(concept: Concept) -> bool:
    return any(f.split()[-1].lower().endswith(GENOME_SCALE) for f in concept.accepted("en") if f.split())


def sequence_of(h: Hit, concepts: Sequence[Concept], src_hits: list[Hit], tgt_hits: list[Hit],
                present: set[str], concept: Callable[[str], Concept]) -> bool:
    """Whether the sequence term `h` is compounded with a genome-scale molecule term right before it that the other
    side names (see the module docstring). `present` are the concepts the other side of the bead names; `concept`
    looks a concept up by id."""
    if not _is_sequence(concepts):
        return False
    own = set(h.match.concepts)
    text = h.sentence.text.text
    gap = " " if h.lang == "en" else ""
    molecule = [o for o in src_hits if o.sentence is h.sentence and own.isdisjoint(o.match.concepts)
                and o.match.end + len(gap) == h.match.start
                and text[o.match.end:h.match.start] == gap and present.intersection(o.match.concepts)
                and _genome_scale(concept(o.match.concept_id))]
    if not molecule:
        return False
    return h.lang == "en" or not english_only_terms(h, src_hits, tgt_hits)

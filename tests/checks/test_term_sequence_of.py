"""Tests of checks.term_sequence_of through term-missing: a sequence named by what was sequenced."""
from __future__ import annotations

from tests.checks.terms_kit import gl, term_missing
from zhen_qa.glossary.model import Concept

GENOME = Concept("genome", "基因组", "genome")
SEQUENCE = Concept("sequence", "序列", "sequence")
GLOSSARY = gl(GENOME, SEQUENCE)


def test_genome_sequences_said_as_genomes() -> None:
    assert term_missing(GLOSSARY, ["我们分析了来自美国的全基因组序列。"],
                        ["We analysed full genomes from the US."]) == []


def test_genomes_said_as_genome_sequences() -> None:
    assert term_missing(GLOSSARY, ["我们分析了来自美国的基因组。"], ["We analysed genome sequences from the US."]) == []


def test_sequence_still_missing_where_the_molecule_is_not_named() -> None:
    # both terms of the phrase 基因组序列 missing: one finding naming both (`missing_joined`)
    assert term_missing(GLOSSARY, ["我们分析了来自美国的基因组序列。"], ["We analysed the data from the US."]) == [
        "「基因组」 has no “genome” in the aligned English; also 「序列」 (“sequence”) in the same sentence pair"]
    assert term_missing(GLOSSARY, ["我们分析了来自美国的序列。"], ["We analysed genomes from the US."]) == [
        "「序列」 has no “sequence” in the aligned English (it has “genomes”)"]


def test_not_compounded_with_the_molecule() -> None:
    assert term_missing(GLOSSARY, ["基因组的变化见于这些序列。"],
                        ["Changes in the genome are seen in these cases."]) == [
        "「序列」 has no “sequence” in the aligned English"]


def test_a_molecule_after_the_sequence_is_not_its_molecule() -> None:
    assert term_missing(GLOSSARY, ["突变存在于单序列，即基因组内独有的部分。"],
                        ["Mutations are in singletons, unique parts of the genome."]) == [
        "「序列」 has no “sequence” in the aligned English"]


def test_a_molecule_not_genome_scale_does_not_name_its_sequence() -> None:
    """review53 R12: "the amino acids of a protein" is its composition, not its sequence."""
    glossary = gl(Concept("amino-acid", "氨基酸", "amino acid"), SEQUENCE, Concept("protein", "蛋白质", "protein"))
    assert term_missing(glossary, ["方法：比较了两种突变蛋白质的氨基酸序列。"],
                        ["Methods: The amino acids of the two mutant proteins were compared."]) == [
        "「序列」 has no “sequence” in the aligned English"]

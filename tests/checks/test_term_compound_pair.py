"""Tests of checks.term_compound_pair through term-missing: two listed Chinese terms written as one compound, the
English naming it by its first term alone."""
from __future__ import annotations

from tests.checks.terms_kit import gl, term_missing
from zhen_qa.glossary.model import Concept

GENOME = Concept("genome", "基因组", "genome")
SEQUENCE = Concept("sequence", "序列", "sequence")
LACTATION = Concept("lactation", "哺乳期", "lactation")
MASTITIS = Concept("mastitis", "乳腺炎", "mastitis")
CANCER = Concept("breast-cancer", "乳腺癌", "breast cancer")
SCREENING = Concept("screening", "筛查", "screening")


def test_the_compound_said_by_its_first_term() -> None:
    assert term_missing(gl(GENOME, SEQUENCE), ["这么迅速就能获得多条全基因组序列是一项了不起的成就。"],
                        ["To have full genomes of a novel virus this quickly is a remarkable achievement."]) == []
    assert term_missing(gl(GENOME, SEQUENCE), ["我们比较了这些基因组序列。"], ["We compared these genomes."]) == []


def test_a_first_term_left_out_is_still_missing() -> None:
    assert term_missing(gl(LACTATION, MASTITIS), ["本文总结1例哺乳期乳腺炎患者的护理。"],
                        ["This paper summarized the nursing of a patient with mastitis."]) == [
        "「哺乳期」 has no “lactation” in the aligned English"]


def test_terms_written_apart_or_a_head_noun_after_the_first_are_still_missing() -> None:
    assert term_missing(gl(GENOME, SEQUENCE), ["在各个样本的基因组内独有的序列中。"],
                        ["They are unique to individual genomes."]) == [
        "「序列」 has no “sequence” in the aligned English"]
    assert term_missing(gl(CANCER, SCREENING), ["该指南更新了乳腺癌筛查建议。"],
                        ["The guideline updates breast cancer recommendations."]) == [
        "「筛查」 has no “screening” in the aligned English"]

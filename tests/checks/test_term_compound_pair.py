"""Tests of checks.term_compound_pair through term-missing: two listed terms written as one compound, the other
side naming it by one of them."""
from __future__ import annotations

from tests.checks.terms_kit import gl, term_missing
from zhen_qa.glossary.model import Concept

GENOME = Concept("genome", "基因组", "genome")
SEQUENCE = Concept("sequence", "序列", "sequence")


def missing(zh: str, en: str) -> list[str]:
    return term_missing(gl(GENOME, SEQUENCE), [zh], [en])


def test_the_compound_said_by_one_of_its_terms() -> None:
    assert missing("这么迅速就能获得多条全基因组序列是一项了不起的成就。",
                   "To have full genomes this quickly is a remarkable achievement.") == []
    assert missing("右边是对应的基因组序列。", "On the right are the corresponding sequences.") == []
    assert missing("我们比较了这些基因组序列。",
                   "We compared these genomes.") == []


def test_the_english_compound_said_by_one_chinese_term() -> None:
    assert missing("我们比较了这些序列。", "We compared these genome sequences.") == []


def test_terms_written_apart_or_the_compound_unsaid_are_still_missing() -> None:
    assert missing("在各个样本的基因组内独有的序列中。", "They are unique to individual genomes.") == [
        "「序列」 has no “sequence” in the aligned English"]
    assert missing("右边是对应的基因组序列。", "On the right are the corresponding data.") == [
        "「基因组」 has no “genome” in the aligned English",
        "「序列」 has no “sequence” in the aligned English"]

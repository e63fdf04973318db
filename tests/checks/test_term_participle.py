"""Tests of checks.term_participle through term-missing: a gerund or -uction noun said by its verb's participle."""
from __future__ import annotations

from tests.checks.terms_kit import gl, only, run
from zhen_qa.checks.term_participle import participle_said
from zhen_qa.glossary.model import Concept

SAMPLING = Concept("smp", "采样", "sampling")
G = gl(SAMPLING)


def missing(zh: str, en: str) -> list[str]:
    return [f.message for f in only(run(G, [zh], [en]), "term-missing")]


def test_participles() -> None:
    assert participle_said("the sampled genomes", ["sampling"])
    assert participle_said("an unsampled case", ["sampling"])
    assert participle_said("sampled and sequenced", ["sequencing"])
    assert participle_said("those introduced early", ["introduction"])
    assert participle_said("all tested negative", ["testing"])


def test_not_participles() -> None:
    """The verb's noun homograph is another thing; other words; multi-word forms."""
    assert not participle_said("the samples", ["sampling"])
    assert not participle_said("the sequences", ["sequencing"])
    assert not participle_said("the sample", ["sampling"])
    assert not participle_said("the sampled genomes", ["random sampling"])
    assert not participle_said("a rigged test", ["ring"])  # the stem too short


def test_through_term_missing() -> None:
    assert missing("图中显示了采样的基因组。", "The figure shows the sampled genomes.") == []
    assert len(missing("图中显示了采样的基因组。", "The figure shows the substance genomes.")) == 1
    assert len(missing("图中显示了采样的基因组。", "The figure shows the samples.")) == 1

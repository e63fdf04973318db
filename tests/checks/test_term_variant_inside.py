"""Tests of checks.term_variant_inside through term-missing: a term inside a variant of another concept's rendering."""
from __future__ import annotations

from tests.checks.terms_kit import gl, only, run
from zhen_qa.glossary.model import Concept

ISOLATION = Concept("iso", "隔离", "isolation", en_admitted=("quarantine",))
DISTANCING = Concept("sd", "社交距离", "social distancing")
G = gl(ISOLATION, DISTANCING)


def missing(zh: str, en: str) -> list[str]:
    return [f.message for f in only(run(G, [zh], [en]), "term-missing")]


def test_a_term_inside_a_variant_of_the_named_concepts_rendering() -> None:
    """社交隔离 = "social distancing" (社交距离 listed): 隔离 is part of that rendering, not "isolation"."""
    found = missing("各州都推行了社交隔离措施。", "Every state adopted social distancing measures.")
    assert not any(m.startswith("「隔离」") for m in found)  # "social distancing" may name 社交隔离 as its variant


def test_the_other_concept_not_named_leaves_the_term_missing() -> None:
    """The English names no social distancing ("substance"), or the Chinese word is no variant of 社交距离."""
    assert any(m.startswith("「隔离」") for m in missing("各州都推行了社交隔离措施。",
                                                         "Every state adopted substance measures."))
    assert any(m.startswith("「隔离」") for m in missing("各州都推行了隔离措施和社交距离。",
                                             "Every state adopted social distancing and other measures."))

"""Tests of checks.term_drug_class: a treatment said by the drug class of its regimen."""
from __future__ import annotations

from tests.checks.terms_kit import gl, missing_with
from zhen_qa.glossary.model import Concept

CHEMO = Concept("chemotherapy", "化疗", "chemotherapy")
ZH = "这项荟萃分析纳入11项使用了含铂类双药化疗的III期临床试验。"


missing = missing_with(gl(CHEMO))


def test_the_regimen_named_by_its_drug_class() -> None:
    assert missing(ZH, "This meta-analysis included 11 phase III studies that used a platinum-based doublet.") == []


def test_the_class_alone_or_another_noun_is_no_rendering() -> None:
    assert len(missing(ZH, "The analysis included 11 phase III studies that used a platinum-based substance.")) == 1
    assert len(missing(ZH, "This meta-analysis included 11 phase III studies of platinum.")) == 1
    # a class the Chinese does not name before the term
    assert len(missing(ZH, "This meta-analysis included 11 phase III studies that used a taxane-based doublet.")) == 1

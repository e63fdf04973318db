"""Tests of checks.term_gene: a gene alteration said in Chinese by the gene's name."""
from __future__ import annotations

from tests.checks.terms_kit import gl, only, run
from zhen_qa.glossary.model import Concept

MUTATION = Concept("mut", "突变", "mutation", en_admitted=("mutant",))


def test_a_mutation_said_by_its_gene_symbol() -> None:
    # "RET gene mutation" = RET基因 (基因筛查: the gene screened for its mutations)
    zh = ["早期进行RET基因筛查是诊断的关键。"]
    en = ["Screening of RET gene mutation is the key to diagnosis."]
    assert only(run(gl(MUTATION), zh, en), "term-missing") == []
    assert only(run(gl(MUTATION), ["本研究检测EGFR基因。"], ["We tested EGFR mutations."]), "term-missing") == []


def test_a_mutation_said_by_the_chinese_for_its_modifier() -> None:
    # "driver mutations" = 驱动基因: the lexicon glosses 驱动 "driver"
    zh = ["本文将对NSCLC驱动基因的研究进行综述。"]
    en = ["In this review, we report advances on driver mutations of NSCLC."]
    assert only(run(gl(MUTATION), zh, en), "term-missing") == []


def test_another_gene_or_no_gene_leaves_the_mutation_missing() -> None:
    en = ["We tested EGFR mutations."]
    for zh in (["本研究检测KRAS基因。"], ["本研究检测基因。"], ["本研究检测EGFR蛋白。"]):
        found = only(run(gl(MUTATION), zh, en), "term-missing")
        assert [(f.lang, f.suggestion) for f in found] == [("en", "突变")], zh
    # an English word that names no alteration is not said by the gene
    expression = Concept("expr", "表达", "expression")
    found = only(run(gl(expression), ["本研究检测EGFR基因。"], ["We tested EGFR expression."]), "term-missing")
    assert len(found) == 1

"""Tests of checks.term_other_kind: an admitted head noun under a modifier of another kind is not the concept."""
from __future__ import annotations

from tests.checks.terms_kit import gl, only, run
from zhen_qa.glossary.model import Concept

G = gl(Concept("sp", "信号通路", "signaling pathway", en_admitted=("signaling pathways", "pathway")))


def test_the_head_under_a_modifier_the_chinese_translates_is_another_kind() -> None:
    zh = ["可以实现代谢物及其相关代谢途径的分离和定量。"]
    en = ["It can separate and quantify metabolites and their associated metabolic pathways."]
    assert only(run(G, zh, en), "term-missing") == []


def test_the_concept_itself_or_an_untranslated_modifier_is_still_missing() -> None:
    zh = ["这些因素调控细胞增殖。"]
    for en in ("These signaling pathways regulate cell proliferation.",  # the preferred form
               "These metabolic pathways regulate cell proliferation.",  # no 代谢 in the Chinese
               "These pathways regulate cell proliferation."):  # the bare head refers to the concept
        assert len(only(run(G, zh, [en]), "term-missing")) == 1, en

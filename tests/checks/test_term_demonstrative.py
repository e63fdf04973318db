"""Tests of term_rendered.refers_back through term-missing: a demonstrative pronoun opening the English."""
from __future__ import annotations

from tests.checks.terms_kit import gl, term_missing
from zhen_qa.checks.term_rendered import refers_back
from zhen_qa.glossary.model import Concept

WGS = Concept("wgs", "全基因组测序", "whole-genome sequencing")
BEFORE = ("我们终将采用全基因组测序。", "Ultimately we will be sequencing whole genomes with whole-genome sequencing.")


def missing(zh: str, en: str, before: tuple[str, str] = BEFORE) -> list[str]:
    return term_missing(gl(WGS), [before[0], zh], [before[1], en])


def test_a_demonstrative_before_a_verb_refers_back() -> None:
    zh = "全基因组测序还有一个好处是可以取代许多独立检测。"
    assert missing(zh, "This would have the added benefit of replacing many stand-alone tests.") == []
    assert refers_back("These could be replaced by sequencing.")


def test_a_demonstrative_before_a_noun_or_nothing_named_before() -> None:
    zh = "全基因组测序还有一个好处是可以取代许多独立检测。"
    # a determiner: "This approach" names something of its own; "That is because" refers to a statement
    assert not refers_back("This approach would replace many tests.")
    assert not refers_back("That is because chemo affects cells that are quickly growing.")
    assert len(missing(zh, "This approach would have the added benefit of replacing many tests.")) == 1
    # the English before does not name the term: nothing to refer back to
    other = ("我们终将测序。", "Ultimately we will be sequencing.")
    assert len(missing(zh, "This would have the added benefit of replacing many stand-alone tests.", other)) == 1


def test_an_expletive_it_refers_back_to_nothing() -> None:
    # "It is believed that ..." stands for the clause after it, not for what the sentence before named
    assert not refers_back("It is believed that intelligent systems will help doctors.")
    assert not refers_back("It is very important to improve the maternal perception.")
    assert not refers_back("It should be noted that sequencing is costly.")
    assert refers_back("It is used to replace many stand-alone tests.")
    assert refers_back("It is a test that replaces many others.")
    zh = "我们相信全基因组测序将取代许多独立检测。"
    assert len(missing(zh, "It is believed that substance will replace many stand-alone tests.")) == 1
    assert missing(zh, "It will replace many stand-alone tests.") == []

"""Tests of checks.term_given_inside: a term the English says again by a definite noun phrase, the Chinese having
named it just before inside a longer word (元分析法)."""
from __future__ import annotations

from tests.checks.terms_kit import gl, only, run
from zhen_qa.glossary.model import Concept

G = gl(Concept("ma", "元分析", "meta-analysis"))
ZH = ["默认选项是一种助推方法。", "本研究运用元分析法整合了已有的实证研究。",
      "研究共纳入56篇文献，结果发现默认选项有效。"]
EN0 = "Default options are a nudge."


def test_a_term_given_inside_a_longer_chinese_word_said_again_needs_no_chinese() -> None:
    en = [EN0, "A meta-analysis was conducted to integrate the empirical studies.",
          "Of the 56 studies included, the meta-analysis shows that default options work."]
    assert only(run(G, ZH, en), "term-missing") == []


def test_an_indefinite_mention_or_a_concept_not_given_before_is_still_missing() -> None:
    en = [EN0, "A meta-analysis was conducted to integrate the empirical studies.",
          "Of the 56 studies included, a meta-analysis shows that default options work."]
    assert len(only(run(G, ZH, en), "term-missing")) == 1
    zh = [ZH[0], "本研究整合了已有的实证研究。", ZH[2]]  # not named in the Chinese before
    en = [EN0, "We integrated the empirical studies in a review.",
          "Of the 56 studies included, the meta-analysis shows that default options work."]
    assert len(only(run(G, zh, en), "term-missing")) == 1

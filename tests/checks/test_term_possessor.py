"""Tests of checks.term_possessor: a Chinese term possessing a noun the English says with "its" or "their", the
concept named in the English before."""
from __future__ import annotations

from tests.checks.terms_kit import gl, only, run
from zhen_qa.glossary.model import Concept

G = gl(Concept("glucose", "葡萄糖", "glucose"))
ZH = ["葡萄糖是奶牛的主要供能物质。", "奶牛的泌乳性能很重要。", "有必要深入研究葡萄糖的生理功能。"]
EN = ["Glucose is the main energy source of dairy cows.", "The milk performance of cows is important."]


def test_the_possessor_said_by_its_needs_no_english_term() -> None:
    en = EN + ["It is necessary to study its physiological functions in dairy cows."]
    assert only(run(G, ZH, en), "term-missing") == []


def test_no_possessive_or_another_possessed_noun_is_still_missing() -> None:
    # the term replaced, no possessive pronoun
    en = EN + ["It is necessary to study the physiological functions of substance in dairy cows."]
    assert len(only(run(G, ZH, en), "term-missing")) == 1
    # "its" before a noun that is not the Chinese possessed noun (功能 "function")
    en = EN + ["It is necessary to study the herd and its physiological state in dairy cows."]
    assert len(only(run(G, ZH, en), "term-missing")) == 1


def test_a_possessor_the_english_never_named_before_is_still_missing() -> None:
    zh = ["奶牛是主要的产奶动物。"] + ZH[1:]
    en = ["Dairy cows are the main milk producers.", EN[1], "It is necessary to study its physiological functions."]
    assert len(only(run(G, zh, en), "term-missing")) == 1

"""Tests of checks.term_head_kept: a Chinese term modifying a head noun the English keeps alone after a reference
form, the compound named on both sides just before."""
from __future__ import annotations

from tests.checks.terms_kit import gl, only, run
from zhen_qa.glossary.model import Concept

G = gl(Concept("widget", "小部件", "widget"))
ZH = ["这些国家的小部件工厂取得了早期经验。", "小部件工厂的效果需要评估。"]
EN_BEFORE = "These countries' widget factories gained early experience."


def test_the_head_kept_after_a_reference_form_needs_no_english_term() -> None:
    assert only(run(G, ZH, [EN_BEFORE, "The effect of a factory's output must be assessed."]), "term-missing") == []
    assert only(run(G, ZH, [EN_BEFORE, "The effect of these factories must be assessed."]), "term-missing") == []


def test_the_term_replaced_before_the_head_is_still_missing() -> None:
    en = [EN_BEFORE, "The effect of a substance factory's output must be assessed."]
    assert len(only(run(G, ZH, en), "term-missing")) == 1


def test_a_preposition_after_the_head_may_hold_the_term() -> None:
    en = [EN_BEFORE, "The effect of the factories for substance must be assessed."]
    assert len(only(run(G, ZH, en), "term-missing")) == 1


def test_a_head_the_file_never_paired_with_the_term_is_still_missing() -> None:
    en = ["These countries gained early experience in factories.", "The effect of a factory's output must be assessed."]
    assert len(only(run(G, ZH, en), "term-missing")) == 1
    # the compound named before in Chinese only
    en = ["These countries' plants gained early experience.", "The effect of a factory's output must be assessed."]
    assert len(only(run(G, ZH, en), "term-missing")) == 1

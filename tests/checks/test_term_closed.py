"""Tests of checks.term_closed: an English closed compound said by Chinese words glossed with its parts."""
from __future__ import annotations

from tests.checks.terms_kit import gl, only, run
from zhen_qa.aligner.lexicon import load_lexicon
from zhen_qa.checks.term_closed import parts
from zhen_qa.glossary.model import Concept

LOCKDOWN = Concept("lockdown", "封锁", "lockdown")


def test_the_parts_of_a_closed_compound() -> None:
    en2zh = load_lexicon().en2zh
    assert parts("lockdown", en2zh) == ["lock down"] and "work place" in parts("Workplace", en2zh)
    assert parts("pandemic", en2zh) == [] and parts("lock-down", en2zh) == [] and parts("outcome", en2zh) == []


def test_a_lockdown_said_by_a_word_glossed_with_its_parts() -> None:
    """封城 ("to lock down a city") for "the city lockdown"; a sentence without it lacks the term."""
    g = gl(LOCKDOWN)
    en = ["The mayor extended the city lockdown to May."]
    assert only(run(g, ["市长将封城期限延长至五月。"], en), "term-missing") == []
    (f,) = only(run(g, ["市长将期限延长至五月。"], en), "term-missing")
    assert f.lang == "en"

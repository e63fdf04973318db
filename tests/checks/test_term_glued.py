"""Tests of checks.term_glued through term-missing: an English term glued to the word before it (PDF extraction)."""
from __future__ import annotations

from tests.checks.terms_kit import gl, missing_with
from zhen_qa.checks.term_glued import glued_in
from zhen_qa.glossary.model import Concept

INFECTIOUS = Concept("id", "传染病", "infectious disease")


missing = missing_with(gl(INFECTIOUS))


def test_a_term_glued_to_a_function_word_is_there() -> None:
    zh = "现有传染病预防信息系统存在数据难以共享的问题。"
    en = "Theinfectious disease preventioninformationsystem has the problem that data are hard to share."
    assert missing(zh, en) == []
    assert glued_in("a model ofinfectious disease spread", ["infectious disease"])


def test_no_glued_function_word_no_term() -> None:
    zh = "现有传染病预防信息系统存在数据难以共享的问题。"
    # the term glued to a content word is another word ("noninfectious disease"), and a replaced term is missing
    assert len(missing(zh, "The noninfectious disease system has the problem that data are hard to share.")) == 1
    assert len(missing(zh, "Thesubstance preventioninformationsystem has the problem that data are hard to share."
                       )) == 1
    # fewer than MIN_REST letters after the function word: one word ("Often" is not "of ten")
    assert not glued_in("Often the disease returns.", ["ten"])

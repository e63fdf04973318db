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


ANTIGEN = Concept("antigen", "人工抗原", "artificial antigen")


def test_a_glued_term_whose_own_word_starts_like_a_function_word() -> None:
    # "antigen" starts like "an": split everywhere at once the text reads "an artificial an tigen" and the term is lost
    zh = "小分子化合物只能与载体偶联形成人工抗原后，方能诱导产生特异性抗体。"
    en = "The small molecule must be coupled with the carrier to form anartificial antigen, which induces antibodies."
    assert missing_with(gl(ANTIGEN))(zh, en) == []
    assert glued_in("to form anartificial antigen，which", ["artificial antigen"])


def test_a_term_really_dropped_beside_glued_words_is_missing() -> None:
    zh = "小分子化合物只能与载体偶联形成人工抗原后，方能诱导产生特异性抗体。"
    en = "The small molecule must be coupled with the carrier to form anartificial complex, which induces antibodies."
    assert len(missing_with(gl(ANTIGEN))(zh, en)) == 1
    assert not glued_in("to form anartificial complex，which", ["artificial antigen"])

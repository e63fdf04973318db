"""Tests of checks.term_swapped: a listed Chinese form with one morpheme said by the English term's own word."""
from __future__ import annotations

from tests.checks.terms_kit import gl, only, run
from zhen_qa.aligner.lexicon import load_lexicon
from zhen_qa.checks.term_swapped import swapped
from zhen_qa.glossary.model import Concept

RUB = Concept("rub", "洗手液", "hand sanitizer", en_admitted=("hand rub",))
TRIAL = Concept("trial", "临床试验", "clinical trial")


def test_a_morpheme_said_by_the_english_word() -> None:
    zh2en = load_lexicon().zh2en
    assert swapped(["洗手液"], "hand rubs", "使用酒精搓手液消毒。", zh2en)  # 搓 "rub"
    assert not swapped(["洗手液"], "hand rubs", "使用酒精洗手液消毒。", zh2en)  # the listed form itself
    assert not swapped(["临床试验"], "clinical trials", "这项临床实验很成功。", zh2en)  # 实 is no word of it: a slip


def test_through_term_missing_and_a_real_slip() -> None:
    assert only(run(gl(RUB), ["肥皂比酒精搓手液更有效。"], ["Soap is better than an alcohol-based hand rub."]),
                "term-missing") == []
    (f,) = only(run(gl(TRIAL), ["这项临床实验很成功。"], ["The clinical trial was a success."]), "term-missing")
    assert f.lang == "en"


ILLNESS = Concept("mental-illness", "心理疾病", "mental illness", en_admitted=("mental disorder",))


def test_a_two_character_word_said_by_the_english_word() -> None:
    zh2en = load_lexicon().zh2en
    # 精神 glosses "mental"; 心理 ("psychology, mentality") does not
    assert swapped(["心理疾病"], "mental disorder", "精神疾病患者的康复。", zh2en)
    assert only(run(gl(ILLNESS), ["精神疾病患者常受到歧视。"], ["People with a mental disorder often face stigma."]),
                "term-missing") == []
    # a three-character form keeps the one-character swap only
    assert not swapped(["洗手液"], "hand rubs", "使用酒精洗手液消毒。", zh2en)

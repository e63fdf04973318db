"""Tests of `checks.repeated_en`: doubled English words told from grammatical and named ones."""
from __future__ import annotations

from zhen_qa.checks.repeated_en import english_doubles


def test_a_latin_tautonym_is_a_species_name_not_a_doubled_word() -> None:
    text = "Whooper swans (Cygnus cygnus) and Rattus rattus were sampled. This this is a slip, so is data data."
    assert [u for _, _, u in english_doubles(text)] == ["This", "data"]
    assert [u for _, _, u in english_doubles("The The end. Cygnus Cygnus")] == ["The", "Cygnus"]


def test_an_authors_initials_are_not_a_doubled_letter() -> None:
    """"Hussein A A, et al": the initials after a surname, in English or kept in the Chinese (Hussein A A 等人)."""
    assert list(english_doubles("Hussein A A, et al studied it.")) == []
    assert list(english_doubles("Hussein A A 等人研究了化合物。")) == []
    assert [u for _, _, u in english_doubles("see A A here, and a a slip")] == ["A", "a"]


def test_an_identifier_tail_before_the_same_word_is_no_doubling() -> None:
    # two table cells joined: an identifier ending in the word, then the word opening the next cell
    text = "Caffe2Xavier Xavier initialization. init_weights weights the model. Use use it."
    assert [u for _, _, u in english_doubles(text)] == ["Use"]


def test_a_pinyin_name_reduplicating_a_syllable_is_no_slip() -> None:
    # 薏苡仁 spelt "Yi Yi Ren" in a prescription: one syllable follows itself inside a pinyin name
    en = "Raw Yi Yi Ren (Coicis Semen) 30g, Ma Ma Teng 10g and the the rest."
    assert [u for _, _, u in english_doubles(en)] == ["the"]
    assert [u for _, _, u in english_doubles("It was In In the text.")] == ["In"]  # no pinyin name around it


def test_in_before_a_latin_phrase_that_begins_with_in_is_no_doubled_word() -> None:
    text = "Signatures could then be tested in in vitro (organoids) or in in vivo models. It is in in the box."
    assert [text[a:b] for a, b, _ in english_doubles(text)] == ["in in"]
    assert list(english_doubles("In in situ hybridization, probes bind.")) == []


def test_the_c_type_long_long_is_no_doubled_word() -> None:
    text = "对两个64位长长整数（long long integer）进行按位与操作，用 long long int 存储。It took a long long way."
    assert [text[a:b] for a, b, _ in english_doubles(text)] == ["long long"]  # the C type twice; "a long long way"

"""Tests of checks.term_near: a listed term written one slip away from its form."""
from __future__ import annotations

from zhen_qa.checks.term_near import edits, near_en, near_zh


def test_edits_counts_and_caps() -> None:
    assert edits("distant", "distance", 2) == 2
    assert edits("ASD", "ACD", 1) == 1
    assert edits("colon", "rectal", 2) == 3  # over the cap: cap + 1
    assert edits("same", "same", 1) == 0


def test_a_chinese_form_one_character_off() -> None:
    assert near_zh("许多临床实验失败了", ["临床试验"])  # changed
    assert near_zh("霍奇金淋巴癌", ["淋巴瘤"])
    assert near_zh("使用羟基氯喹治疗", ["羟氯喹"])  # one added
    assert not near_zh("化学治疗", ["化疗"])  # two characters: one slip makes another word
    assert not near_zh("临床试验", ["临床试验"])  # the form itself is no slip
    assert not near_zh("疫情期间", ["大流行"])  # a synonym


def test_an_english_form_with_one_word_misspelt() -> None:
    assert near_en("They moved to distant learning.", ["distance learning"])
    assert near_en("families affected by ACD", ["ASD"])
    assert not near_en("stage II rectal cancer", ["colon cancer"])  # another word, not a slip
    assert not near_en("two clinical trials", ["clinical trial"])  # an inflection is the form
    assert not near_en("the pandemic", ["epidemic curve"])

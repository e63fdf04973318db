from __future__ import annotations

from zhen_qa.aligner.lexicon import load_lexicon
from zhen_qa.checks.term_head import head_said


def test_the_shared_head_without_the_modifier() -> None:
    zh2en = load_lexicon().zh2en
    assert head_said(["确诊病例"], ["confirmed case"], "at least one case was reported", "报告出现\0\0\0\0", zh2en)
    assert head_said(["危险因素"], ["risk factor"], "these and other factors", "上述及其他\0\0\0\0", zh2en)


def test_not_another_kind_a_one_word_form_or_the_head_outside_the_term() -> None:
    zh2en = load_lexicon().zh2en
    assert not head_said(["确诊病例"], ["confirmed case"], "suspected cases", "\0\0\0\0", zh2en)
    assert not head_said(["确诊病例"], ["confirmed case"], "risk-related cases", "\0\0\0\0", zh2en)
    assert not head_said(["确诊病例"], ["confirmed case"], "new cases", "\0\0\0\0和疑似病例", zh2en)
    assert not head_said(["化疗"], ["chemotherapy"], "the therapy", "\0\0", zh2en)


def test_the_head_is_every_last_word_the_lexicon_glosses_the_chinese_end_with() -> None:
    zh2en = load_lexicon().zh2en
    assert head_said(["主要终点"], ["primary end point"], "the end point was similar", "\0\0\0\0", zh2en)
    assert not head_said(["主要终点"], ["primary end point"], "the point was similar", "\0\0\0\0", zh2en)


def test_the_heads_the_source_has_beside_the_term_are_rendered_first() -> None:
    """报告病例 beside 确诊病例: "reported cases" renders the one, "one case" the other; one head for both is not
    enough, nor are heads all of another kind."""
    zh2en = load_lexicon().zh2en
    source = "报告出现\0\0\0\0，报告病例最多"
    assert head_said(["确诊病例"], ["confirmed case"], "one case, most reported cases in Spain", source, zh2en)
    assert not head_said(["确诊病例"], ["confirmed case"], "most reported cases in Spain", source, zh2en)
    assert not head_said(["确诊病例"], ["confirmed case"], "suspected and reported cases", source, zh2en)


def test_a_head_beside_the_term_said_by_its_modifier_takes_no_english_head() -> None:
    """死亡的病例 = "death": the one "cases" of the English is the term's; with no death said, or said "death
    cases", that one "cases" may be the other head's."""
    zh2en = load_lexicon().zh2en
    source = "每小时新增 50 例\0\0\0\0，每 10 分钟新增 1 例死亡的病例。"
    assert head_said(["确诊病例"], ["confirmed case"], "50 new cases every hour and one new death every ten minutes",
                     source, zh2en)
    assert not head_said(["确诊病例"], ["confirmed case"], "50 new cases every hour and one more every ten minutes",
                         source, zh2en)
    assert not head_said(["确诊病例"], ["confirmed case"], "50 new substances every hour and one death case",
                         source, zh2en)
    assert not head_said(["确诊病例"], ["confirmed case"], "50 new substances every hour and one new death",
                         source, zh2en)


def test_an_of_phrase_putting_another_noun_in_a_noun_modifiers_place_is_another_kind() -> None:
    """"failure of the kidneys" is kidney failure, not 心力衰竭 (heart failure) said short; "factor of protection" a
    protective factor, not 危险因素; "failure of heart transplants" a graft's failure. The modifier itself ending the
    of-phrase is the term in the other word order, and an adjective modifier has no such place ("new cases of
    influenza" still says 确诊病例 short)."""
    zh2en = load_lexicon().zh2en
    assert not head_said(["心力衰竭"], ["heart failure"], "patients with failure of the kidneys", "\0\0\0\0患者", zh2en)
    assert not head_said(["危险因素"], ["risk factor"], "smoking is the main factor of protection",
                         "吸烟是主要\0\0\0\0", zh2en)
    assert not head_said(["心力衰竭"], ["heart failure"], "failure of heart transplants", "\0\0\0\0", zh2en)
    assert head_said(["心力衰竭"], ["heart failure"], "patients with failure of the heart", "\0\0\0\0患者", zh2en)
    assert head_said(["心力衰竭"], ["heart failure"], "the failure of the heart and lungs", "\0\0\0\0", zh2en)
    assert head_said(["心力衰竭"], ["heart failure"], "patients with failure had a poor outcome", "\0\0\0\0患者", zh2en)
    assert head_said(["确诊病例"], ["confirmed case"], "50 new cases of influenza", "新增\0\0\0\0", zh2en)
    assert head_said(["中西医结合护理"], ["integrated Chinese and Western medicine nursing"],
                     "the nursing of the patients with bronchitis", "\0\0\0\0\0\0\0", zh2en)  # whom, not a kind

"""Tests of checks.term_other_modifier: an English head under a word that renders another part of the Chinese."""
from __future__ import annotations

from tests.checks.terms_kit import only, run
from zhen_qa.checks.term_other_modifier import other_modifier
from zhen_qa.checks.term_rendered import en2zh
from zhen_qa.glossary.model import Concept, Glossary

PATIENTS = "Patients died after hematopoietic patients cell transplantation."


def test_a_word_rendering_another_phrase_of_the_chinese_is_another_modifier() -> None:
    source = "骨髓\0\0\0移植后患者死亡。"  # 干细胞 blanked
    assert other_modifier("patients", source, en2zh())  # 患者 stands after the term
    assert not other_modifier("new", "新增 5 例\0\0\0\0。", en2zh())  # 新增 in the term's noun phrase
    assert not other_modifier("other", "上述及其他\0\0\0\0。", en2zh())
    assert not other_modifier("advanced", "患者\0\0。", en2zh())  # the sentence has no word it renders
    assert not other_modifier("the", "患者\0\0。", en2zh())  # a stop word is no modifier
    assert other_modifier("institutions", "医疗机构儿科、\0\0。", en2zh())  # a mark between: another phrase


def test_a_head_under_another_modifier_is_no_rendering_of_the_term() -> None:
    g = Glossary.build([Concept("sc", "干细胞", "stem cell"), Concept("im", "内科", "internal medicine")], "g.csv")
    # the head "cell" under "patients", which renders 患者 after the term: a wrong modifier, reported
    found = only(run(g, ["造血干细胞移植后患者死亡。"], [PATIENTS]),
                 "term-missing")
    assert [(f.lang, f.suggestion) for f in found] == [("zh", "stem cell")]
    en = "Doctors of pediatrics and institutions medicine in institutions."
    found = only(run(g, ["各级医疗机构儿科、内科的医生。"], [en]), "term-missing")
    assert [(f.lang, f.suggestion) for f in found] == [("zh", "internal medicine")]
    # the head alone or under a word the Chinese puts in the term's phrase stays the term said short
    found = only(run(g, ["造血干细胞移植后患者死亡。"], ["Patients died after the cell transplantation."]),
                 "term-missing")
    assert found == []


def test_the_other_modifier_may_render_a_listed_term() -> None:
    # 患者 listed too: it is still a word of the sentence the English modifier renders
    g = Glossary.build([Concept("sc", "干细胞", "stem cell"), Concept("pt", "患者", "patient")], "g.csv")
    found = only(run(g, ["造血干细胞移植后患者死亡。"], [PATIENTS]),
                 "term-missing")
    assert [(f.lang, f.suggestion) for f in found] == [("zh", "stem cell")]


def test_a_function_word_between_ends_the_terms_noun_phrase() -> None:
    # 对 (a preposition, a word of its own) between 优先 and the term: 优先 is in another phrase
    assert other_modifier("priority", "推荐按照优先顺序对重点和\0\0\0人群进行接种。", en2zh())
    assert not other_modifier("priority", "优先顺序的重点\0\0\0人群。", en2zh())  # no function word: its phrase
    g = Glossary.build([Concept("hr", "高风险", "high risk")], "g.csv")
    en = "Vaccination is recommended in order of priority for key and other priority risk groups."
    found = only(run(g, ["推荐按照优先顺序对重点和高风险人群进行接种。"], [en]), "term-missing")
    assert [(f.lang, f.suggestion) for f in found] == [("zh", "high risk")]
    # the head alone stays the term said short
    en = "Vaccination is recommended for key and other risk groups."
    assert only(run(g, ["推荐对重点和高风险人群进行接种。"], [en]), "term-missing") == []


def test_an_ation_noun_the_lexicon_lacks_is_looked_up_by_its_verb() -> None:
    # "transplantation" has no entry of its own; "transplant" (移植) has, and 移植 stands after the term
    assert other_modifier("transplantation", "异基因造血\0\0\0移植后死亡。", en2zh())
    en = "Infection is a cause of death after allogeneic hematopoietic transplantation cell transplantation."
    found = only(run(Glossary.build([Concept("sc", "干细胞", "stem cell")], "g.csv"),
                     ["感染是异基因造血干细胞移植后死亡的原因。"], [en]), "term-missing")
    assert [(f.lang, f.suggestion) for f in found] == [("zh", "stem cell")]

"""Tests of checks.term_zero_subject: an English term in a subject the English restates where the Chinese sentence
leaves its subject out (a bare 这, or a prepositional phrase going on with an adverb)."""
from __future__ import annotations

from tests.checks.terms_kit import gl, only, run
from zhen_qa.checks.term_zero_subject import subjectless
from zhen_qa.glossary.model import Concept

G = gl(Concept("nm", "神经机制", "neural mechanism"))
ZH0 = "本研究探讨主动控制感的神经机制。"
EN0 = "This study explores the neural mechanism of the sense of agency."


def test_subjectless_chinese_openings() -> None:
    assert subjectless("这将有利于理解人类动作的产生。")
    assert subjectless("对推进饮食行为研究的理论发展，也为健康干预工作提供重要支持。")
    assert not subjectless("这一机制有利于理解人类动作的产生。")  # 这 before a noun: a subject of its own
    assert not subjectless("本研究有利于理解人类动作的产生。")
    assert not subjectless("对于这些患者，我们建议进一步随访。")  # a subject after the phrase


def test_a_restated_subject_where_the_chinese_has_a_bare_demonstrative_needs_no_chinese_term() -> None:
    zh = [ZH0, "这将有利于理解人类动作的产生。"]
    en = [EN0, "The elucidation of this cognitive neural mechanism will contribute to understanding human actions."]
    assert only(run(G, zh, en), "term-missing") == []


def test_a_restated_subject_where_the_chinese_opens_with_a_prepositional_phrase() -> None:
    zh = [ZH0, "对推进动作研究的理论发展，也为临床诊断提供重要支持。"]
    en = [EN0, "Exploring a neural mechanism of agency can not only promote theory but also support diagnosis."]
    assert only(run(G, zh, en), "term-missing") == []


def test_a_chinese_subject_of_its_own_a_first_mention_or_a_term_outside_the_subject_is_still_missing() -> None:
    en1 = "The elucidation of this cognitive neural mechanism will contribute to understanding human actions."
    # the Chinese sentence has its own subject (这一模型)
    zh = [ZH0, "这一模型将有利于理解人类动作的产生。"]
    assert len(only(run(G, zh, [EN0, en1]), "term-missing")) == 1
    # the English names the concept here for the first time
    zh = ["本研究探讨主动控制感。", "这将有利于理解人类动作的产生。"]
    en = ["This study explores the sense of agency.", en1]
    assert len(only(run(G, zh, en), "term-missing")) == 1
    # the term after the verb: not the restated subject
    zh = [ZH0, "这将有利于理解人类动作的产生。"]
    en = [EN0, "This will contribute to understanding its neural mechanism in human actions."]
    assert len(only(run(G, zh, en), "term-missing")) == 1

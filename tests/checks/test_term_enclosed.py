"""Tests of checks.term_enclosed: an English term inside another concept's name said with a word varied."""
from __future__ import annotations

from tests.checks.terms_kit import only, run
from zhen_qa.glossary.model import Concept, Glossary

G = Glossary.build([
    Concept("acupoint-application", "穴位贴敷", "acupoint application", en_admitted=("acupoint sticking",)),
    Concept("auricular-acupressure", "耳穴贴压", "auricular acupressure", en_admitted=("auricular point sticking",)),
], "g.csv")
ZH = ["本文总结了耳穴贴压治疗失眠的护理经验。"]


def test_a_term_inside_the_other_concepts_name_said_with_its_middle_varied_is_no_finding() -> None:
    en = ["This paper summarized the nursing care of auricular acupoint sticking and pressing for insomnia."]
    assert only(run(G, ZH, en), "term-missing") == []


def test_the_term_alone_or_after_a_modifier_of_its_own_is_reported() -> None:
    for en in ("This paper summarized the nursing care of acupoint sticking for insomnia.",
               "This paper summarized the nursing care of chronic acupoint sticking for insomnia."):
        (f,) = only(run(G, ZH, [en]), "term-missing")
        assert "it has “acupoint sticking”" in f.message, en


def test_the_other_concept_must_be_named_in_the_chinese() -> None:
    en = ["This paper summarized the nursing care of auricular acupoint sticking and pressing for insomnia."]
    findings = only(run(G, ["本文总结了针灸治疗失眠的护理经验。"], en), "term-missing")
    assert any(f.lang == "en" and "acupoint sticking" in f.message for f in findings)

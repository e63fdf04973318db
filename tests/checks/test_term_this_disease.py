"""Tests of checks.term_this_disease: 本病 "this disease" refers back whatever the English's own generic nouns."""
from __future__ import annotations

from tests.checks.terms_kit import only, run
from zhen_qa.checks.term_this_disease import this_disease
from zhen_qa.glossary.model import Concept, Glossary


def test_a_demonstrative_disease_noun_and_not_a_longer_word() -> None:
    assert this_disease("本病属于中医疫病范畴。") and this_disease("该病可以治愈。")
    for text in ("该病毒可以灭活。", "本病例为男性。", "病情稳定。"):
        assert not this_disease(text), text


def test_this_disease_refers_back_beside_an_english_generic_noun() -> None:
    """"Hepatitis ... according to the disease condition" for 本病……根据病情: 本病 is the hepatitis named before, the
    English "disease" is 病情; with 疾病 instead the English noun may be its rendering, and it is reported."""
    g = Glossary.build([Concept("hep", "肝炎", "hepatitis")], "g.csv")
    zh = ["肝炎是常见的传染病。", "本病应根据病情治疗。"]
    en = ["Hepatitis is a common infection.", "Hepatitis should be treated according to the disease condition."]
    assert only(run(g, zh, en), "term-missing") == []
    (f,) = only(run(g, [zh[0], "应根据病情治疗。"], en), "term-missing")
    assert f.lang == "en" and f.location.line == 5
    # a file whose Chinese never names the disease: 本病 is the one the text is about
    assert only(run(g, ["本病应根据病情治疗。"], [en[1]]), "term-missing") == []

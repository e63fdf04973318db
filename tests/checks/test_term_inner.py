"""Tests of checks.term_inner through term-missing: 疫苗接种 holding 疫苗, the English naming only the vaccine."""
from __future__ import annotations

from tests.checks.terms_kit import gl, missing_with, only, run
from zhen_qa.glossary.model import Concept

VACCINE = Concept("vaccine", "疫苗", "vaccine")
VACCINATION = Concept("vaccination", "疫苗接种", "vaccination")
G = gl(VACCINE, VACCINATION)


missing = missing_with(G)


def test_the_act_said_by_the_object_inside_its_term() -> None:
    assert missing("建议以下群体接受重组带状疱疹疫苗接种。",
                   "Recombinant shingles vaccine is recommended for them.") == []


def test_the_object_said_inside_a_surplus_act() -> None:
    # two 疫苗接种, one "vaccination": the other holds the vaccine the English names
    assert missing("如果接受疫苗接种的人有以下情况，请告知您的疫苗接种服务提供者。",
                   "Tell your vaccination provider if the person getting the vaccine is ill.") == []


def test_another_word_or_no_surplus_is_still_missing() -> None:
    assert missing("建议以下群体接受重组带状疱疹疫苗接种。",
                   "Recombinant shingles substance is recommended for them.") == [
        "「疫苗接种」 has no “vaccination” in the aligned English"]
    # the English vaccine is the Chinese 疫苗's own: the act is missing
    assert missing("疫苗到货后，建议以下群体接受疫苗接种。", "Once the vaccine arrives, it is recommended for them.") \
        == ["「疫苗接种」 has no “vaccination” in the aligned English"]
    # one 疫苗接种 that the English names as vaccination: the vaccine is missing
    assert missing("如果接受疫苗接种的人有以下情况，请告知医生。",
                   "Tell your doctor if the person getting the vaccination and the vaccine is ill.") \
        == ["“vaccine” has no 「疫苗」 in the aligned Chinese"]


def test_a_surplus_compound_of_the_term_holds_no_rendering() -> None:
    """心理健康素养 = "mental health literacy": a compound of "mental health", repeated in the Chinese."""
    health = Concept("mh", "心理健康", "mental health")
    literacy = Concept("mhl", "心理健康素养", "mental health literacy")
    found = run(gl(health, literacy), ["个体心理健康素养中，在心理健康素养的影响因素方面差异较大。"],
                ["We explored the influences of mental health background on mental health literacy."])
    assert [f.message for f in only(found, "term-missing")] == [
        "“mental health” has no 「心理健康」 in the aligned Chinese"]


def test_the_inner_word_in_place_of_an_outer_never_named_is_a_substitution() -> None:
    """干细胞分泌组学研究 = "Stem cell secretome research": secretomics never named, secretome in its place."""
    found = run(gl(Concept("secretome", "分泌组", "secretome"), Concept("secretomics", "分泌组学", "secretomics")),
                ["干细胞分泌组学研究。"], ["Stem cell secretome research."])
    assert [f.message for f in only(found, "term-missing")] == [
        "「分泌组学」 has no “secretomics” in the aligned English (it has “secretome”)"]

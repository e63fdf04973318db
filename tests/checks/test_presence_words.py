"""Tests of checks.presence_words: a term's stem inside an English compound word, a negative adjective said with a
separate negation."""
from __future__ import annotations

import pytest

from tests.checks.terms_kit import gl, only, run
from zhen_qa.checks.presence_words import (
    combining_form,
    en_combining,
    en_compound,
    en_fused,
    en_negated,
    en_verb,
    negated_base,
)
from zhen_qa.glossary.model import Concept


@pytest.mark.parametrize(("form", "text"), [
    ("genome", "full-length and subgenomic RNAs recombine"),
    ("genome", "studies based on metagenomic sequencing"),
    ("coronavirus", "the alphacoronavirus line and the betacoronaviruses"),
    ("lymphoma", "a rare pseudolymphoma of the skin"),
])
def test_a_term_inside_a_compound_word_after_a_prefix(form: str, text: str) -> None:
    assert en_compound(text, [form])


@pytest.mark.parametrize(("form", "text"), [
    ("genome", "nongenomic effects"),  # a negating prefix: another concept
    ("ratio", "the maturation of cells"),  # no ending: -n is none, the letters only happen to be there
    ("genome", "the genomic data"),  # no prefix: plain derivation, `presence` decides it
    ("gene", "the transgenes"),  # too short a stem to look for inside words
])
def test_no_compound_without_a_non_negating_prefix_and_an_ending(form: str, text: str) -> None:
    assert not en_compound(text, [form])


@pytest.mark.parametrize("text", [
    "causes mild or no symptoms early", "infected but symptomless people", "symptom-free carriers",
    "people without symptoms", "a non-symptomatic course",
    "people who don't have symptoms", "if you don\u2019t have symptoms", "does not have any symptoms of the virus",
    "who does not have the virus or symptoms of the virus", "no fever or symptoms",
])
def test_a_negative_adjective_said_with_a_separate_negation(text: str) -> None:
    assert en_negated(text, ["asymptomatic"])


def test_a_negative_adjective_needs_a_negation_of_its_base() -> None:
    assert not en_negated("patients with symptoms", ["asymptomatic"])
    assert not en_negated("people who have symptoms", ["asymptomatic"])
    assert not en_negated("someone who has the virus or symptoms of it", ["asymptomatic"])
    assert not en_negated("no fever, and the symptoms of the virus", ["asymptomatic"])  # the comma ends the negation
    assert not en_negated("symptoms less often", ["asymptomatic"])  # "less" as a separate word is a comparison
    assert en_negated("children not vaccinated", ["unvaccinated"])
    assert negated_base("asymptomatic") == "symptom" and negated_base("unvaccinated") == "vaccin"
    assert negated_base("influenza") is None and negated_base("invasive") is None  # no adjective base left


def test_term_missing_takes_a_compound_or_a_negation_as_the_rendering() -> None:
    g = gl(Concept("genome", "基因组", "genome"), Concept("asym", "无症状", "asymptomatic"))
    zh = ["亚基因组 RNA 可以重组。", "多数感染者无症状。", "基因组很大。", "无症状者很多。"]
    en = ["Subgenomic RNAs can recombine.", "Most infected people have no symptoms.", "The virus is large.",
          "Many are symptomatic."]
    missing = only(run(g, zh, en), "term-missing")
    assert [(f.location.line, f.message[:5]) for f in missing] == [(3, "「基因组」"), (4, "「无症状」")]


def test_an_ation_noun_said_by_its_verb() -> None:
    assert en_verb("the mutated allele", ["mutation"]) and en_verb("cells that mutate", ["mutation"])
    assert en_verb("children vaccinated last year", ["vaccination"])
    assert not en_verb("a mutual interest", ["mutation"]) and not en_verb("the mutant", ["mutation"])
    assert not en_verb("rated highly", ["ration"])  # too short a stem
    # a hyphenated form keeps its first part: self-isolation = "self-isolate", "self-isolating"
    assert en_verb("You should self-isolate.", ["self-isolation"]) and en_verb("self-isolating", ["self-isolation"])
    assert not en_verb("people isolating at home", ["self-isolation"])
    g = gl(Concept("mut", "突变", "mutation"))
    assert only(run(g, ["该基因发生突变。"], ["The gene is mutated."]), "term-missing") == []
    assert len(only(run(g, ["该基因发生突变。"], ["The gene is altered."]), "term-missing")) == 1


def test_an_ation_noun_said_by_the_word_for_its_making() -> None:
    """定点突变 = "site-directed mutagenesis": the making of mutations names them (muta-genesis, muta-genic)."""
    assert en_verb("site-directed mutagenesis of the site", ["mutation"]) and en_verb("mutagenic agents", ["mutation"])
    assert not en_verb("the genesis of the idea", ["mutation"]) and not en_verb("antigenic", ["mutation"])
    g = gl(Concept("mut", "突变", "mutation"))
    zh = ["分析了R155K定点突变的影响。"]
    assert only(run(g, zh, ["The effect of R155K site-directed mutagenesis was analyzed."]), "term-missing") == []
    assert len(only(run(g, zh, ["The effect of R155K site-directed change was analyzed."]), "term-missing")) == 1


def test_a_compound_built_on_the_terms_combining_form() -> None:
    """化疗栓塞术 = "chemoembolization": the Chinese compound holds 化疗, the English one chemo- of chemotherapy."""
    assert combining_form("chemotherapy") == "chemo" and combining_form("immunotherapy") == "immuno"
    assert combining_form("aspirin") is None and combining_form("pneumonia") == "pneumo"
    assert en_combining("Patients underwent chemoembolization.", ["chemotherapy"])
    assert not en_combining("Patients received chemotherapy.", ["chemotherapy"])  # the form itself
    assert not en_combining("a chemo regimen", ["chemotherapy"])  # no compound
    g = gl(Concept("chemo", "化疗", "chemotherapy"))
    assert only(run(g, ["患者接受了化疗栓塞术。"], ["Patients underwent chemoembolization."]), "term-missing") == []
    pneumonia = gl(Concept("pneu", "肺炎", "pneumonia"))  # 肺炎球菌 = pneumococcus, not pneumonia
    assert only(run(pneumonia, ["接种肺炎球菌疫苗。"], ["Get the pneumococcal vaccine."]), "term-missing") == []
    # the compound on one side only: embolization without chemo-, or 化疗后 (after chemotherapy) is no compound
    assert len(only(run(g, ["患者接受了化疗栓塞术。"], ["Patients underwent embolization."]), "term-missing")) == 1
    assert len(only(run(g, ["患者化疗后复发。"], ["Patients relapsed after chemoembolization."]), "term-missing")) == 1


def test_a_compound_on_both_sides_takes_a_negation_and_a_phrase() -> None:
    """`joined`: the Chinese term ends a longer word too, so the English prefix renders what it adds."""
    assert not en_compound("nonsteroidal drugs", ["steroid"])
    assert en_compound("nonsteroidal drugs", ["steroid"], joined=True)
    assert not en_compound("after neoadjuvant chemotherapy", ["adjuvant chemotherapy"])
    assert en_compound("after neoadjuvant chemotherapy", ["adjuvant chemotherapy"], joined=True)
    assert not en_compound("after neoadjuvant chemoradiation therapy", ["adjuvant chemotherapy"], joined=True)
    assert not en_compound("after adjuvant chemotherapy", ["adjuvant chemotherapy"], joined=True)  # no prefix


def test_a_compound_written_with_a_suspended_prefix() -> None:
    assert en_combining("against pneumo- and corona- viruses", ["pneumonia"])
    assert not en_combining("against pneumonia and other viruses", ["pneumothorax"])


def test_a_two_word_form_fused_by_its_first_words_combining_form() -> None:
    """肝癌 = "hepatocarcinoma": hepato- of hepatocellular joined to carcinoma, the listed form written as one word."""
    forms = ["liver cancer", "hepatocellular carcinoma"]
    assert en_fused("curcumol inhibits human hepatocarcinoma HepG2 cells", forms)
    assert en_fused("two hepato-carcinomas", forms)  # hyphenated, plural
    assert not en_fused("hepatocellular carcinoma", forms)  # the form itself is no fusion
    assert not en_fused("hepatocarcinogenesis in mice", forms)  # another word built on the same start
    assert not en_fused("human hepatoma cells", forms)  # another tumour
    g = gl(Concept("hcc", "肝癌", "liver cancer", en_admitted=("hepatocellular carcinoma",)))
    zh = ["莪术醇抑制人肝癌HepG2细胞增殖。"]
    assert only(run(g, zh, ["Curcumol inhibits human hepatocarcinoma HepG2 cells."]), "term-missing") == []
    assert len(only(run(g, zh, ["Curcumol inhibits human HepG2 cells."]), "term-missing")) == 1


def test_fused_two_word_form_with_or_without_hyphen() -> None:
    assert en_fused("a rare hepatocarcinoma", ["hepatocellular carcinoma"])
    assert en_fused("two hepato-carcinomas", ["hepatocellular carcinoma"])
    assert not en_fused("hepatocellular carcinoma", ["hepatocellular carcinoma"])

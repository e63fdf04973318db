"""Tests of checks.term_coded through term-missing (a Hit needs a whole bead): a code names the kind."""
from __future__ import annotations

from tests.checks.terms_kit import gl, only, run
from zhen_qa.glossary.model import Concept

LEUKEMIA = Concept("leuk", "白血病", "leukemia")
ADENO = Concept("adeno", "腺癌", "adenocarcinoma")


def test_an_english_category_for_a_cell_line_the_chinese_names_by_its_code() -> None:
    g = gl(LEUKEMIA)
    en = ["NK cells killed the leukemia cells."]
    assert only(run(g, ["NK细胞杀伤K562/STAT3细胞。"], en), "term-missing") == []
    assert len(only(run(g, ["NK细胞杀伤肿瘤细胞。"], en), "term-missing")) == 1  # no code: the term is missing
    assert len(only(run(g, ["NK细胞杀伤K562。"], en), "term-missing")) == 1  # the code names no cells


def test_a_chinese_category_the_english_leaves_to_the_code() -> None:
    g = gl(ADENO)
    zh = ["干扰后肺腺癌A549细胞的侵袭能力下降。"]
    assert only(run(g, zh, ["The invasion of A549 cells was inhibited."]), "term-missing") == []
    for en in ("The invasion of lung substance A549 cells was inhibited.",  # the term replaced
               "The invasion of lung A549 cells was inhibited.",  # the term cut
               "The invasion of H1299 cells was inhibited."):  # another code
        assert len(only(run(g, zh, [en]), "term-missing")) == 1, en



def test_not_a_term_the_code_names() -> None:
    """COVID-19 names a disease: "COVID-19 pandemic" is not said by COVID-19 死亡病例."""
    g = gl(Concept("pand", "大流行", "pandemic"))
    assert len(only(run(g, ["COVID-19 死亡病例的统计。"], ["Tallies of the COVID-19 pandemic."]),
                    "term-missing")) == 1


VACCINE = Concept("vaccine", "疫苗", "vaccine")
PPSV = Concept("ppsv", "肺炎球菌多糖疫苗", "pneumococcal polysaccharide vaccine", zh_admitted=("PPSV23",),
               en_admitted=("PPSV23",))


def test_a_chinese_kind_after_a_code_the_english_says_by_the_code_alone() -> None:
    # 再接种 PPSV23 疫苗 = "before getting PPSV23": the glossary's PPSV23 is a vaccine, the code says the vaccine
    g = gl(VACCINE, PPSV)
    zh = ["应在康复后再接种 PPSV23 疫苗。"]
    assert only(run(g, zh, ["Wait until you recover before getting PPSV23."]), "term-missing") == []
    # a content word after the code may be the term replaced: still missing
    found = only(run(g, zh, ["Wait until you recover before getting PPSV23 substance."]), "term-missing")
    assert [(f.lang, f.suggestion) for f in found] == [("zh", "vaccine")]
    # a code whose full name is of another kind says no vaccine
    other = Concept("pcr", "聚合酶链反应", "polymerase chain reaction", zh_admitted=("PCR2",), en_admitted=("PCR2",))
    found = only(run(gl(VACCINE, other), ["应在康复后再做 PCR2 疫苗。"], ["Wait before getting PCR2."]), "term-missing")
    assert [(f.lang, f.suggestion) for f in found] == [("zh", "vaccine")]

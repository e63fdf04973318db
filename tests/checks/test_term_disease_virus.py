"""Tests of checks.term_disease_virus through term-missing: a disease the English names by its virus."""
from __future__ import annotations

from tests.checks.terms_kit import gl, missing_with
from zhen_qa.glossary.model import Concept

VIRUS = Concept("cov", "冠状病毒", "coronavirus")
PNEUMONIA = Concept("pn", "肺炎", "pneumonia")
G = gl(VIRUS, PNEUMONIA)
ZH = "首例新型冠状病毒肺炎病例出现在十二月。"


missing = missing_with(G)


def test_a_disease_named_by_its_virus() -> None:
    """新型冠状病毒肺炎病例 = "case of the novel coronavirus": the pneumonia said by its virus."""
    assert missing(ZH, "The first case of the novel coronavirus was in December.") == []


def test_a_word_after_the_virus_or_no_virus_leaves_the_disease_missing() -> None:
    """"novel coronavirus substance": the disease term replaced; another virus, or the virus not before 肺炎."""
    for zh, en in ((ZH, "The first novel coronavirus substance case was in December."),
                   (ZH, "The first case of the influenza virus was in December."),
                   ("首例冠状病毒感染者的肺炎出现在十二月。", "The first coronavirus patient had it in December.")):
        assert any("「肺炎」" in m for m in missing(zh, en)), en

"""Tests of checks.term_histology: a cancer named by its histology, the organ left to the context."""
from __future__ import annotations

from tests.checks.terms_kit import gl, missing_with
from zhen_qa.glossary.model import Concept

LUNG = Concept("lung-cancer", "肺癌", "lung cancer")
ZH = "小细胞肺癌的颅内转移灶对化疗的反应可能与其他器官转移一样好。"


missing = missing_with(gl(LUNG))


def test_the_cancer_named_by_its_histology() -> None:
    assert missing(ZH, "Intracranial metastases from small cell carcinoma may respond to chemotherapy.") == []


def test_no_histology_no_rendering() -> None:
    assert len(missing(ZH, "Intracranial metastases from small cell substance may respond to chemotherapy.")) == 1
    assert len(missing(ZH, "Intracranial metastases from carcinoma may respond to chemotherapy.")) == 1
    # the histology the Chinese does not write before the term
    plain = "肺癌的颅内转移灶对化疗的反应可能与其他器官转移一样好。"
    assert len(missing(plain, "Intracranial metastases from small cell carcinoma may respond to chemotherapy.")) == 1

"""Tests of checks.term_screening_test through term-missing: a screening said by its test alone."""
from __future__ import annotations

from tests.checks.terms_kit import gl, missing_with
from zhen_qa.glossary.model import Concept

SCREENING = Concept("screening", "筛查", "screening")
COLONOSCOPY = Concept("colonoscopy", "结肠镜", "colonoscopy")
COLON = Concept("colon-cancer", "结肠癌", "colon cancer")
missing = missing_with(gl(SCREENING, COLONOSCOPY, COLON))


def test_a_screening_said_by_its_test() -> None:
    assert missing("受试者每年接受结肠镜筛查。", "Participants received colonoscopies annually.") == []
    assert missing("在结肠镜筛查之后肿瘤迅速生长。", "Tumors grew rapidly between colonoscopy and detection.") == []
    assert missing("阴性的结肠镜筛查报告不能排除症状。", "A negative colonoscopy should not exclude symptoms.") == []


def test_a_screening_replaced_or_named_by_no_test_is_still_missing() -> None:
    # a content word after the test: the term replaced by another word
    assert len(missing("受试者每年接受结肠镜筛查。", "Participants received colonoscopy substance annually.")) == 1
    # a disease is no test: the screening left out
    assert len(missing("受试者每年接受结肠癌筛查。", "Participants were examined for colon cancer annually.")) == 1
    # the English lacks the test too
    assert len(missing("受试者每年接受结肠镜筛查。", "Participants were examined annually.")) == 2

"""Tests of checks.term_screening_test through term-missing: a screening said by its test alone."""
from __future__ import annotations

from tests.checks.terms_kit import gl, missing_with, term_missing
from zhen_qa.glossary.model import Concept

SCREENING = Concept("screening", "筛查", "screening")
COLONOSCOPY = Concept("colonoscopy", "结肠镜", "colonoscopy")
COLON = Concept("colon-cancer", "结肠癌", "colon cancer")
MAMMOGRAPHY = Concept("mammography", "乳腺X线摄影", "mammography")
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
    # the English lacks the test too: both terms, one finding for the sentence pair (gc56, `missing_fold`)
    (both,) = missing("受试者每年接受结肠镜筛查。", "Participants were examined annually.")
    assert "「结肠镜」" in both and "「筛查」" in both


def test_a_screening_said_as_a_diagnostic_test_is_still_missing() -> None:
    # review49 R9: diagnostic mammography is another procedure than screening
    intro = ("本研究评估乳腺X线摄影筛查的效果。", "This study assessed mammography screening.")
    glossary = gl(SCREENING, MAMMOGRAPHY)
    for zh, en in [("所有女性每年接受乳腺X线摄影筛查。", "All women received diagnostic mammography annually."),
                   ("有症状的女性接受乳腺X线摄影筛查。",
                    "Symptomatic women underwent mammography as a diagnostic test.")]:
        assert len(term_missing(glossary, [intro[0], zh], [intro[1], en])) == 1


def test_a_screening_said_by_its_test_beside_a_diagnosis_or_a_follow_up_of_the_study() -> None:
    # review49b Q9: "early diagnosis" as the screening's purpose, "a follow-up of 5 years" as the study's: the test
    # itself is no diagnostic test
    intro = ("本研究评估乳腺X线摄影筛查的效果。", "This study assessed mammography screening.")
    glossary = gl(SCREENING, MAMMOGRAPHY)
    for zh, en in [("所有女性每年接受乳腺X线摄影筛查，以便早期诊断乳腺癌。",
                    "All women received mammograms annually for the early diagnosis of breast cancer."),
                   ("乳腺X线摄影筛查发现的肿瘤较小，随访5年。",
                    "Tumours found by mammography were smaller, with a follow-up of 5 years.")]:
        assert term_missing(glossary, [intro[0], zh], [intro[1], en]) == []
    assert len(missing("受试者每年接受结肠镜筛查。", "Participants received follow-up colonoscopy annually.")) == 1

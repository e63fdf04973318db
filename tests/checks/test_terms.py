"""Tests of checks.terms: term-variant and term-forbidden, and the rules of the family."""
from __future__ import annotations

from tests.checks.terms_kit import manuscript, only, run
from zhen_qa.checks import terms as checks
from zhen_qa.checks.context import CheckContext
from zhen_qa.glossary.model import Glossary
from zhen_qa.report.findings import Severity


def test_no_glossary_no_findings(sample: Glossary) -> None:
    ctx = CheckContext(manuscript(["再生医疗。"], ["Regenerative medicine."], [((0,), (0,))]), None)
    assert list(checks.run(ctx)) == []


def test_term_variant_reports_position_and_suggestion(sample: Glossary) -> None:
    found = only(run(sample, ["本文讨论再生医疗的进展。"], ["This review covers regenerative medicine."]),
                 "term-variant")
    assert len(found) == 1
    f = found[0]
    assert (f.location.line, f.location.column, f.location.end_column) == (1, 5, 9)
    assert f.suggestion == "再生医学" and f.severity is Severity.WARNING and f.lang == "zh"
    assert "再生医疗" in f.message and f.excerpt == "本文讨论再生医疗的进展。"


def test_term_variant_passes_preferred_and_longer_terms(sample: Glossary) -> None:
    findings = run(
        sample, ["本文讨论再生医学与分泌组学。"], ["This review covers regenerative medicine and secretomics."]
    )
    assert only(findings, "term-variant") == []


def test_term_forbidden_passes_with_preferred_rendering(sample: Glossary) -> None:
    found = run(sample, ["阿尔茨海默病是一种疾病。"], ["Alzheimer's disease is a disease."])
    assert only(found, "term-forbidden") == [] and only(found, "term-variant") == []


def test_english_deprecated_without_chinese_concept_is_a_variant(sample: Glossary) -> None:
    found = run(sample, ["这是一种疾病。"], ["Alzheimer disease is a disease."])
    assert [f.rule for f in found] == ["term-variant"] and found[0].lang == "en"


def test_deprecated_english_quoted_in_chinese_is_a_variant(sample: Glossary) -> None:
    found = run(sample, ["阿尔茨海默病(Alzheimer disease)是一种疾病。"], ["Alzheimer's disease is a disease."])
    assert [(f.rule, f.lang, f.location.column, f.suggestion) for f in found] == [
        ("term-variant", "en", 8, "Alzheimer's disease")]


def test_rules_are_the_catalog_ids() -> None:
    assert [r.id for r in checks.RULES] == ["term-variant", "term-inconsistent", "term-missing", "term-forbidden"]


def test_term_forbidden_instead_of_variant(sample: Glossary) -> None:
    found = run(sample, ["阿尔茨海默病是一种疾病。"], ["Alzheimer disease is a disease."])
    forbidden = only(found, "term-forbidden")
    assert len(forbidden) == 1
    f = forbidden[0]
    assert f.severity is Severity.ERROR and f.suggestion == "Alzheimer's disease"
    assert (f.location.line, f.location.column, f.location.end_column) == (3, 1, 18)
    assert f.related is not None and f.related.line == 1
    assert only(found, "term-variant") == [] and only(found, "term-missing") == []


def test_seed_like_document(sample: Glossary) -> None:
    zh = [
        "干细胞分泌组学在再生医疗中的应用。",
        "分泌组在再生医学中的作用越来越大，分泌物组疗法也显示出希望。",
        "如阿尔茨海默氏症、帕金森氏症和帕金森病。",
        "间充质干细胞分泌体的治疗对分泌物组成成分有影响。",
    ]
    en = ["Stem cell secretomics in regenerative medicine.", "The secretome matters in regenerative medicine.",
          "Such as Alzheimer's disease and Parkinson's disease.", "The MSC secretome therapy affects components."]
    findings = run(sample, zh, en)
    got = [(f.location.line, f.location.column, f.location.end_column) for f in only(findings, "term-variant")]
    expected = []
    for line, term in [(1, "再生医疗"), (2, "分泌物组"), (3, "阿尔茨海默氏症"), (3, "帕金森氏症"), (4, "分泌体"),
                       (4, "分泌物")]:
        column = zh[line - 1].index(term) + 1
        expected.append((line, column, column + len(term)))
    assert got == expected
    inconsistent = {dict(f.data).get("concept") for f in only(findings, "term-inconsistent")}
    assert inconsistent <= {None}  # deprecated mixtures are term-variant's; discovered groups have no concept
    assert not any(f.location.line == 1 and f.location.column == 4 for f in findings)  # 分泌组 inside 分泌组学

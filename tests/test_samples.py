"""Snapshot of the bundled sample's JSON report (regenerate with ZHEN_QA_UPDATE_SNAPSHOT=1)."""
from __future__ import annotations

import json

import pytest

from tests.snapshots import ROOT, assert_matches_snapshot, sample_report

SNAPSHOT = ROOT / "samples" / "expected-report.json"


def _report(monkeypatch: pytest.MonkeyPatch) -> dict:
    return sample_report(monkeypatch, "samples/manuscript.md")


def test_sample_report_matches_snapshot(monkeypatch: pytest.MonkeyPatch) -> None:
    """Compares with the committed snapshot; with ZHEN_QA_UPDATE_SNAPSHOT set, rewrites it and skips instead
    (a rewritten snapshot compared with itself would prove nothing). Comparing never writes."""
    assert_matches_snapshot(_report(monkeypatch), SNAPSHOT)


def test_sample_report_is_the_same_when_rjieba_does_all_segmentation(monkeypatch: pytest.MonkeyPatch) -> None:
    """jieba segments short texts and rjieba long ones (issue 18): with rjieba from the first character,
    the report is the snapshot's, byte for byte. Compares only; never writes."""
    pytest.importorskip("rjieba")
    from zhen_qa.aligner import jieba_base

    monkeypatch.setattr(jieba_base, "FAST_AFTER", -1)
    monkeypatch.setattr(jieba_base, "_CUTTER", jieba_base._Cutter())
    jieba_base.cut.cache_clear()  # memoised cuts of earlier tests were jieba's
    try:
        doc = _report(monkeypatch)
    finally:
        jieba_base.cut.cache_clear()
    assert jieba_base._CUTTER.fast and jieba_base._CUTTER.jieba_chars == 0
    assert doc == json.loads(SNAPSHOT.read_text(encoding="utf-8"))


def test_sample_shows_the_seed_problems(monkeypatch: pytest.MonkeyPatch) -> None:
    findings = _report(monkeypatch)["findings"]
    text = (ROOT / "samples" / "manuscript.md").read_text(encoding="utf-8").splitlines()

    def at(f: dict) -> str:
        return text[f["line"] - 1][f["column"] - 1 : f["end_column"] - 1]

    variants = {at(f) for f in findings if f["rule"] == "term-variant"}
    assert {"分泌物", "分泌体", "分泌物组", "再生医疗"} <= variants
    untranslated = [f for f in findings if f["rule"] == "untranslated"]
    assert [at(f)[:5] for f in untranslated] == ["本文总结了"]
    numbers = [f for f in findings if f["rule"] == "number-mismatch"]
    assert len(numbers) == 1 and "530" in numbers[0]["message"]
    assert any(f["rule"] == "punctuation-width" and at(f) == "," for f in findings)


XLIFF_SNAPSHOT = ROOT / "samples" / "secretome-expected-report.json"


def test_xliff_sample_report_matches_snapshot(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = sample_report(monkeypatch, "samples/secretome.xlf")
    assert_matches_snapshot(doc, XLIFF_SNAPSHOT)
    units = {(f["rule"], f["data"].get("unit")) for f in doc["findings"]}
    assert {("number-mismatch", "s2"), ("untranslated", "s3"), ("untranslated-span", "s4"),
            ("term-variant", "s5")} <= units

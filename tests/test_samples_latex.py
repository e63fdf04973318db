"""Snapshot of the bundled LaTeX sample's JSON report (regenerate with ZHEN_QA_UPDATE_SNAPSHOT=1)."""
from __future__ import annotations

import pytest

from tests.snapshots import ROOT, assert_matches_snapshot, sample_report

SNAPSHOT = ROOT / "samples" / "thesis" / "expected-report.json"


def _report(monkeypatch: pytest.MonkeyPatch) -> dict:
    return sample_report(monkeypatch, "samples/thesis/main.tex")


def test_latex_sample_report_matches_snapshot(monkeypatch: pytest.MonkeyPatch) -> None:
    assert_matches_snapshot(_report(monkeypatch), SNAPSHOT)


def test_latex_sample_findings_point_into_the_right_file(monkeypatch: pytest.MonkeyPatch) -> None:
    findings = _report(monkeypatch)["findings"]
    got = {(f["rule"], f["path"], f["line"], f["column"]) for f in findings}
    assert ("monolingual-section", "samples/thesis/data/chap01.tex", 1, 10) in got
    assert ("monolingual-section", "samples/thesis/data/chap02.tex", 1, 10) in got
    assert ("term-variant", "samples/thesis/data/chap01.tex", 4, 44) in got
    assert ("citation-mismatch", "samples/thesis/main.tex", 24, 98) in got
    assert ("number-mismatch", "samples/thesis/main.tex", 25, 71) in got
    assert not any(f["path"].endswith("chap01.tex") and f["line"] in (2, 5, 6, 7, 12, 13) for f in findings)
    pairs = {p["section"] for p in _report(monkeypatch)["pairs"]}
    assert pairs == {"title", "authors", "abstract", "keywords"}

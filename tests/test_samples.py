"""Snapshot of the bundled sample's JSON report (regenerate with ZHEN_QA_UPDATE_SNAPSHOT=1)."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from zhen_qa.cli import main

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT = ROOT / "samples" / "expected-report.json"


def _report(monkeypatch: pytest.MonkeyPatch) -> dict:
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, ["check", "samples/manuscript.md", "--format", "json"])
    assert result.exit_code == 1, result.output
    doc = json.loads(result.stdout)
    doc.get("tool", {}).pop("version", None)  # the snapshot outlives version bumps
    doc.get("signature", {}).pop("version", None)
    doc.get("signature", {}).pop("lexicon", None)  # the installed dictionary's checksum
    return doc


def test_sample_report_matches_snapshot(monkeypatch: pytest.MonkeyPatch) -> None:
    """Compares with the committed snapshot; with ZHEN_QA_UPDATE_SNAPSHOT set, rewrites it and skips instead
    (a rewritten snapshot compared with itself would prove nothing). Comparing never writes."""
    doc = _report(monkeypatch)
    if os.environ.get("ZHEN_QA_UPDATE_SNAPSHOT"):
        SNAPSHOT.write_text(json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        pytest.skip(f"snapshot rewritten: {SNAPSHOT}; review the diff, then run again without ZHEN_QA_UPDATE_SNAPSHOT")
    expected = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    assert doc == expected


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
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, ["check", "samples/secretome.xlf", "--format", "json"])
    assert result.exit_code == 1, result.output
    doc = json.loads(result.stdout)
    doc.get("tool", {}).pop("version", None)
    doc.get("signature", {}).pop("version", None)
    doc.get("signature", {}).pop("lexicon", None)  # the installed dictionary's checksum
    if os.environ.get("ZHEN_QA_UPDATE_SNAPSHOT"):
        report = json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        XLIFF_SNAPSHOT.write_text(report, encoding="utf-8")
    assert doc == json.loads(XLIFF_SNAPSHOT.read_text(encoding="utf-8"))
    units = {(f["rule"], f["data"].get("unit")) for f in doc["findings"]}
    assert {("number-mismatch", "s2"), ("untranslated", "s3"), ("untranslated-span", "s4"),
            ("term-variant", "s5")} <= units

"""Positions of every finding of the bundled sample: SARIF regions equal the JSON spans, and the text of the
file at each span is what the finding's excerpt marks."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from zhen_qa.cli import main

ROOT = Path(__file__).resolve().parent.parent.parent
SAMPLE = ROOT / "samples" / "manuscript.md"


def _run(monkeypatch: pytest.MonkeyPatch, fmt: str) -> dict:
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, ["check", "samples/manuscript.md", "--format", fmt])
    assert result.exit_code == 1, result.output
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def reports() -> tuple[dict, dict]:
    with pytest.MonkeyPatch.context() as mp:
        return _run(mp, "json"), _run(mp, "sarif")


def _offset(lines: list[str], line: int, column: int) -> int:
    """Offset in the file text (lines joined by LF) of a 1-based line and code-point column."""
    return sum(len(l) + 1 for l in lines[: line - 1]) + column - 1


def _span(f: dict) -> tuple[int, int, int, int]:
    return f["line"], f["column"], f["end_line"], f["end_column"]


def test_sarif_regions_equal_json_spans(reports: tuple[dict, dict]) -> None:
    doc, sarif = reports
    results = sarif["runs"][0]["results"]
    findings = doc["findings"]
    assert len(findings) == len(results) > 0
    for f, r in zip(findings, results):
        assert r["ruleId"] == f["rule"]
        (loc,) = r["locations"]
        region = loc["physicalLocation"]["region"]
        assert (region["startLine"], region["startColumn"], region["endLine"], region["endColumn"]) == _span(f)
        assert region["snippet"]["text"] == f["excerpt"]
        assert loc["physicalLocation"]["artifactLocation"] == {"uri": "samples/manuscript.md", "uriBaseId": "%SRCROOT%"}
        if f["related"] is None:
            assert "relatedLocations" not in r
        else:
            rel = r["relatedLocations"][0]["physicalLocation"]["region"]
            want = f["related"]
            assert (rel["startLine"], rel["startColumn"], rel["endLine"], rel["endColumn"]) == _span(want)


def test_text_at_each_span_is_what_the_excerpt_marks(reports: tuple[dict, dict]) -> None:
    doc, _ = reports
    raw = SAMPLE.read_text(encoding="utf-8")
    assert "\r" not in raw
    lines = raw.split("\n")
    for f in doc["findings"]:
        start = _offset(lines, f["line"], f["column"])
        end = _offset(lines, f["end_line"], f["end_column"])
        assert 0 <= start < end <= len(raw), f
        marked = raw[start:end]
        excerpt = f["excerpt"].removesuffix("…")
        assert excerpt, f
        if f["rule"] == "monolingual-section":
            # a whole section: from its heading to its last sentence; the excerpt is its first sentence
            assert excerpt in marked and raw[start - 1] == "\n" and raw[end] == "\n", f
            continue
        # the excerpt is the sentence around the span: the file's line around the span agrees with the
        # excerpt around the marked text (a sentence may continue on another line, past page furniture)
        line_before = raw[raw.rfind("\n", 0, start) + 1 : start]
        line_after = raw[end : raw.find("\n", end) if "\n" in raw[end:] else len(raw)]
        ok = False
        for k in (i for i in range(len(excerpt)) if excerpt.startswith(marked, i)):
            pre, post = excerpt[:k], excerpt[k + len(marked) :]
            ok = ok or (
                (line_before.endswith(pre) or pre.endswith(line_before))
                and (line_after.startswith(post) or post.startswith(line_after) or f["excerpt"].endswith("…"))
            )
        assert ok, (f["rule"], marked, f["excerpt"])
        if f["rule"] in ("term-variant", "term-inconsistent"):
            assert marked in ("分泌物", "分泌体", "分泌物组", "再生医疗"), f
        if f["rule"] == "untranslated":
            assert marked == f["excerpt"]
        if f["rule"] == "punctuation-width":  # one mark, or a bracket pair spanning what it encloses
            assert marked in (",", ":", "(", ")") or (marked[0], marked[-1]) == ("(", ")"), f
        if f["rule"] == "repeated-char":
            assert marked == "一一"
        if f["rule"] == "number-mismatch":
            assert marked == "530"


def test_sample_spans_are_exact(reports: tuple[dict, dict]) -> None:
    """A few spans of the sample, written out: rule, line, column, end line, end column."""
    doc, _ = reports
    spans = {(f["rule"], *_span(f)) for f in doc["findings"]}
    assert {
        ("term-variant", 7, 84, 7, 87),
        ("term-variant", 7, 88, 7, 92),
        ("untranslated", 7, 98, 7, 124),
        ("number-mismatch", 17, 242, 17, 245),
        ("monolingual-section", 21, 1, 29, 19),
        ("repeated-char", 37, 57, 37, 59),
        ("punctuation-width", 7, 3, 7, 4),
    } <= spans

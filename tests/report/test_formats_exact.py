"""JSON and SARIF renderers on a tiny report: exact bytes, exact regions, exact URIs and descriptors."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from zhen_qa.manuscript.source import Location
from zhen_qa.report.baseline import fingerprint
from zhen_qa.report.findings import Finding, Rule, Severity
from zhen_qa.report.jsonfmt import render_json, report_dict
from zhen_qa.report.model import FileResult, Report
from zhen_qa.report.sarif import artifact_location, region, render_sarif, rule_descriptor, sarif_dict

F1 = Finding("r-x", Severity.ERROR, 'm "q" 中', Location("a.md", 2, 3, 2, 5), "zh", excerpt="ab中", suggestion="s",
             related=Location("b.md", 1, 1, 1, 4), data=(("k", (1, 2)),))
F0 = Finding("a-rule", Severity.INFO, "first", Location("a.md", 1, 1, 1, 2), "en")
RULES = (Rule("r-x", Severity.ERROR, "d"), Rule("a-rule", Severity.INFO, "e", "only when x"))


def tiny(*findings: Finding) -> Report:
    return Report(files=(FileResult("a.md", "b.md", (), findings or (F1,)),), rules=RULES[:1],
                  signature={"version": "1.2.3", "glossary": "sha256:0"})


def test_render_json_exact_bytes() -> None:
    assert render_json(tiny()).decode("utf-8") == """{
  "findings": [
    {"column": 3, "data": {"k": [1, 2]}, "end_column": 5, "end_line": 2, "excerpt": "ab中", "lang": "zh", \
"line": 2, "message": "m \\"q\\" 中", "path": "a.md", "related": {"column": 1, "end_column": 4, "end_line": 1, \
"line": 1, "path": "b.md"}, "rule": "r-x", "severity": "error", "suggestion": "s"}
  ],
  "pairs": [],
  "rules": [
    {"description": "d", "id": "r-x", "preconditions": "", "severity": "error"}
  ],
  "signature": {
    "glossary": "sha256:0",
    "version": "1.2.3"
  },
  "summary": {
    "files": [
      {
        "by_rule": {
          "r-x": 1
        },
        "en_path": "b.md",
        "error": 1,
        "info": 0,
        "pairs": 0,
        "path": "a.md",
        "total": 1,
        "warning": 0
      }
    ],
    "total": {
      "by_rule": {
        "r-x": 1
      },
      "error": 1,
      "files": 1,
      "info": 0,
      "pairs": 0,
      "total": 1,
      "warning": 0
    }
  },
  "tool": {
    "name": "zhen-qa",
    "version": "1.2.3"
  },
  "version": 1
}
"""


def test_json_findings_sorted_and_rules_sorted() -> None:
    report = Report(files=(FileResult("a.md", None, (), (F1, F0)),), rules=RULES, signature={"version": "0"})
    doc = report_dict(report)
    assert [f["rule"] for f in doc["findings"]] == ["a-rule", "r-x"]
    assert [r["id"] for r in doc["rules"]] == ["a-rule", "r-x"]
    assert doc["rules"][0] == {"id": "a-rule", "severity": "info", "description": "e", "preconditions": "only when x"}
    assert doc["findings"][0]["related"] is None
    lines = render_json(report).decode().splitlines()
    assert lines[1] == '  "findings": [' and lines[2].startswith('    {"column": 1, "data": {}') and lines[2][-1] == ","


@pytest.mark.parametrize(
    "loc,want",
    [
        (Location("a", 3, 4, 5, 6), {"startLine": 3, "startColumn": 4, "endLine": 5, "endColumn": 6}),
        (Location("a", 0, 0, 0, 0), {"startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 1}),
        (Location("a", 4, 2, 3, 9), {"startLine": 4, "startColumn": 2, "endLine": 4, "endColumn": 9}),
    ],
)
def test_region_exact(loc: Location, want: dict[str, int]) -> None:
    assert region(loc) == want
    assert region(loc, "x") == {**want, "snippet": {"text": "x"}}


def test_artifact_locations(tmp_path: Path) -> None:
    root = str(tmp_path)
    inside = artifact_location(str(tmp_path / "d" / "a b#.md"), root)
    assert inside == {"uri": "d/a%20b%23.md", "uriBaseId": "%SRCROOT%"}
    assert artifact_location(str(tmp_path), root) == {"uri": tmp_path.as_uri()}
    outside = tmp_path.parent / "o.md"
    assert artifact_location(str(outside), root) == {"uri": outside.as_uri()}
    assert artifact_location(str(tmp_path / "..x.md"), root) == {"uri": tmp_path.joinpath("..x.md").as_uri()}


def test_rule_descriptors() -> None:
    catalog = ' (`zhen-qa rules` lists every rule; README, "Rule catalog".)'
    assert rule_descriptor(Rule("term-variant", Severity.WARNING, "d")) == {
        "id": "term-variant", "name": "TermVariant", "shortDescription": {"text": "d"},
        "fullDescription": {"text": "d"}, "help": {"text": "d" + catalog}, "defaultConfiguration": {"level": "warning"}}
    assert rule_descriptor(Rule("a-rule", Severity.INFO, "e", "only when x")) == {
        "id": "a-rule", "name": "ARule", "shortDescription": {"text": "e"},
        "defaultConfiguration": {"level": "note"}, "fullDescription": {"text": "e Preconditions: only when x"},
        "help": {"text": "e Preconditions: only when x" + catalog}}
    assert "name" not in rule_descriptor(Rule("untranslated", Severity.WARNING, "u"))  # SARIF1001: name = id


def test_sarif_results_exact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    report = Report(files=(FileResult("a.md", None, (), (F1, F0)),), rules=RULES, signature={"version": "7"})
    run = sarif_dict(report, str(tmp_path))["runs"][0]
    assert run["originalUriBaseIds"] == {"%SRCROOT%": {"uri": tmp_path.as_uri() + "/"}}
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["tool"]["driver"]["version"] == "7"
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == ["a-rule", "r-x"]
    first, second = run["results"]
    assert first == {
        "ruleId": "a-rule", "ruleIndex": 0, "level": "note", "message": {"text": "first"},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": "a.md", "uriBaseId": "%SRCROOT%"},
            "region": {"startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 2}}}],
        "partialFingerprints": {"zhenQaExcerpt/v1": fingerprint(F0)},
        "properties": {"lang": "en", "suggestion": None, "data": {}},
    }
    assert second["ruleIndex"] == 1 and second["level"] == "error"
    assert second["message"] == {"text": 'm "q" 中 (suggestion: s)'}
    assert second["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 2, "startColumn": 3, "endLine": 2, "endColumn": 5, "snippet": {"text": "ab中"}}
    assert second["relatedLocations"] == [{
        "id": 1,
        "physicalLocation": {"artifactLocation": {"uri": "b.md", "uriBaseId": "%SRCROOT%"},
                             "region": {"startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 4}},
        "message": {"text": "corresponding text in the other language"}}]
    assert second["properties"] == {"lang": "zh", "suggestion": "s", "data": {"k": [1, 2]}}


def test_sarif_relative_to_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    doc = json.loads(render_sarif(tiny()))
    (res,) = doc["runs"][0]["results"]
    assert res["locations"][0]["physicalLocation"]["artifactLocation"] == {"uri": "a.md", "uriBaseId": "%SRCROOT%"}
    assert render_sarif(tiny()).endswith(b"}\n")


def test_unknown_rule_gets_a_descriptor_after_the_catalog() -> None:
    odd = Finding("zz-odd", Severity.WARNING, "m", Location("a.md", 1, 1, 1, 2), "zh")
    other = Finding("zz-odd", Severity.WARNING, "n", Location("a.md", 2, 1, 2, 2), "zh")
    run = sarif_dict(tiny(F1, odd, other), "/")["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["r-x", "zz-odd"]
    assert rules[1]["shortDescription"] == {"text": "Rule zz-odd."}
    assert rules[1]["defaultConfiguration"] == {"level": "warning"}
    # results in report order (by path, line, column): odd 1:1, other 2:1, F1 2:3
    assert [(r["ruleId"], r["ruleIndex"]) for r in run["results"]] == [("zz-odd", 1), ("zz-odd", 1), ("r-x", 0)]

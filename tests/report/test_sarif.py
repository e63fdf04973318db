from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from tests.report.conftest import build
from zhen_qa.report.model import Report
from zhen_qa.report.sarif import render_sarif

LEVELS = {"none", "note", "warning", "error"}


def _check_region(region: dict[str, Any]) -> None:
    # SARIF 2.1.0 §3.30: 1-based integers; end not before start.
    for key in ("startLine", "startColumn", "endLine", "endColumn"):
        assert isinstance(region[key], int) and region[key] >= 1, key
    assert (region["endLine"], region["endColumn"]) >= (region["startLine"], region["startColumn"])


def _check_physical(loc: dict[str, Any], base_ids: set[str]) -> None:
    art = loc["artifactLocation"]
    assert isinstance(art["uri"], str) and art["uri"]
    if "uriBaseId" in art:
        assert art["uriBaseId"] in base_ids
        assert not art["uri"].startswith("/") and ":" not in art["uri"]
    _check_region(loc["region"])


def validate_sarif(doc: dict[str, Any]) -> None:
    """The SARIF 2.1.0 schema's required properties and value constraints that this writer uses."""
    assert doc["version"] == "2.1.0"
    assert doc["$schema"].endswith("sarif-2.1.0.json")
    assert isinstance(doc["runs"], list) and doc["runs"]
    for run in doc["runs"]:
        driver = run["tool"]["driver"]
        assert isinstance(driver["name"], str) and driver["name"]
        ids = [r["id"] for r in driver["rules"]]
        assert len(ids) == len(set(ids))
        for rule in driver["rules"]:
            assert rule["shortDescription"]["text"]
            assert rule["defaultConfiguration"]["level"] in LEVELS
        assert run["columnKind"] in {"utf16CodeUnits", "unicodeCodePoints"}
        base_ids = set(run.get("originalUriBaseIds", {}))
        for base in run.get("originalUriBaseIds", {}).values():
            assert base["uri"].endswith("/")
        for res in run["results"]:
            assert res["message"]["text"]
            assert res["level"] in LEVELS
            assert ids[res["ruleIndex"]] == res["ruleId"]
            for loc in res["locations"]:
                _check_physical(loc["physicalLocation"], base_ids)
            rel_ids = [r["id"] for r in res.get("relatedLocations", [])]
            assert len(rel_ids) == len(set(rel_ids))
            for rel in res.get("relatedLocations", []):
                _check_physical(rel["physicalLocation"], base_ids)


def test_structure_levels_and_catalog(sample: Report, tmp_path: Path) -> None:
    doc = json.loads(render_sarif(sample, root=str(tmp_path)))
    validate_sarif(doc)
    run = doc["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert set(rules) == {"term-variant", "number-mismatch", "untranslated", "monolingual-section"}
    assert rules["monolingual-section"]["defaultConfiguration"]["level"] == "note"
    assert rules["number-mismatch"]["defaultConfiguration"]["level"] == "error"
    levels = [(r["ruleId"], r["level"]) for r in run["results"]]
    assert levels == [
        ("term-variant", "warning"),
        ("number-mismatch", "error"),
        ("untranslated", "warning"),
        ("monolingual-section", "note"),
    ]
    assert run["tool"]["driver"]["version"] == "9.9.9"


def test_relative_uris_code_point_columns_and_related(tmp_path: Path) -> None:
    path = str(tmp_path / "稿件 dir" / "paper.md")
    report, _ = build(path)
    doc = json.loads(render_sarif(report, root=str(tmp_path)))
    validate_sarif(doc)
    run = doc["runs"][0]
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == tmp_path.as_uri() + "/"
    first = run["results"][0]
    phys = first["locations"][0]["physicalLocation"]
    assert phys["artifactLocation"] == {
        "uri": "%E7%A8%BF%E4%BB%B6%20dir/paper.md",
        "uriBaseId": "%SRCROOT%",
    }
    # 分泌物 after 摘要： is code points 4..7 on line 5 (UTF-16 would agree here; UTF-8 bytes would not)
    assert phys["region"] == {
        "startLine": 5, "startColumn": 4, "endLine": 5, "endColumn": 7, "snippet": {"text": "分泌物"},
    }
    related = first["relatedLocations"][0]["physicalLocation"]
    assert related["region"]["startLine"] == 7
    assert "分泌组" in first["message"]["text"]  # the suggestion is part of the message
    assert first["properties"]["data"] == {"preferred": "分泌组", "variants": ["分泌物"]}
    assert first["partialFingerprints"]["zhenQaExcerpt/v1"]


def test_paths_outside_root_become_file_uris(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere" / "paper.md"
    report, _ = build(str(outside))
    root = tmp_path / "repo"
    root.mkdir()
    doc = json.loads(render_sarif(report, root=str(root)))
    validate_sarif(doc)
    art = doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert art == {"uri": outside.as_uri()}


def test_default_root_is_working_directory(sample: Report, tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.chdir(tmp_path)
    doc = json.loads(render_sarif(sample))
    art = doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert art == {"uri": "paper.md", "uriBaseId": "%SRCROOT%"}
    assert os.path.isabs(doc["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"][len("file://"):])


def test_finding_of_unknown_rule_still_has_descriptor(sample: Report) -> None:
    bare = Report(sample.files, rules=())
    doc = json.loads(render_sarif(bare))
    validate_sarif(doc)
    assert len(doc["runs"][0]["tool"]["driver"]["rules"]) == 4

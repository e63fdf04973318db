from __future__ import annotations

import json

from tests.report.conftest import build
from zhen_qa.report.jsonfmt import render_json
from zhen_qa.report.model import Report


def test_parses_with_all_fields(sample: Report) -> None:
    doc = json.loads(render_json(sample))
    assert doc["version"] == 1
    assert doc["tool"] == {"name": "zhen-qa", "version": "9.9.9"}
    assert [f["rule"] for f in doc["findings"]] == [
        "term-variant",
        "number-mismatch",
        "untranslated",
        "monolingual-section",
    ]
    tv = doc["findings"][0]
    assert tv == {
        "rule": "term-variant",
        "severity": "warning",
        "message": "分泌物 is a deprecated variant of 分泌组",
        "path": "paper.md", "line": 5, "column": 4, "end_line": 5, "end_column": 7,
        "lang": "zh",
        "excerpt": "分泌物",
        "suggestion": "分泌组",
        "related": {"path": "paper.md", "line": 7, "column": 11, "end_line": 7, "end_column": 58},
        "data": {"preferred": "分泌组", "variants": ["分泌物"]},
    }
    assert doc["findings"][2]["related"] is None
    assert doc["findings"][1]["data"] == {"zh": [12], "en": [13]}


def test_pairs_and_summary(sample: Report) -> None:
    doc = json.loads(render_json(sample))
    assert doc["pairs"] == [
        {"section": "title", "file": "paper.md", "index": 0, "beads": 1,
         "zh": {"path": "paper.md", "line": 1, "end_line": 1},
         "en": {"path": "paper.md", "line": 3, "end_line": 3}},
        {"section": "abstract", "file": "paper.md", "index": 1, "beads": 3,
         "zh": {"path": "paper.md", "line": 5, "end_line": 5},
         "en": {"path": "paper.md", "line": 7, "end_line": 7}},
    ]
    total = doc["summary"]["total"]
    assert (total["total"], total["error"], total["warning"], total["info"]) == (4, 1, 2, 1)
    assert total["files"] == 1 and total["pairs"] == 2
    assert doc["summary"]["files"][0]["by_rule"]["untranslated"] == 1
    assert doc["signature"]["glossary"] == "sha256:abc"
    assert {r["id"] for r in doc["rules"]} == {"term-variant", "number-mismatch", "untranslated", "monolingual-section"}


def test_byte_identical_and_order_independent() -> None:
    a, _ = build()
    b, _ = build()
    fr = b.files[0]
    shuffled = type(fr)(fr.path, fr.en_path, fr.pairs, tuple(reversed(fr.findings)))
    b2 = type(b)((shuffled,), b.rules, dict(reversed(list(b.signature.items()))))
    assert render_json(a) == render_json(b2)
    assert render_json(a).endswith(b"\n")
    assert "分泌物".encode() in render_json(a)  # not \u-escaped

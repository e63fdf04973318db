"""JSON report: findings, aligned pairs, summary and signature; byte-identical for identical input."""
from __future__ import annotations

import json
import os
from typing import Any

from zhen_qa.report.findings import Finding
from zhen_qa.report.model import Report
from zhen_qa.report.places import describe_place, is_word
from zhen_qa.report.safetext import utf8
from zhen_qa.report.serialize import finding_dict, pair_dict, plain
from zhen_qa.report.summary import glossary_sets, summarize
from zhen_qa.report.version import FORMAT_VERSION, TOOL_NAME, tool_version


def report_dict(report: Report) -> dict[str, Any]:
    """The JSON document as Python data (see README, "JSON output")."""
    pairs = []
    for fr in report.files:
        for index, pair in enumerate(fr.pairs):
            d = pair_dict(pair)
            d["file"] = fr.path
            d["index"] = index
            pairs.append(d)
    doc = {
        "version": FORMAT_VERSION,
        "tool": {"name": TOOL_NAME, "version": tool_version(report.signature)},
        "findings": [_with_places(f) for f in sorted(report.findings, key=Finding.sort_key)],
        "pairs": pairs,
        "summary": summarize(report),
        "rules": [
            {"id": r.id, "severity": r.severity.value, "description": r.description, "preconditions": r.preconditions}
            for r in sorted(report.rules, key=lambda r: r.id)
        ],
        "signature": plain(dict(report.signature)),
    }
    if report.glossaries is not None:
        doc["glossaries"] = glossaries_field(report)
    return doc


def glossaries_field(report: Report) -> list[dict[str, Any]]:
    """The glossaries the files were checked against (what the text, HTML and Word reports say in their
    "Glossary:" line): each distinct set with its files' names (no folder of the checking machine: a report
    travels), its concepts, the checksum by which the signature lists it, and how many checked files it served; a
    set with no files is the files checked without a glossary (terms checked for consistency only)."""
    return [
        {"files": [os.path.basename(p) for p in s.paths], "concepts": s.concepts, "checksum": s.checksum or None,
         "manuscripts": s.manuscripts}
        for s in glossary_sets(report)
    ]


def _with_places(f: Finding) -> dict[str, Any]:
    """The finding's dict; in a Word document, its place (and its related place) also in the words the text report
    uses (`"place": "footnote 3, character 5"`), beside the line (paragraph) and column (character) numbers."""
    d = finding_dict(f)
    if is_word(f.location.path):
        d["place"] = describe_place(f.location, with_path=False)
    if f.related is not None and is_word(f.related.path) and d["related"] is not None:
        d["related"]["place"] = describe_place(f.related, with_path=False)
    return d


def render_json(report: Report) -> bytes:
    """The JSON report as UTF-8 bytes: keys sorted, two-space indent, one finding or pair a line.

    Items of the top-level lists are written compactly, one a line: a large report (tens of
    thousands of findings) then encodes with json's C encoder, and each finding stays greppable.
    """
    doc = report_dict(report)
    fields = []
    for key in sorted(doc):
        value = doc[key]
        if isinstance(value, list) and value:
            items = ",\n".join("    " + _compact(item) for item in value)
            body = "[\n" + items + "\n  ]"
        else:
            body = json.dumps(value, ensure_ascii=False, sort_keys=True, indent=2, allow_nan=False)
            body = body.replace("\n", "\n  ")
        fields.append(f"  {json.dumps(key)}: {body}")
    return utf8("{\n" + ",\n".join(fields) + "\n}\n")


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, allow_nan=False, separators=(", ", ": "))

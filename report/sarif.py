"""SARIF 2.1.0 report: rule catalog in tool.driver.rules, code-point columns, repository-relative URIs."""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any
from urllib.parse import quote

from zhen_qa.manuscript.plural import plural
from zhen_qa.manuscript.source import Location
from zhen_qa.report.baseline import fingerprint
from zhen_qa.report.findings import Finding, Rule, Severity
from zhen_qa.report.model import Report
from zhen_qa.report.safetext import scrub, utf8
from zhen_qa.report.serialize import data_dict, plain
from zhen_qa.report.summary import glossary_sentence, glossary_sets
from zhen_qa.report.version import TOOL_NAME, tool_version

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "%SRCROOT%"
INFORMATION_URI = "https://pypi.org/project/zhen-qa/"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def artifact_location(path: str, root: str) -> dict[str, str]:
    """A path as a SARIF artifactLocation: relative to %SRCROOT% when under root, else a file URI."""
    absolute = os.path.abspath(path)
    try:
        rel = os.path.relpath(absolute, root)
    except ValueError:
        rel = ".."
    if rel == os.curdir or rel.startswith(os.pardir):
        try:
            return {"uri": Path(absolute).as_uri()}
        except UnicodeEncodeError:  # a surrogate that is not from surrogateescape
            return {"uri": Path(scrub(absolute)).as_uri()}
    return {"uri": _quote(rel.replace(os.sep, "/")), "uriBaseId": SRCROOT}


def _quote(path: str) -> str:
    """Percent-encode a path; a name decoded with surrogateescape gives back its original bytes."""
    try:
        return quote(path, safe="/", errors="surrogateescape")
    except UnicodeEncodeError:
        return quote(scrub(path), safe="/")


def region(loc: Location, snippet: str = "") -> dict[str, Any]:
    """A SARIF region (1-based lines, code-point columns, end column exclusive)."""
    out: dict[str, Any] = {
        "startLine": max(loc.line, 1),
        "startColumn": max(loc.column, 1),
        "endLine": max(loc.end_line, loc.line, 1),
        "endColumn": max(loc.end_column, 1),
    }
    if snippet:
        out["snippet"] = {"text": snippet}
    return out


def physical_location(loc: Location, root: str, snippet: str = "") -> dict[str, Any]:
    """artifactLocation plus region."""
    return {"artifactLocation": artifact_location(loc.path, root), "region": region(loc, snippet)}


def rule_descriptor(rule: Rule) -> dict[str, Any]:
    """A reportingDescriptor for one catalog rule. `name` only where it differs from the id (SARIF 3.49.7: an id and
    a name that read the same, "untranslated" / "Untranslated", are one identifier twice — the SARIF validator's
    SARIF1001); `fullDescription` and `help` always (GitHub code scanning shows them; its validator rules ask
    for both)."""
    name = "".join(part.capitalize() for part in rule.id.split("-"))
    full = f"{rule.description} Preconditions: {rule.preconditions}" if rule.preconditions else rule.description
    out: dict[str, Any] = {"id": rule.id}
    if name.lower() != rule.id.lower():
        out["name"] = name
    out.update({
        "shortDescription": {"text": rule.description},
        "fullDescription": {"text": full},
        "help": {"text": f"{full} (`zhen-qa rules` lists every rule; README, \"Rule catalog\".)"},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
    })
    return out


def glossary_artifacts(report: Report, root: str) -> list[dict[str, Any]]:
    """The glossary files the run checked terms against, as SARIF artifacts whose role is
    `userSpecifiedConfiguration` (SARIF 3.24.6: "a configuration file that the user supplied"), each with its
    concepts (of its set, when several files were read as one glossary), the checksum the signature lists it by and
    how many checked files it served."""
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for s in glossary_sets(report):
        for path in s.paths:
            if path in seen:
                continue
            seen.add(path)
            others = [os.path.basename(p) for p in s.paths if p != path]
            together = f", read together with {', '.join(others)}" if others else ""
            out.append({
                "location": artifact_location(path, root),
                "roles": ["userSpecifiedConfiguration"],
                "description": {"text": f"Glossary: {plural(s.concepts, 'concept')}{together}."},
                "properties": {"concepts": s.concepts, "checksum": s.checksum, "manuscripts": s.manuscripts},
            })
    return out


def result(f: Finding, rule_index: int, root: str) -> dict[str, Any]:
    """A SARIF result for one finding."""
    text = f.message if not f.suggestion else f"{f.message} (suggestion: {f.suggestion})"
    out: dict[str, Any] = {
        "ruleId": f.rule,
        "ruleIndex": rule_index,
        "level": LEVELS[f.severity],
        "message": {"text": text},
        "locations": [{"physicalLocation": physical_location(f.location, root, f.excerpt)}],
        "partialFingerprints": {"zhenQaExcerpt/v1": fingerprint(f)},
        "properties": {"lang": f.lang, "suggestion": f.suggestion, "data": data_dict(f)},
    }
    if f.related is not None:
        out["relatedLocations"] = [
            {
                "id": 1,
                "physicalLocation": physical_location(f.related, root),
                "message": {"text": "corresponding text in the other language"},
            }
        ]
    return out


def sarif_dict(report: Report, root: str | None = None) -> dict[str, Any]:
    """The SARIF log as Python data; paths are made relative to `root` (default: the working directory)."""
    root = os.path.abspath(root or os.getcwd())
    rules = sorted(report.rules, key=lambda r: r.id)
    known = {r.id for r in rules}
    for f in report.findings:  # a finding of a rule missing from the catalog still gets a descriptor
        if f.rule not in known:
            rules.append(Rule(f.rule, f.severity, f"Rule {f.rule}."))
            known.add(f.rule)
    index = {r.id: i for i, r in enumerate(rules)}
    driver = {
        "name": TOOL_NAME,
        "version": tool_version(report.signature),
        "informationUri": INFORMATION_URI,
        "rules": [rule_descriptor(r) for r in rules],
    }
    run: dict[str, Any] = {
        "tool": {"driver": driver},
        "originalUriBaseIds": {SRCROOT: {"uri": Path(root).as_uri().rstrip("/") + "/"}},
    }
    artifacts = glossary_artifacts(report, root)
    if artifacts:
        run["artifacts"] = artifacts
    properties: dict[str, Any] = {"signature": plain(dict(report.signature))}
    if report.glossaries is not None:
        properties["glossary"] = glossary_sentence(report.glossaries)
    run.update({
        "columnKind": "unicodeCodePoints",
        "results": [result(f, index[f.rule], root) for f in report.findings],
        "properties": properties,
    })
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def render_sarif(report: Report, root: str | None = None) -> bytes:
    """The SARIF log as UTF-8 bytes."""
    text = json.dumps(sarif_dict(report, root), ensure_ascii=False, indent=2, sort_keys=False, allow_nan=False)
    return utf8(text + "\n")

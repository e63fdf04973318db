"""Plain-data views of findings, locations and pairs shared by the JSON, SARIF, table and baseline writers."""
from __future__ import annotations

import enum
import json
import math
from collections.abc import Sequence
from typing import Any

from zhen_qa.manuscript.document import Pair, Sentence, span_of
from zhen_qa.manuscript.source import Location
from zhen_qa.report.codetext import shown
from zhen_qa.report.findings import Finding


def location_dict(loc: Location | None) -> dict[str, Any] | None:
    """A Location as a dict with path, line, column, end_line, end_column (None stays None)."""
    if loc is None:
        return None
    return {
        "path": loc.path,
        "line": loc.line,
        "column": loc.column,
        "end_line": loc.end_line,
        "end_column": loc.end_column,
    }


def plain(value: Any) -> Any:
    """Turn a finding's `data` value into JSON-compatible data (tuples to lists, enums to values)."""
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, enum.Enum):
        return plain(value.value)
    if isinstance(value, Location):
        return location_dict(value)
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted((plain(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return str(value)


def data_dict(finding: Finding) -> dict[str, Any]:
    """A finding's `data` pairs as a dict of JSON-compatible values."""
    return {str(k): plain(v) for k, v in finding.data}


def finding_dict(finding: Finding) -> dict[str, Any]:
    """Every field of a Finding as JSON-compatible data; the location's fields sit at the top level
    (path, line, column, end_line, end_column) so the findings load straight into a table."""
    return {
        "rule": finding.rule,
        "severity": finding.severity.value,
        "message": finding.message,
        **(location_dict(finding.location) or {}),
        "lang": finding.lang,
        "excerpt": finding.excerpt,
        "suggestion": finding.suggestion,
        "related": location_dict(finding.related),
        "data": data_dict(finding),
    }


def side_span(sentences: Sequence[Sentence]) -> Location | None:
    """The span from the first sentence's start to the last sentence's end (None when empty)."""
    return span_of(sentences) if sentences else None


def bead_text(sentences: Sequence[Sentence], lang: str) -> str:
    """The sentences of one bead side joined as one segment (no separator for Chinese, a space otherwise)."""
    sep = "" if lang.startswith("zh") else " "
    return sep.join(shown(s.text).strip() for s in sentences).strip()  # inline code as written


def pair_dict(pair: Pair) -> dict[str, Any]:
    """A pair's section and the line span of each side."""
    out: dict[str, Any] = {"section": pair.section, "beads": len(pair.beads)}
    for lang, sentences in (("zh", pair.zh), ("en", pair.en)):
        span = side_span(sentences)
        out[lang] = None if span is None else {"path": span.path, "line": span.line, "end_line": span.end_line}
    return out

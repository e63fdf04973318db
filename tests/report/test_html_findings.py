from __future__ import annotations

import re

from zhen_qa.checks.registry import RULES_BY_ID
from zhen_qa.manuscript.source import Location
from zhen_qa.report.findings import Finding, Severity
from zhen_qa.report.html_findings import Row, findings_html


def _row(number: int, rule: str, severity: Severity, line: int) -> Row:
    finding = Finding(rule, severity, f"{rule} at {line}", Location("doc.md", line, 1, line, 2), "zh")
    return Row(number, finding, "doc.md", {"rule": rule, "line": line})


def _group_order(html: str) -> list[str]:
    return re.findall(r'data-rule-group="([^"]+)"', html)


def test_groups_by_worst_severity_then_catalog_order_not_by_count() -> None:
    rows = [_row(i, "punctuation-width", Severity.WARNING, i) for i in range(1, 6)]
    rows += [_row(6, "term-variant", Severity.WARNING, 9), _row(7, "monolingual-section", Severity.INFO, 10)]
    rows += [_row(8, "number-mismatch", Severity.WARNING, 11), _row(9, "wrong-language", Severity.ERROR, 12)]
    order = _group_order(findings_html(rows, RULES_BY_ID))
    # the error first; then the warnings in catalog order (terms, numbers, typography), five commas last of them
    assert order == ["wrong-language", "term-variant", "number-mismatch", "punctuation-width", "monolingual-section"]


def test_a_group_ranks_by_its_worst_finding() -> None:
    rows = [_row(1, "term-variant", Severity.WARNING, 1), _row(2, "punctuation-width", Severity.ERROR, 2)]
    order = _group_order(findings_html(rows, RULES_BY_ID))
    assert order == ["punctuation-width", "term-variant"]  # a rule raised to error by configuration comes first

"""benchmarks/precision_mddocs.py: where an injected defect counts as found (`in_spot`)."""
from __future__ import annotations

import sys
from pathlib import Path

from zhen_qa.manuscript.source import Location
from zhen_qa.report.findings import Finding, Severity

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from precision_mddocs import in_spot  # noqa: E402


def _finding(line: int, end_line: int, listed: list[int]) -> Finding:
    data = (("condensed", True), ("sentences", [{"line": n, "column": 1, "text": "x"} for n in listed]))
    return Finding("extra-target", Severity.INFO, "m", Location("a.en.md", line, 1, end_line, 5), "en", data=data)


def test_a_finding_counts_on_its_lines_or_on_a_sentence_it_lists() -> None:
    assert in_spot(_finding(10, 12, []), (12, 14))  # its span overlaps
    assert not in_spot(_finding(10, 11, []), (12, 14))
    # a condensed finding placed at its first sentence lists the one on the spot
    assert in_spot(_finding(3, 3, [3, 13, 40]), (12, 14))
    assert not in_spot(_finding(3, 3, [3, 40]), (12, 14))

from __future__ import annotations

import json

import pytest

from zhen_qa.report.model import Report
from zhen_qa.report.render import FORMATS, render


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "docx"])  # docx: tests/report/test_docx_review.py
def test_every_format_renders_deterministic_bytes(sample: Report, fmt: str, tmp_path: object) -> None:
    first = render(sample, fmt, root="/")
    assert isinstance(first, bytes) and first
    if fmt != "xlsx":  # xlsx embeds a creation time
        assert render(sample, fmt, root="/") == first


def test_dispatch_reaches_each_writer(sample: Report) -> None:
    assert render(sample, "text").startswith(b"paper.md:5:4: warning [term-variant]")
    assert json.loads(render(sample, "json"))["version"] == 1
    assert json.loads(render(sample, "sarif"))["version"] == "2.1.0"
    assert render(sample, "html").startswith(b"<!DOCTYPE html>")
    assert render(sample, "csv").splitlines()[0].endswith(b"related_end_column,data")
    assert render(sample, "xlsx").startswith(b"PK")
    assert b"\x1b[" in render(sample, "text", color=True)
    assert b"\x1b[" not in render(sample, "json")


def test_highlight_reaches_html(sample: Report) -> None:
    calls: list[tuple[str, str]] = []

    def highlight(text: str, lang: str) -> list[tuple[int, int, str]]:
        calls.append((text, lang))
        return [(0, 1, "term-preferred")] if lang == "en" else []

    out = render(sample, "html", highlight=highlight).decode()
    assert ("Secretome and regenerative medicine", "en") in calls
    assert ("分泌组与再生医学", "zh") in calls
    assert '<span class="term term-preferred" title="glossary term: preferred">S</span>ecretome' in out


def test_docx_needs_the_manuscript_file(sample: Report) -> None:
    """The reviewed document is a copy of the manuscript: the sample report's paper.md is not on disk."""
    from zhen_qa.manuscript.errors import InputError

    with pytest.raises(InputError, match="paper.md"):
        render(sample, "docx")


def test_unknown_format(sample: Report) -> None:
    with pytest.raises(ValueError, match="unknown report format 'pdf'"):
        render(sample, "pdf")

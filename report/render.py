"""One entry point for every report format: `render(report, fmt)` returns the bytes to write."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the command line reads FORMATS before any report exists (`zhen-qa --version` needs none)
    from zhen_qa.report.model import Report

FORMATS: tuple[str, ...] = ("text", "json", "sarif", "html", "csv", "xlsx", "docx")
"""Formats `render` accepts, in the order the CLI lists them."""

BINARY_FORMATS = frozenset({"xlsx", "docx"})
"""Formats whose output is not text (the CLI refuses to write them to a terminal)."""


def render(
    report: Report,
    fmt: str,
    *,
    color: bool = False,
    highlight: Callable[[str, str], list[tuple[int, int, str]]] | None = None,
    root: str | None = None,
    csv_raw: bool = False,
    all_units: bool = False,
) -> bytes:
    """Render a report in one of FORMATS.

    `color` applies to text only (the caller decides from isatty and NO_COLOR); `highlight`
    marks glossary terms in HTML, taking (text, lang) and returning (start, end, label) spans;
    `root` is the folder SARIF URIs and HTML paths are relative to (default: the working directory);
    `csv_raw` keeps CSV cells that start like a formula as they are (no leading `'`);
    `all_units` puts every unit of a CAT file in its Word review, not only those with findings.
    Raises ValueError for an unknown format.
    """
    if fmt == "text":
        from zhen_qa.report.text import render_text

        return render_text(report, color=color)
    if fmt == "json":
        from zhen_qa.report.jsonfmt import render_json

        return render_json(report)
    if fmt == "sarif":
        from zhen_qa.report.sarif import render_sarif

        return render_sarif(report, root=root)
    if fmt == "html":
        from zhen_qa.report.html import render_html

        return render_html(report, highlight=highlight, root=root)
    if fmt == "csv":
        from zhen_qa.report.tables import render_csv

        return render_csv(report, raw=csv_raw)
    if fmt == "xlsx":
        from zhen_qa.report.tables import render_xlsx

        return render_xlsx(report)
    if fmt == "docx":
        from zhen_qa.report.docx_review import render_docx

        return render_docx(report, all_units=all_units)
    raise ValueError(f"unknown report format {fmt!r}; choose one of: {', '.join(FORMATS)}")

"""Spreadsheet reports through polars: CSV and XLSX, one row per finding (XLSX adds the aligned pairs).

Manuscript and glossary text is data, never a formula: XLSX cells are written with `write_string`
(no formula, number or URL guessing) and CSV cells that would start a formula get a leading `'`
(OWASP) unless `raw` is asked for.
"""
from __future__ import annotations

import io
import json
from typing import Any

import polars as pl

from zhen_qa.report.findings import Finding
from zhen_qa.report.model import Report
from zhen_qa.report.safetext import FORMULA_PATTERN, scrub
from zhen_qa.report.serialize import bead_text, data_dict, location_dict, side_span

FINDING_SCHEMA: dict[str, Any] = {
    "path": pl.String,
    "line": pl.Int64,
    "column": pl.Int64,
    "end_line": pl.Int64,
    "end_column": pl.Int64,
    "severity": pl.String,
    "rule": pl.String,
    "lang": pl.String,
    "message": pl.String,
    "excerpt": pl.String,
    "suggestion": pl.String,
    "related_path": pl.String,
    "related_line": pl.Int64,
    "related_column": pl.Int64,
    "related_end_line": pl.Int64,
    "related_end_column": pl.Int64,
    "data": pl.String,
}

PAIR_SCHEMA: dict[str, Any] = {
    "file": pl.String,
    "section": pl.String,
    "bead": pl.Int64,
    "zh_path": pl.String,
    "zh_line": pl.Int64,
    "zh_end_line": pl.Int64,
    "zh_text": pl.String,
    "en_path": pl.String,
    "en_line": pl.Int64,
    "en_end_line": pl.Int64,
    "en_text": pl.String,
    "score": pl.Float64,
}


_LOCATION_KEYS = ("path", "line", "column", "end_line", "end_column")


def _clean(row: dict[str, Any]) -> dict[str, Any]:
    """The row with surrogates in its text replaced (polars and UTF-8 accept no lone surrogate)."""
    return {k: scrub(v) if isinstance(v, str) else v for k, v in row.items()}


def _finding_row(f: Finding) -> dict[str, Any]:
    rel = location_dict(f.related) or dict.fromkeys(_LOCATION_KEYS)
    data = data_dict(f)
    return _clean({
        **(location_dict(f.location) or {}),
        "severity": f.severity.value,
        "rule": f.rule,
        "lang": f.lang,
        "message": f.message,
        "excerpt": f.excerpt,
        "suggestion": f.suggestion,
        **{f"related_{key}": rel[key] for key in _LOCATION_KEYS},
        "data": json.dumps(data, ensure_ascii=False, sort_keys=True) if data else None,
    })


def findings_frame(report: Report) -> pl.DataFrame:
    """One row per finding with every field (related location split into columns, data as JSON text)."""
    rows = [_finding_row(f) for f in report.findings]
    return pl.DataFrame(rows, schema=FINDING_SCHEMA, orient="row") if rows else pl.DataFrame(schema=FINDING_SCHEMA)


def pairs_frame(report: Report) -> pl.DataFrame:
    """One row per bead of every aligned pair: both sides' text and lines, and the aligner's score."""
    rows: list[dict[str, Any]] = []
    for fr in report.files:
        for pair in fr.pairs:
            for n, bead in enumerate(pair.beads, start=1):
                zh = [pair.zh[i] for i in bead.zh]
                en = [pair.en[i] for i in bead.en]
                zspan, espan = side_span(zh), side_span(en)
                score = float(bead.score)
                rows.append(
                    _clean({
                        "file": fr.path,
                        "section": pair.section,
                        "bead": n,
                        "zh_path": zspan.path if zspan else None,
                        "zh_line": zspan.line if zspan else None,
                        "zh_end_line": zspan.end_line if zspan else None,
                        "zh_text": bead_text(zh, "zh"),
                        "en_path": espan.path if espan else None,
                        "en_line": espan.line if espan else None,
                        "en_end_line": espan.end_line if espan else None,
                        "en_text": bead_text(en, "en"),
                        "score": score if score == score and abs(score) != float("inf") else None,
                    })
                )
    return pl.DataFrame(rows, schema=PAIR_SCHEMA, orient="row") if rows else pl.DataFrame(schema=PAIR_SCHEMA)


def render_csv(report: Report, *, raw: bool = False) -> bytes:
    """Findings as CSV (UTF-8 with BOM so Excel opens Chinese text correctly).

    Text cells that would start a formula (=, +, -, @, tab, CR) get a leading `'`; `raw` keeps
    them as they are, for programs rather than spreadsheets.
    """
    frame = findings_frame(report)
    if not raw:
        text = [c for c, t in FINDING_SCHEMA.items() if t == pl.String]
        frame = frame.with_columns(pl.col(c).str.replace(FORMULA_PATTERN, "'$0") for c in text)
    buf = io.BytesIO()
    frame.write_csv(buf, include_bom=True)
    return buf.getvalue()


MAX_WIDTH_PX = 480
"""Widest a column is made (about 65 Latin or 32 Han characters): a longer message, excerpt or sentence wraps in its
cell (an excerpt of 400 characters made its column wider than a screen)."""
WRAP_PAST = 60
"""Characters past which a column's text wraps."""


def _write_sheet(wb: Any, name: str, frame: pl.DataFrame) -> None:
    """One sheet: a header row that stays in view and the frame's rows; text always through `write_string`, long
    text wrapped in columns of a bounded width."""
    ws = wb.add_worksheet(name)
    columns = frame.columns
    height = frame.height
    if height:
        ws.add_table(0, 0, height, len(columns) - 1, {
            "columns": [{"header": c} for c in columns], "style": "Table Style Light 9", "autofilter": True,
        })
    else:
        for c, header in enumerate(columns):
            ws.write_string(0, c, header)
    ws.freeze_panes(1, 0)
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    top = wb.add_format({"valign": "top"})
    long = [any(isinstance(v, str) and len(v) > WRAP_PAST for v in frame.get_column(c)) for c in columns]
    for r, row in enumerate(frame.iter_rows(), start=1):
        for c, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, str):
                ws.write_string(r, c, value, wrap if long[c] else top)
            else:
                ws.write_number(r, c, value, top)
    ws.autofit(max_width=MAX_WIDTH_PX)


def render_xlsx(report: Report) -> bytes:
    """An XLSX workbook: sheet "Findings" (one row per finding) and sheet "Pairs" (aligned beads)."""
    from xlsxwriter import Workbook

    buf = io.BytesIO()
    # No guessing anywhere in the workbook, even for a cell written with write() later.
    options = {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}
    with Workbook(buf, options) as wb:
        _write_sheet(wb, "Findings", findings_frame(report))
        _write_sheet(wb, "Pairs", pairs_frame(report))
    return buf.getvalue()

from __future__ import annotations

import io
import json

import openpyxl
import polars as pl

from zhen_qa.report.model import FileResult, Report
from zhen_qa.report.tables import FINDING_SCHEMA, render_csv, render_xlsx


def test_csv_one_row_per_finding_with_all_fields(sample: Report) -> None:
    data = render_csv(sample)
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads the Chinese as UTF-8
    df = pl.read_csv(io.BytesIO(data))
    assert df.columns == list(FINDING_SCHEMA)
    assert df.height == 4
    row = df.row(0, named=True)
    assert row["path"] == "paper.md" and (row["line"], row["column"], row["end_column"]) == (5, 4, 7)
    assert (row["severity"], row["rule"], row["lang"]) == ("warning", "term-variant", "zh")
    assert row["excerpt"] == "分泌物" and row["suggestion"] == "分泌组"
    assert (row["related_line"], row["related_column"]) == (7, 11)
    assert json.loads(row["data"]) == {"preferred": "分泌组", "variants": ["分泌物"]}
    assert df["severity"].to_list() == ["warning", "error", "warning", "info"]
    assert df.row(1, named=True)["message"].endswith("<script>alert(1)</script> & co")


def test_xlsx_has_findings_and_pairs_sheets(sample: Report) -> None:
    wb = openpyxl.load_workbook(io.BytesIO(render_xlsx(sample)))
    assert wb.sheetnames == ["Findings", "Pairs"]
    rows = list(wb["Findings"].iter_rows(values_only=True))
    assert list(rows[0]) == list(FINDING_SCHEMA)
    assert len(rows) == 5
    header = rows[0]
    first = dict(zip(header, rows[1]))
    assert first["rule"] == "term-variant" and first["line"] == 5 and first["excerpt"] == "分泌物"
    pairs = list(wb["Pairs"].iter_rows(values_only=True))
    ph = pairs[0]
    beads = [dict(zip(ph, r)) for r in pairs[1:]]
    assert [(b["section"], b["bead"]) for b in beads] == [
        ("title", 1),
        ("abstract", 1),
        ("abstract", 2),
        ("abstract", 3),
    ]
    assert beads[2]["zh_text"] == "本研究纳入了12例患者。" and beads[2]["en_text"] == "This study included 13 patients."
    assert beads[3]["en_text"] in (None, "") and beads[3]["en_line"] is None
    assert abs(beads[0]["score"] - 0.95) < 1e-9


def test_empty_report_still_writes_headers() -> None:
    empty = Report((FileResult("x.md", None, (), ()),), rules=())
    df = pl.read_csv(io.BytesIO(render_csv(empty)))
    assert df.columns == list(FINDING_SCHEMA) and df.height == 0
    wb = openpyxl.load_workbook(io.BytesIO(render_xlsx(empty)))
    assert wb.sheetnames == ["Findings", "Pairs"]
    assert list(next(wb["Findings"].iter_rows(values_only=True))) == list(FINDING_SCHEMA)


def test_xlsx_keeps_its_header_in_view_and_long_text_in_readable_columns(sample: Report) -> None:
    """Opened in Excel or LibreOffice, the header row scrolled away and a 400-character excerpt made its column wider
    than the screen (autofit gave ChinaXiv's excerpt column 220 characters): the header row is frozen, no column
    is wider than about 65 characters, and a column of long text wraps in its cells."""
    from dataclasses import replace

    fr = sample.files[0]
    long = replace(fr.findings[2], excerpt="The secretome of mesenchymal stem cells contains growth factors. " * 6)
    report = Report((FileResult(fr.path, None, fr.pairs, (*fr.findings[:2], long, fr.findings[3])),), sample.rules)
    wb = openpyxl.load_workbook(io.BytesIO(render_xlsx(report)))
    for ws in wb.worksheets:
        assert ws.freeze_panes == "A2"
        assert all((d.width or 0) <= 70 for d in ws.column_dimensions.values()), ws.title
    findings = wb["Findings"]
    excerpt = list(FINDING_SCHEMA).index("excerpt") + 1
    assert findings.cell(row=4, column=excerpt).alignment.wrap_text
    assert not findings.cell(row=2, column=list(FINDING_SCHEMA).index("rule") + 1).alignment.wrap_text

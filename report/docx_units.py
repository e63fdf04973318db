"""The Word review of a CAT file: a table of its units (number, id, source, target), each finding a Word comment on
the characters of the segment it points at.

A reviewer reads a translation memory or an XLIFF file as the CAT tool shows it, source beside target, not as its
XML lines. The table holds the checked units that have a finding, in file order, each with its number among the
checked units and its id so the reviewer can find it in the CAT tool (a paragraph above the table says how many units
had none); with `all_units` it holds every checked unit (a real 1,500-unit XLIFF is then some 190 pages). Locked and
not-for-translation units are not checked and not shown; the notes above the table say how many. The text of each
cell is the segment's prose as the checks read it (inline tags and native code left out). A finding whose place is
in no unit is commented on the title.
Comments carry plain text only, as in the manuscript review.
"""
from __future__ import annotations

import bisect
import io
import os
from dataclasses import dataclass, field
from typing import Any

from zhen_qa.manuscript.document import Block
from zhen_qa.report.docx_comments import comment_text
from zhen_qa.report.docx_review import add_comment
from zhen_qa.report.findings import Finding
from zhen_qa.report.model import FileResult
from zhen_qa.report.safetext import xml_safe

LANG_NAMES = {"zh": "Chinese", "en": "English"}
WIDTHS_CM = (1.0, 2.6, 7.0, 7.0)
"""Column widths: number, unit id, source, target (an A4 page with 2 cm margins holds 17.6 cm), for numbers of up to
two digits; `_widths` widens the first for longer ones."""
DIGIT_CM = 0.3
"""Width of one digit of the number column's 11-point text, with some to spare: 0.18 cm in Calibri, 0.25 cm in the
serif LibreOffice puts in its place when Calibri is missing."""
CELL_MARGINS_CM = 0.5
"""Left and right cell margins of the Table Grid style (0.19 cm each), with a little to spare."""


@dataclass
class _Cell:
    """One segment of the table: its block and the findings' spans on it, (start, end, finding)."""

    block: Block
    spans: list[tuple[int, int, Finding]] = field(default_factory=list)


@dataclass
class _Row:
    """One unit: its id and its source and target segments (None for an empty target)."""

    unit: str
    source: _Cell | None = None
    target: _Cell | None = None
    loose: list[Finding] = field(default_factory=list)
    """Findings of this unit not on either segment's characters: commented on its id."""

    def has_findings(self) -> bool:
        return bool(self.loose) or any(c is not None and c.spans for c in (self.source, self.target))


def _rows(fr: FileResult) -> list[_Row]:
    """The units of the file in order, from its blocks: `read_cat` writes each unit's source (never empty: a unit
    without one is not read), then its target when it has one."""
    rows: list[_Row] = []
    source_lang = fr.source_lang or "zh"
    for block in fr.blocks:
        if block.lang == source_lang or not rows:
            rows.append(_Row(block.section.removeprefix("unit "), _Cell(block)))
        else:
            rows[-1].target = _Cell(block)
    return rows


def _place(rows: list[_Row], findings: tuple[Finding, ...], path: str) -> list[Finding]:
    """Put each finding on the cell whose characters it points at; the findings placed on no unit are returned."""
    cells = [(c.block.text.offsets[0], c) for r in rows for c in (r.source, r.target)
             if c is not None and c.block.text.offsets]
    cells.sort(key=lambda x: x[0])
    starts = [s for s, _ in cells]
    by_unit: dict[str, list[_Row]] = {}
    for r in rows:
        by_unit.setdefault(r.unit, []).append(r)
    loose: list[Finding] = []
    for f in sorted(findings, key=Finding.sort_key):
        cell = None
        loc = f.location
        if loc.path == path and cells:
            source = cells[0][1].block.text.source
            a = _offset(source.line_starts, loc.line, loc.column)
            b = max(_offset(source.line_starts, loc.end_line, loc.end_column), a + 1)
            k = bisect.bisect_right(starts, a) - 1
            if k >= 0:
                candidate = cells[k][1]
                offsets = candidate.block.text.offsets
                if a <= candidate.block.text.end_of(len(offsets) - 1):
                    cell = candidate
                    i = bisect.bisect_left(offsets, a)
                    j = max(bisect.bisect_left(offsets, b), i + 1)
                    cell.spans.append((min(i, len(offsets) - 1), min(j, len(offsets)), f))
        if cell is not None:
            continue
        unit = dict(f.data).get("unit")
        if isinstance(unit, str) and len(by_unit.get(unit, [])) == 1:
            by_unit[unit][0].loose.append(f)
        else:
            loose.append(f)
    return loose


def _offset(line_starts: tuple[int, ...], line: int, column: int) -> int:
    """The file offset of a 1-based line and column."""
    if not line_starts:
        return column - 1
    return line_starts[min(max(line, 1), len(line_starts)) - 1] + column - 1


def _fill(document: Any, paragraph: Any, text: str, spans: list[tuple[int, int, Finding]], path: str) -> None:
    """Write `text` into `paragraph` as runs cut at the findings' ends, and comment each finding on its runs."""
    from docx.text.run import Run

    cuts = sorted({0, len(text), *(i for a, b, _ in spans for i in (a, b))})
    runs: list[tuple[int, int, Run]] = []
    for a, b in zip(cuts, cuts[1:]):
        if b > a:
            runs.append((a, b, paragraph.add_run(xml_safe(text[a:b]))))
    if not runs:
        runs.append((0, 0, paragraph.add_run("")))
    for a, b, f in spans:
        anchor = [r for ra, rb, r in runs if ra < b and rb > a] or [runs[0][2]]
        _comment(document, [anchor[0], anchor[-1]], f, path)


def _comment(document: Any, runs: list[Any], f: Finding, path: str) -> None:
    add_comment(document, runs, comment_text(f, path))


def units_docx(fr: FileResult, *, all_units: bool = False, glossary: str = "") -> bytes:
    """The units of one checked CAT file as a Word table with a comment per finding, as .docx bytes: the units with
    a finding, or every checked unit with `all_units`."""
    import docx
    from docx.shared import Cm, Pt

    document = docx.Document()
    section = document.sections[0]
    section.left_margin = section.right_margin = Cm(2)
    rows = _rows(fr)
    loose = _place(rows, fr.findings, fr.path)
    title = document.add_heading(xml_safe(os.path.basename(fr.path)), level=1)
    source_lang = fr.source_lang or "zh"
    target_lang = "en" if source_lang == "zh" else "zh"
    document.add_paragraph(xml_safe(
        f"{len(rows)} units checked, {len(fr.findings)} findings; source {LANG_NAMES[source_lang]}, target "
        f"{LANG_NAMES[target_lang]}. Each finding is a comment on the characters it points at."))
    if glossary:  # what the run was checked against (`glossary_sentence`)
        document.add_paragraph(xml_safe(glossary))
    for note in fr.notes:
        document.add_paragraph(xml_safe(f"Note: {note}"))
    for f in loose:
        _comment(document, [title.runs[0]], f, fr.path)
    shown = [(n, row) for n, row in enumerate(rows, 1) if all_units or row.has_findings()]
    clean = len(rows) - sum(1 for row in rows if row.has_findings())
    if not all_units and clean:
        document.add_paragraph(xml_safe(
            f"{_units(clean)} without findings {'is' if clean == 1 else 'are'} not shown"
            f" (check --all-units lists every unit); # is the unit's number among the "
            f"{_units(len(rows))} checked."))
    if not shown:
        return _save(document)
    table = document.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    table.autofit = False
    header = table.rows[0].cells
    for cell, name in zip(header, ("#", "Unit", f"Source ({LANG_NAMES[source_lang]})",
                                   f"Target ({LANG_NAMES[target_lang]})")):
        cell.paragraphs[0].add_run(name).bold = True
    _repeat_header(table.rows[0])
    for n, row in shown:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(str(n))
        id_run = cells[1].paragraphs[0].add_run(xml_safe(row.unit))
        id_run.font.size = Pt(8)  # an id may be long (Xcode's is the English string)
        for k, cell in ((2, row.source), (3, row.target)):
            if cell is not None:
                _fill(document, cells[k].paragraphs[0], cell.block.text.text, cell.spans, fr.path)
        for f in row.loose:
            _comment(document, [id_run], f, fr.path)
    # the grid (LibreOffice reads it) and each cell (Word)
    for column, width in zip(table.columns, _widths(shown[-1][0])):
        column.width = Cm(width)
        for cell in column.cells:
            cell.width = Cm(width)
    return _save(document)


def _widths(largest: int) -> tuple[float, ...]:
    """The column widths for unit numbers up to `largest`: a number is never broken over lines (unit 196 was
    shown as 19 over 6 in a 1-cm column); the unit id column gives up what the number column needs."""
    number = max(WIDTHS_CM[0], CELL_MARGINS_CM + DIGIT_CM * len(str(largest)))
    return (number, WIDTHS_CM[1] - (number - WIDTHS_CM[0]), *WIDTHS_CM[2:])


def _units(n: int) -> str:
    return f"{n} unit" if n == 1 else f"{n} units"


def _save(document: Any) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _repeat_header(row: Any) -> None:
    """Repeat the table's first row at the top of each page (w:tblHeader)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    mark = OxmlElement("w:tblHeader")
    mark.set(qn("w:val"), "true")
    tr_pr.append(mark)

"""XLSX glossaries: a term list on the first sheet (layouts of `headers`); read with calamine, written with xlsxwriter.

The archive is checked before polars sees it (`manuscript.archive.check_archive`, the limits of .docx
manuscripts: zip bombs are refused), and a corrupt archive is an InputError.
"""
from __future__ import annotations

import io
import re
from collections.abc import Mapping

from zhen_qa.glossary.formats.rows import concept_to_row, header_for, read_table
from zhen_qa.glossary.model import Concept, Glossary
from zhen_qa.glossary.problems import Problem
from zhen_qa.manuscript.archive import XLSX, check_archive
from zhen_qa.manuscript.errors import InputError

_PROBLEMS = (  # (words in calamine's message, what they mean for the user), first match wins
    ("deflate", "the compressed data is damaged"),
    ("crc", "the compressed data is damaged"),
    ("shared strings", "its table of cell texts is damaged"),
    ("xml", "a part of it is not well-formed XML"),
    ("password", "it is protected by a password"),
    ("encrypt", "it is protected by a password"),
    ("no matching sheets", "it lists no worksheet"),  # all sheets read at once (sheet_id=0)
)


def _workbook_problem(exc: Exception) -> str:
    """What a calamine/polars failure means for the user, in a few words (never an exception class name)."""
    text = str(exc).split("\n", 1)[0]
    detail = text.rsplit("Xlsx error:", 1)[-1].strip()
    missing = re.search(r"(File|Worksheet) (?:not found '([^']{1,80})'|'([^']{1,80})' not found)", detail)
    if missing:
        part = "".join(ch if ch.isprintable() else "?" for ch in missing.group(2) or missing.group(3))
        return f"the {'part' if missing.group(1) == 'File' else 'worksheet'} {part!r} is missing"
    lowered = detail.lower()
    for words, meaning in _PROBLEMS:
        if words in lowered:
            return meaning
    if isinstance(exc, (IndexError, KeyError)):
        return "it lists no worksheet"
    return "its contents are damaged or not a spreadsheet"


def read(path: str, columns: Mapping[str, str] | None = None) -> tuple[list[Concept], list[str], list[Problem]]:
    """Concepts of the first sheet that is not empty, where each came from ("row N") and what was repaired;
    InputError if unreadable.

    Row numbers count from the first non-empty row of the sheet (calamine trims blank rows above it).
    """
    import polars as pl

    name = str(path)
    check_archive(path, XLSX)
    try:
        sheets = pl.read_excel(path, sheet_id=0, engine="calamine", has_header=False, infer_schema_length=0,
                               raise_if_empty=False, drop_empty_rows=False)
    except Exception as exc:  # calamine reports corrupt parts with several exception types
        raise InputError(f"{name}: not a readable XLSX workbook ({_workbook_problem(exc)}); open it in a "
                         "spreadsheet program and save it again as .xlsx") from None
    # the first sheet that holds anything: a cover or instructions sheet left empty before the table is skipped
    first = next(iter(sheets), None)
    sheet = next((s for s, f in sheets.items() if f.height and f.width), first)
    frame = sheets[sheet] if sheet is not None else pl.DataFrame()
    prefix = "" if sheet == first else f"sheet {sheet!r}, "
    rows = ((f"{prefix}row {i}", [None if v is None else str(v) for v in row])
            for i, row in enumerate(frame.iter_rows(), 1))
    concepts, where, problems = read_table(name, rows, columns, check_width=False)
    return concepts, where, problems


def to_bytes(glossary: Glossary, path: str) -> bytes:
    """A workbook with one sheet named "glossary" with the CSV columns (`path` is unused)."""
    import xlsxwriter

    header, with_case = header_for(glossary.concepts)
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True})
    try:
        ws = wb.add_worksheet("glossary")
        bold = wb.add_format({"bold": True})
        ws.write_row(0, 0, header, bold)
        for r, c in enumerate(glossary.concepts, start=1):
            for col, value in enumerate(concept_to_row(c, with_case)):
                ws.write_string(r, col, value)
        ws.freeze_panes(1, 0)
    finally:
        wb.close()
    return buf.getvalue()

"""CSV and TSV glossaries: the `rows.COLUMNS` header, one concept per row, `|` between terms in a cell."""
from __future__ import annotations

import csv
import io

from zhen_qa.glossary.formats.files import read_bounded
from zhen_qa.glossary.formats.rows import (
    RowError,
    check_header,
    check_width,
    concept_from_row,
    concept_to_row,
    header_for,
)
from zhen_qa.glossary.model import Concept, Glossary
from zhen_qa.manuscript.errors import InputError
from zhen_qa.manuscript.source import decode

MAX_BYTES = 64 * 1024 * 1024
"""Largest CSV/TSV glossary accepted."""


def _delimiter(path: str, first_line: str) -> str:
    if path.lower().endswith(".tsv") or ("\t" in first_line and "," not in first_line):
        return "\t"
    return ","


def read(path: str) -> tuple[list[Concept], list[str]]:
    """Concepts of a CSV/TSV file and where each came from ("line N"); InputError on a malformed file."""
    name = str(path)
    data = read_bounded(name, MAX_BYTES)
    text = decode(data, name, what="glossary")
    first = text.split("\n", 1)[0]
    delimiter = _delimiter(name, first)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    concepts: list[Concept] = []
    where: list[str] = []
    names: list[str] | None = None
    line = 1
    try:
        for cells in reader:
            start, line = line, reader.line_num + 1
            if names is None:
                if not any(c.strip() for c in cells):
                    continue
                try:
                    names = check_header(cells)
                except RowError as exc:
                    raise InputError(f"{name}: line {start}, field {exc.field}: {exc}") from None
                continue
            if not any(c.strip() for c in cells):
                continue
            try:
                check_width(names, cells, delimiter)
                concepts.append(concept_from_row(names, cells))
            except RowError as exc:
                raise InputError(f"{name}: line {start}, field {exc.field}: {exc}") from None
            where.append(f"line {start}")
    except csv.Error as exc:
        problem = _quote_problem(text, line, delimiter)
        if problem is None:
            raise InputError(f"{name}: line {line}: {exc} (unbalanced quotes?)") from None
        at, column, message = problem
        field = names[column] if names is not None and column < len(names) else str(column + 1)
        raise InputError(f"{name}: line {at}, field {field}: {message}") from None
    if names is None:
        raise InputError(f"{name}: line 1, field id: empty file; expected a header row")
    return concepts, where


def _quote_problem(text: str, line: int, delimiter: str) -> tuple[int, int, str] | None:
    """(line, 0-based column, message) of the bad quote in the record starting at `line`, or None if none is found.

    Follows the csv module's rules (a quote opens a quoted cell only at the start of a cell; `""` inside is a quote).
    """
    lines = io.StringIO(text, newline="").readlines()
    rest = "".join(lines[line - 1:])
    column, state, opened = 0, "start", (line, 0)
    i = 0
    while i < len(rest):
        ch = rest[i]
        newline = ch in "\r\n"
        if newline and ch == "\r" and rest[i + 1:i + 2] == "\n":
            i += 1
        i += 1
        if state == "quoted":
            if ch == '"':
                state = "closed"
        elif state == "closed" and ch == '"':
            state = "quoted"
        elif ch == delimiter:
            column, state = column + 1, "start"
        elif newline:
            return None  # the record ended without a quote problem
        elif state == "closed":
            return line, column, ("text after the closing quote; put the whole cell in quotes and double each "
                                  "quote inside it")
        elif state == "start" and ch == '"':
            state, opened = "quoted", (line, column)
        else:
            state = "unquoted"
        if newline:
            line += 1
    if state == "quoted":
        return opened[0], opened[1], "the quote that opens this cell is never closed; add the closing quote"
    return None


def to_bytes(glossary: Glossary, path: str) -> bytes:
    """A glossary as CSV (or TSV when the path ends in .tsv), UTF-8 with BOM for spreadsheets."""
    header, with_case = header_for(glossary.concepts)
    delimiter = "\t" if str(path).lower().endswith(".tsv") else ","
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    writer.writerow(header)
    for c in glossary.concepts:
        writer.writerow(concept_to_row(c, with_case))
    return buf.getvalue().encode("utf-8-sig")

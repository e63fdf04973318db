"""CSV and TSV glossaries: one concept per row, `|` between terms in a cell; the header layouts of `headers`."""
from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Mapping

from zhen_qa.glossary.formats.files import read_bounded
from zhen_qa.glossary.formats.rows import concept_to_row, header_for, read_table
from zhen_qa.glossary.model import Concept, Glossary
from zhen_qa.glossary.problems import Problem
from zhen_qa.manuscript.errors import InputError
from zhen_qa.manuscript.source import decode

MAX_BYTES = 64 * 1024 * 1024
"""Largest CSV/TSV glossary accepted."""


_DELIMITERS = (",", ";", "\t")


def _delimiter(path: str, first_line: str) -> str:
    """The delimiter of the header line: the most frequent of comma, semicolon and tab outside quotes."""
    unquoted = "".join(first_line.split('"')[::2])
    counts = {d: unquoted.count(d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    if counts[best] == 0:
        return "\t" if path.lower().endswith(".tsv") else ","
    if path.lower().endswith(".tsv") and counts["\t"]:
        return "\t"
    return best


def read(path: str, columns: Mapping[str, str] | None = None) -> tuple[list[Concept], list[str], list[Problem]]:
    """Concepts of a CSV/TSV file, where each came from ("line N") and what was repaired.

    The delimiter (comma, semicolon or tab) is sniffed from the header line; see `headers` for the layouts.
    InputError only when the file cannot be read: undecodable, unbalanced quotes, no term column.
    """
    name = str(path)
    data = read_bounded(name, MAX_BYTES)
    text = decode(data, name, what="glossary")
    first = next((ln for ln in text.split("\n") if ln.strip()), "")
    delimiter = _delimiter(name, first)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    state = {"line": 1}

    def rows() -> Iterator[tuple[str, list[str]]]:
        for cells in reader:
            start, state["line"] = state["line"], reader.line_num + 1
            yield f"line {start}", cells

    try:
        return read_table(name, rows(), columns)
    except csv.Error as exc:
        line = state["line"]
        problem = _quote_problem(text, line, delimiter)
        if problem is None:
            raise InputError(f"{name}: line {line}: {exc} (unbalanced quotes?)") from None
        at, column, message = problem
        header = next(csv.reader([first], delimiter=delimiter), [])
        field = header[column].strip() if column < len(header) and at > 1 else str(column + 1)
        raise InputError(f"{name}: line {at}, field {field}: {message}") from None


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

"""CSV and TSV glossaries: the `rows.COLUMNS` header, one concept per row, `|` between terms in a cell."""
from __future__ import annotations

import csv
import io

from aligner.source import InputError, decode
from glossary.formats.files import read_bounded
from glossary.formats.rows import RowError, check_header, concept_from_row, concept_to_row, header_for
from glossary.model import Concept, Glossary

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
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(name, first), strict=True)
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
                concepts.append(concept_from_row(names, cells))
            except RowError as exc:
                raise InputError(f"{name}: line {start}, field {exc.field}: {exc}") from None
            where.append(f"line {start}")
    except csv.Error as exc:
        raise InputError(f"{name}: line {line}: {exc} (unbalanced quotes?)") from None
    if names is None:
        raise InputError(f"{name}: line 1, field id: empty file; expected a header row")
    return concepts, where


def write(glossary: Glossary, path: str) -> None:
    """Write a glossary as CSV (or TSV when the path ends in .tsv), UTF-8 with BOM for spreadsheets."""
    header, with_case = header_for(glossary.concepts)
    delimiter = "\t" if str(path).lower().endswith(".tsv") else ","
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter, lineterminator="\n")
        writer.writerow(header)
        for c in glossary.concepts:
            writer.writerow(concept_to_row(c, with_case))

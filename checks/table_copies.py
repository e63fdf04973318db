"""Table cells the Chinese page repeats in English, one finding per column or per table (untranslated-span).

A table the Chinese page keeps in English is one defect where it is: a column whose cells the translator copied
(an option table's description column, a date-format table's meaning column), or the whole table when every column
of prose is copied (a comparison table pasted from the English page). Reported cell by cell it is a screen of
findings that say the same thing; one finding per column (per table when the whole table, header included, has no
Chinese and two or more of its columns are copied) names the column, the table's lines, the number of cells and
the first one, and lists every cell in its data (`sentences`, as `untranslated`'s runs do). A column is grouped
only when it is copied throughout: when another body cell of it has Chinese on the Chinese page, the column is
translated and each copied cell is a miss of its own (two descriptions the translator skipped are two defects, at
two places), so every copied cell of it keeps its own finding, as does a single copied cell.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from zhen_qa.checks.quote import clipped
from zhen_qa.manuscript.document import Part
from zhen_qa.report.findings import Finding
from zhen_qa.report.places import span_words

GROUP_MIN = 2
"""Fewest copied cells of one column (or table) reported as one finding."""
MAX_NAMED = 3
"""Most columns a table's finding names in its message (a wider comparison table: "23 cells in 9 columns"; the data
lists them all)."""


@dataclass(frozen=True)
class CellCopy:
    """A table cell of the English page that the Chinese page repeats, with its finding."""

    finding: Finding
    """The cell's own finding ("left in English: …"), reported as it is when the cell is alone in its group."""
    part: Part
    """The cell's place in its table (English page)."""
    header: str
    """The text of its column's header cell, "" when the table has none."""
    whole: bool
    """No cell of the Chinese page's table, header row included, has Chinese: the whole table is left in English."""
    translated: bool = False
    """Another body cell of its column in the Chinese page's table has Chinese: the column is translated but for
    the copied cells, each of them a miss of its own (never grouped); also when the Chinese is no table cell (its
    column is not known to be copied throughout)."""


def grouped(copies: Iterable[CellCopy]) -> Iterator[Finding]:
    """The findings of the copied cells: one per column of a table copied throughout, or one per table left in
    English whole when two or more of its columns are copied; a cell alone in its column, or in a column the
    Chinese page translates, keeps its own finding."""
    tables: dict[tuple[str, int], list[CellCopy]] = {}
    for c in copies:
        tables.setdefault((c.finding.location.path, c.part.table), []).append(c)
    for cells in tables.values():
        columns: dict[int, list[CellCopy]] = {}
        for c in cells:
            columns.setdefault(c.part.column, []).append(c)
        if len(columns) > 1 and all(c.whole for c in cells):
            yield _finding(cells, columns)
            continue
        for column in columns.values():
            yield from _column_finding(column)


def _column_finding(cells: list[CellCopy]) -> Iterator[Finding]:
    if len(cells) < GROUP_MIN or any(c.translated for c in cells):
        yield from (c.finding for c in cells)
        return
    yield _finding(cells, {cells[0].part.column: cells})


def _finding(cells: list[CellCopy], columns: dict[int, list[CellCopy]]) -> Finding:
    """One finding for copied cells of one column (`columns` has one entry) or of a whole table."""
    cells = sorted(cells, key=lambda c: (c.finding.location.line, c.finding.location.column))
    first, last = cells[0].finding, cells[-1].finding
    where = first.location.through(last.location)
    lines = span_words(where.path, where.line, where.end_line)
    names = [_column_name(col[0]) for _k, col in sorted(columns.items())]
    n = len(cells)
    if len(columns) == 1:
        head = f"the {names[0]} of the table at {lines} is left in English ({n} cells)"
    else:
        shown = f"the {_joined(names)}" if len(names) <= MAX_NAMED else f"{len(names)} columns"
        head = f"the table at {lines} is left in English ({n} cells in {shown})"
    msg = f"{head}: the Chinese page repeats the English text; first: {clipped(first.excerpt, 60)}"
    listing = [{"line": c.finding.location.line, "column": c.finding.location.column,
                "end_line": c.finding.location.end_line, "end_column": c.finding.location.end_column,
                "text": c.finding.excerpt} for c in cells]
    return Finding(first.rule, first.severity, msg, where, first.lang, first.excerpt, related=first.related,
                   data=(("count", n), ("columns", names), ("sentences", listing)))


def _column_name(c: CellCopy) -> str:
    """`"Meaning" column`, or `column 3` when the header cell is empty."""
    header = clipped(c.header, 40)
    return f'"{header}" column' if header else f"column {c.part.column + 1}"


def _joined(names: list[str]) -> str:
    """`"A" column and "B" column` -> `"A" and "B" columns` when every name is a header."""
    if all(n.endswith(" column") for n in names):
        bare = [n[: -len(" column")] for n in names]
        return ", ".join(bare[:-1]) + f" and {bare[-1]} columns"
    return ", ".join(names[:-1]) + f" and {names[-1]}"


__all__ = ["CellCopy", "GROUP_MIN", "grouped"]

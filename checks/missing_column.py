"""term-missing, one finding per table column that never renders a term as listed.

A table column whose cells all say the concept another way (a shortcut table whose action column writes 删除资源,
复制资源, 搜索资源 where the English says "Delete asset", "Duplicate asset", "Search asset" and the glossary lists 资产)
is one choice the translator made for the column, as a concept missing in most sentences of a page is one choice
(`missing_summary`): reported cell by cell it is a screen of findings that say the same thing, and a reviewer who
reads the first rejects the others as echoes. The per-sentence findings of one concept and direction in the cells of
one column of one Markdown table are therefore one finding at the first, naming the others' lines (`missing_joined`),
when the column has the concept in COLUMN_MIN rows or more and no row of it renders the concept as listed.

A column where another row renders the concept as listed is translated with the term: each row that lacks it is a
miss of its own, at its own place, and keeps its own finding (as `table_copies` keeps a stray copied cell apart).
Nothing is dropped: the joined finding lists every row in its `data["with"]`.
"""
from __future__ import annotations

from zhen_qa.checks.table_line import CELL_BAR, source_line
from zhen_qa.manuscript.document import Sentence

COLUMN_MIN = 2
"""Fewest rows of one column lacking one concept before they are one finding."""

_BARS_MIN = 3
"""Fewest cell bars of a source line read as a table row (| a | b |)."""


def table_column(sentence: Sentence, index: int) -> tuple[int, int] | None:
    """Where character `index` of the sentence stands in a Markdown table: the offset of the table's first line in
    its source and the cell's column (0 the first), or None outside a table row."""
    found = source_line(sentence, index)
    if found is None:
        return None
    src, lo, at, line = found
    if not _row_line(line):
        return None
    column = sum(1 for m in CELL_BAR.finditer(line) if m.start() < at - lo) - 1
    if column < 0:
        return None
    start = lo
    while start > 0:
        before = src.rfind("\n", 0, start - 1) + 1
        if not _row_line(src[before:start - 1]):
            break
        start = before
    return start, column


def _row_line(line: str) -> bool:
    """Whether a source line is a Markdown table row."""
    stripped = line.strip()
    return stripped.startswith("|") and len(CELL_BAR.findall(stripped)) >= _BARS_MIN

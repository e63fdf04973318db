"""The document view's Markdown tables: the cells of one table shown as its grid, not one cell a line.

A structured Markdown file's table cells are blocks of their own (`Part.kind == "cell"`, with the table, row and
column). Shown as paragraphs they were one cell a line (`41 名称`, `41 类型`, `41 必选项`, ...): long, and the row a
cell belongs to could not be seen. Here a run of cells of one table is laid out as an HTML table, one row a source
row with its line number before it; a cell the reader did not take as text (blank, code, a number) stays empty,
except a row's first cell, shown as the file writes it (`Part.key`, often the identifier the row is about).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from zhen_qa.manuscript.document import Block
from zhen_qa.report.html_text import esc

__all__ = ["table_html", "table_runs"]


def _table_of(block: Block) -> tuple[str, int] | None:
    """The (file, table number) of a table cell's block, None for any other block."""
    part = block.part
    if part is None or part.kind != "cell" or part.table < 0 or part.row < 0 or part.column < 0:
        return None
    return block.text.source.path, part.table


def table_runs(blocks: Sequence[Block]) -> list[tuple[int, int]]:
    """The [start, end) index ranges of consecutive blocks that are cells of one table of one file."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(blocks):
        key = _table_of(blocks[i])
        j = i + 1
        if key is not None:
            while j < len(blocks) and _table_of(blocks[j]) == key:
                j += 1
            runs.append((i, j))
        i = j
    return runs


def table_html(cells: Sequence[Block], cell_html: Callable[[int], str], line_label: Callable[[Block], str]) -> str:
    """One table: `cells` its blocks in file order, `cell_html(i)` the shown text of cells[i] (no line number),
    `line_label(block)` the line number shown before its row. The first row is the header row when it is row 0."""
    width = max(max(b.part.shape[1] if b.part else 0, (b.part.column + 1) if b.part else 0) for b in cells)
    rows: dict[int, dict[int, int]] = {}
    for i, b in enumerate(cells):
        assert b.part is not None
        rows.setdefault(b.part.row, {})[b.part.column] = i
    out = ['<table class="md-table">']
    for row in sorted(rows):
        tag = "th" if row == 0 else "td"
        line = line_label(cells[min(rows[row].values())])
        key = cells[min(rows[row].values())].part
        first = f'<span class="src">{esc(key.key)}</span>' if key is not None else ""
        tds = "".join(f"<{tag}>{cell_html(rows[row][c])}</{tag}>" if c in rows[row]
                      else f"<{tag}>{first if c == 0 else ''}</{tag}>" for c in range(width))
        out.append(f'<tr><td class="ln">{line}</td>{tds}</tr>')
    out.append("</table>")
    return "".join(out)

"""Where a finding is, said the way the file's reader would: lines and columns, or Word paragraphs (and the text
boxes, footnotes and endnotes read after a document's body), in positions and in the words of messages."""
from __future__ import annotations

import re
from collections.abc import Sequence

from zhen_qa.manuscript.source import Location

WORD_SUFFIXES = (".docx",)


def is_word(path: str) -> bool:
    """True for Word documents, whose lines are paragraphs and columns characters."""
    return path.lower().endswith(WORD_SUFFIXES)


def _word_places(path: str) -> dict[int, str]:
    from zhen_qa.manuscript.word import line_places  # Word only: python-docx is slow to import

    return line_places(path)


_CELL = re.compile(r"table (?P<table>\d+), row (?P<row>\d+), cell \d+")


def line_name(path: str, line: int) -> str:
    """`line 12`; in a Word document `paragraph 12`, or `footnote 3` / `text box 1, paragraph 2` after its body."""
    if not is_word(path):
        return f"line {line}"
    return _word_places(path).get(line) or f"paragraph {line}"


def span_words(path: str, line: int, end_line: int) -> str:
    """`line 4` or `lines 4-6`; in a Word document `paragraph 4`, `paragraphs 4-6`, `footnote 2`, `table 1, rows 2-4`
    (cells of one table), or both ends named when one of them is in a table or after the body (`paragraph 30 to
    footnote 1`)."""
    if end_line == line:
        return line_name(path, line)
    if not is_word(path):
        return f"lines {line}-{end_line}"
    places = _word_places(path)
    first, last = places.get(line), places.get(end_line)
    if first is None and last is None:
        return f"paragraphs {line}-{end_line}"
    a, b = _CELL.match(first or ""), _CELL.match(last or "")
    if a and b and a["table"] == b["table"]:  # "table 1, row 2" or "table 1, rows 2-4"
        if a["row"] == b["row"]:
            return f"table {a['table']}, row {a['row']}"
        return f"table {a['table']}, rows {a['row']}-{b['row']}"
    return f"{line_name(path, line)} to {line_name(path, end_line)}"


def lines_words(path: str, lines: Sequence[int], most: int | None = None) -> str:
    """`line 3`, `lines 3, 8 and 12` (the first `most`, then how many more: `lines 3, 8 and 2 more`); in a Word
    document `paragraphs 3, 8 and 12`, each named when one is after the body (`paragraph 3 and footnote 1`)."""
    lines = list(dict.fromkeys(lines))
    shown_lines = lines if most is None else lines[:most]
    more = len(lines) - len(shown_lines)
    if len(lines) == 1:
        return line_name(path, lines[0])
    word_places = _word_places(path) if is_word(path) else {}
    if any(n in word_places for n in shown_lines):
        head, shown = "", [line_name(path, n) for n in shown_lines]
    else:
        head, shown = ("paragraphs " if is_word(path) else "lines "), [str(n) for n in shown_lines]
    if more:
        return f"{head}{', '.join(shown)} and {more} more"
    return f"{head}{', '.join(shown[:-1])} and {shown[-1]}"


def describe_place(loc: Location, with_path: bool = True) -> str:
    """`m.docx, paragraph 12, character 40` for Word (`footnote 3, character 5`, `text box 1, character 2` after
    its body); `m.md, line 12, column 40` otherwise."""
    if is_word(loc.path):
        place = f"{line_name(loc.path, loc.line)}, character {loc.column}"
    else:
        place = f"line {loc.line}, column {loc.column}"
    return f"{loc.path}, {place}" if with_path else place


def more_on_line(path: str, count: int, line: int = 0) -> tuple[str, str]:
    """("on this line", "column"/"columns"), or for Word ("in this paragraph" or, for `line` in a table, "in this
    cell", "character"/"characters"): the words for `count` more findings of one rule on a finding's line."""
    if is_word(path):
        where = "in this cell" if _word_places(path).get(line, "").startswith("table ") else "in this paragraph"
        unit = "character"
    else:
        where, unit = "on this line", "column"
    return where, unit if count == 1 else unit + "s"

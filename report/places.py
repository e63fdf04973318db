"""Where a finding is, said the way the file's reader would: lines and columns, or Word paragraphs."""
from __future__ import annotations

from zhen_qa.manuscript.source import Location

WORD_SUFFIXES = (".docx",)


def is_word(path: str) -> bool:
    """True for Word documents, whose lines are paragraphs and columns characters."""
    return path.lower().endswith(WORD_SUFFIXES)


def describe_place(loc: Location, with_path: bool = True) -> str:
    """`m.docx, paragraph 12, character 40` for Word (`footnote 3, character 5`, `text box 1, character 2` after
    its body); `m.md, line 12, column 40` otherwise."""
    if is_word(loc.path):
        from zhen_qa.manuscript.word import line_places  # Word only: python-docx is slow to import

        name = line_places(loc.path).get(loc.line) or f"paragraph {loc.line}"
        place = f"{name}, character {loc.column}"
    else:
        place = f"line {loc.line}, column {loc.column}"
    return f"{loc.path}, {place}" if with_path else place


def more_on_line(path: str, count: int) -> tuple[str, str]:
    """("on this line", "column"/"columns"), or for Word ("in this paragraph", "character"/"characters"): the
    words for `count` more findings of one rule on a finding's line."""
    where, unit = ("in this paragraph", "character") if is_word(path) else ("on this line", "column")
    return where, unit if count == 1 else unit + "s"

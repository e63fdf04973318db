"""Where a Word paragraph boundary is hard: the next paragraph never continues the one before it.

Lines of plain text are joined into paragraphs when a line does not end a sentence (`manuscript.structure`): a PDF
converted to Word keeps every printed line as a paragraph, and a sentence broken mid-line must be read whole. In a
document written in Word, most boundaries are real, and joining across them glues texts that were never one
sentence: an author line `王晓岚2` and the affiliation `1. 东方医院…` read `王晓岚21. 东方医院…` (a number 21 that is
nowhere in the document), a table's cells read as one run-on sentence. A boundary is hard when

- either paragraph stands in a table and they are not in one row (a row is read as one paragraph, its cells
  separated by spaces: `manuscript.structure`; a PDF line is never a cell);
- either paragraph is a heading (a heading or title style, or an outline level);
- the second is a list item: Word numbering (the paragraph's or its style's), or a typed marker (`1.`, `(2)`, `[3]`,
  `①`, a bullet);
- either is short (a name, a title, a label), the second unless it ends a sentence: a line broken by a PDF's width
  is a full printed line, and the short last line of a broken sentence ends it (a title a PDF printed on two lines
  is read as two paragraphs);
- the first ends and the second starts with a digit (`…岚2` / `1…`): joined without a space they read one number.
"""
from __future__ import annotations

import re
from typing import Any

from zhen_qa.manuscript.bullets import BULLET
from zhen_qa.manuscript.script import detect_lang
from zhen_qa.manuscript.structure import TERMINAL

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_ROW, _PPR, _NUMPR, _OUTLINE = _W + "tr", _W + "pPr", _W + "numPr", _W + "outlineLvl"
_HEADING_STYLES = ("heading", "title", "subtitle", "标题")
"""Style names (python-docx gives built-in styles their English UI names, whatever the document's language) of
headings; 标题 for a document whose styles were named in Chinese (WPS: 标题 1)."""
_SECTION_STYLE = re.compile(r"^(?:heading|标题)\s*[1-9]$")
"""The names of the styles that head a section (Heading 1-9, 标题 1-9): the title styles (Title, Subtitle, 标题) break
a paragraph but head no section."""
BODY_TEXT_LEVEL = "9"
"""The outline level of body text (`w:outlineLvl w:val="9"`): 0-8 are heading levels."""
LIST_MARKER = re.compile(r"^\s*(?:\d{1,3}[.)．、](?!\d)|[(（]\d{1,3}[)）]|\[\d{1,3}\]|[\u2460-\u2473\u2776-\u277f]|"
                         rf"{BULLET}\s)")
"""A typed list marker at the start of a paragraph: 1. / 1) / 1、 (not 1.5), (1), [1], circled numbers, bullets; not
"- ", which a PDF's conversion leaves at the start of a line after a hyphen (`…ISEV2018` / `- and update of …`)."""
SHORT_ZH, SHORT_OTHER = 12, 24
"""Paragraphs shorter than this many characters (Chinese; other) are never a line a PDF's width broke: a printed
line of a two-column Chinese page holds about 20 characters, of an English one about 45."""


def _numbered(p_element: Any, style: Any) -> bool:
    """Word numbering on the paragraph or its paragraph style (List Number, List Bullet)."""
    ppr = p_element.find(_PPR)
    if ppr is not None and ppr.find(_NUMPR) is not None:
        return True
    while style is not None:
        sppr = style.element.find(_PPR)
        if sppr is not None and sppr.find(_NUMPR) is not None:
            return True
        style = style.base_style
    return False


def _outline_level(p_element: Any, style: Any) -> str | None:
    """The outline level of the paragraph, its own or its style's (inherited from a base style), or None."""
    ppr = p_element.find(_PPR)
    level = ppr.find(_OUTLINE) if ppr is not None else None
    while level is None and style is not None:
        sppr = style.element.find(_PPR)
        level = sppr.find(_OUTLINE) if sppr is not None else None
        style = style.base_style
    return None if level is None else str(level.get(_W + "val"))


def _heading(p_element: Any, style: Any) -> tuple[bool, int]:
    """(a heading or title: a hard boundary, the level 1-9 of the heading of a section, else 0: a heading style's
    number, else a heading outline level's plus one)."""
    name = (style.name or "").lower().strip() if style is not None else ""
    level = _outline_level(p_element, style)
    styled = _SECTION_STYLE.match(name)
    section = int(name[-1]) if styled else int(level) + 1 if level is not None and level.isdigit() and \
        level != BODY_TEXT_LEVEL else 0
    return bool(section) or name.startswith(_HEADING_STYLES), section


def _ends_sentence(text: str) -> bool:
    core = text.rstrip()
    return bool(core) and core[-1] in TERMINAL


def _short(text: str) -> bool:
    core = text.strip()
    return len(core) < (SHORT_ZH if detect_lang(core) == "zh" else SHORT_OTHER)


def line_breaks(paragraphs: list[Any], texts: list[str]) -> tuple[frozenset[int], frozenset[int], dict[int, int]]:
    """(hard, cells, headings): indices of the paragraphs (python-docx `Paragraph`s, with their texts) that begin a
    new paragraph whatever the one before them says (see the module docstring), of those in a table cell, and of
    those that head a section by their style (Heading 1-9, 标题 1-9) or outline level (never a table cell's), each
    with its level (1 for Heading 1 or outline level 0).

    The cells of one row make one paragraph (a row `治疗组 | 60 | 52.3` is read as one unit, its numbers beside its
    words, as the English row is): a row's first cell is hard, its others are not. Empty paragraphs are blank lines:
    they are skipped over, the boundary is between the texts on either side."""
    hard: set[int] = set()
    cells: set[int] = set()
    headings: dict[int, int] = {}
    prev = -1
    prev_heading = False
    prev_row: Any = None
    styles: dict[str | None, Any] = {}
    for i, (p, text) in enumerate(zip(paragraphs, texts)):
        if not text.strip():
            continue
        element = p._p
        style_id = element.style  # the pStyle value: styles are looked up once each, not once a paragraph
        if style_id not in styles:
            try:
                styles[style_id] = p.style
            except (KeyError, AttributeError, ValueError):  # a style part python-docx cannot resolve
                styles[style_id] = None
        style = styles[style_id]
        row = next(element.iterancestors(_ROW), None)
        heading, section = _heading(element, style)
        if row is not None:
            cells.add(i)
        elif section:
            headings[i] = section
        if prev >= 0:
            before = texts[prev].rstrip()
            if row is not None or prev_row is not None:
                if row is None or row is not prev_row:
                    hard.add(i)
            elif (heading or prev_heading or _numbered(element, style) or LIST_MARKER.match(text) or _short(before)
                  or _short(text) and not _ends_sentence(text)
                    or (before[-1:].isdigit() and text.lstrip()[:1].isdigit())):
                hard.add(i)
        prev, prev_heading, prev_row = i, heading, row
    return frozenset(hard), frozenset(cells), headings

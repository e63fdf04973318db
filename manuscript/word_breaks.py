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
- the first ends and the second starts with a digit (`…岚2` / `1…`): joined without a space they read one number;
- they look different: one is centred and the other not, or one is bold throughout and the other not (an English
  title typed bold and centred in the Normal style after `中图分类号：R329`): the printed lines of one paragraph share
  their alignment and weight.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
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


def _style_chain(style: Any) -> Iterator[Any]:
    """The `w:style` elements of a style and of its base styles, nearest first, each once: a style based on itself or
    on one of its own descendants (`w:basedOn` in a loop, which Word never writes but a generated file may) ends the
    chain where it comes back, instead of walking round it forever."""
    seen: list[Any] = []  # the elements themselves, kept alive: lxml gives one proxy an element while it lives
    while style is not None and not any(style.element is el for el in seen):
        seen.append(style.element)
        yield style.element
        style = style.base_style


def _numbered(p_element: Any, style: Any) -> bool:
    """Word numbering on the paragraph or its paragraph style (List Number, List Bullet)."""
    ppr = p_element.find(_PPR)
    if ppr is not None and ppr.find(_NUMPR) is not None:
        return True
    return any(sppr is not None and sppr.find(_NUMPR) is not None
               for sppr in (el.find(_PPR) for el in _style_chain(style)))


def _outline_level(p_element: Any, style: Any) -> str | None:
    """The outline level of the paragraph, its own or its style's (inherited from a base style), or None."""
    ppr = p_element.find(_PPR)
    level = ppr.find(_OUTLINE) if ppr is not None else None
    if level is None:
        level = _style_says(style, lambda el: el.find(f"{_PPR}/{_OUTLINE}"))
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


_JC, _RPR, _BOLD, _VAL = _W + "jc", _W + "rPr", _W + "b", _W + "val"
_OFF = frozenset({"0", "false", "off"})


def _on(props: Any, tag: str) -> bool | None:
    """Whether a toggle property (`w:b`) is set in these properties (`w:rPr`, `w:pPr`), None when not said."""
    el = props.find(tag) if props is not None else None
    return None if el is None else el.get(_VAL, "1") not in _OFF


def _style_says(style: Any, find: Any) -> Any:
    """The first value `find(style element)` gives along the style's base styles, else None."""
    return next((value for value in map(find, _style_chain(style)) if value is not None), None)


def _look(p_element: Any, style: Any) -> tuple[bool, bool]:
    """(centred, bold throughout) of a paragraph: its own alignment or its style's; every run with text bold by its
    own formatting, else by the paragraph style's."""
    ppr = p_element.find(_PPR)
    jc = ppr.find(_JC) if ppr is not None else None
    if jc is None:
        jc = _style_says(style, lambda el: el.find(f"{_PPR}/{_JC}"))
    centred = jc is not None and jc.get(_VAL) == "center"
    style_bold = _style_says(style, lambda el: _on(el.find(_RPR), _BOLD)) or False
    runs = [r for r in p_element.iter(_W + "r") if any(t.text for t in r.iter(_W + "t"))]
    bold = bool(runs) and all((lambda b: style_bold if b is None else b)(_on(r.find(_RPR), _BOLD)) for r in runs)
    return centred, bold


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
    prev_look = (False, False)
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
        look = _look(element, style)
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
                    or (before[-1:].isdigit() and text.lstrip()[:1].isdigit()) or look != prev_look):
                hard.add(i)
        prev, prev_heading, prev_row, prev_look = i, heading, row, look
    return frozenset(hard), frozenset(cells), headings

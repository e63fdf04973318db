"""Word (.docx) paragraphs as text: which runs make up a paragraph's text, in the reader's line order (the body,
then text boxes, footnotes and endnotes: `document_lines`).

Tracked changes count as accepted: runs inside `w:ins` are text, runs inside `w:del` are not. A
reviewed or fixed document therefore reads as the text it will have once the editor accepts the changes.
"""
from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_RUN = _W + "r"
_SDT, _SDT_CONTENT = _W + "sdt", _W + "sdtContent"
_INLINE = frozenset(_W + tag for tag in ("hyperlink", "ins", "moveTo", "smartTag", "fldSimple", "customXml", "dir",
                                         "bdo"))
"""Elements inside a paragraph whose runs are its text: links, insertions and moves (tracked changes accepted),
smart tags, simple fields (a cross-reference's result), custom XML and bidi wrappers; inline content controls
(a reference manager's citation) give theirs through `w:sdtContent`. Deletions (`w:del`, `w:moveFrom`) are not
text."""
_PARAGRAPH = _W + "p"
_CONTAINERS = frozenset(_W + tag for tag in ("tbl", "tr", "tc", "sdt", "sdtContent", "customXml"))
"""Elements whose paragraphs are the document's in place: tables (rows, cells, nested tables) and content
controls, at body, row or cell level."""


def _runs(parent: Any) -> Iterator[Any]:
    for child in parent.iterchildren():
        if child.tag == _RUN:
            yield child
        elif child.tag in _INLINE:
            yield from _runs(child)
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _runs(content)


def paragraph_runs(p_element: Any) -> list[Any]:
    """The `w:r` elements of a paragraph's text in document order (links, insertions, moves, smart tags, fields and
    content controls included, deletions not)."""
    return list(_runs(p_element))


def paragraph_text(p_element: Any) -> str:
    """The paragraph's text; line breaks and tabs as in python-docx (`\\n`, `\\t`)."""
    return "".join(r.text for r in paragraph_runs(p_element))


def _paragraph_elements(container: Any) -> Iterator[Any]:
    """The `w:p` elements inside `container`, in document order, each once."""
    for child in container.iterchildren():
        if child.tag == _PARAGRAPH:
            yield child
        elif child.tag in _CONTAINERS:
            yield from _paragraph_elements(child)


def document_paragraphs(document: Any) -> list[Any]:
    """The paragraphs in the reader's line order: the body's in document order, a table's where it stands (row by
    row, cell by cell, a merged cell once), those of content controls included."""
    from docx.text.paragraph import Paragraph

    body = document._body
    return [Paragraph(p, body) for p in _paragraph_elements(document.element.body)]


_TEXT_BOX = _W + "txbxContent"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
"""A drawing's fallback for older readers (a VML copy of the text box): its text is the same text box's."""
_NOTES = (("footnote", "footnotes", "footnoteReference"), ("endnote", "endnotes", "endnoteReference"))
"""(note, relationship type's last word, the body's reference element) of footnotes and endnotes."""


class NotesXml:
    """A footnotes or endnotes part, parsed: python-docx keeps it as bytes, so an edit is saved back by `save`."""

    def __init__(self, part: Any) -> None:
        from docx.oxml import parse_xml

        self.part = part
        self.root = parse_xml(part.blob)

    def save(self) -> None:
        from lxml import etree

        self.part._blob = etree.tostring(self.root, xml_declaration=True, encoding="UTF-8", standalone=True)


_TABLE, _ROW, _CELL = _W + "tbl", _W + "tr", _W + "tc"
_WRAPPERS = frozenset(_W + tag for tag in ("sdt", "sdtContent", "customXml"))
"""Elements that may wrap a table, a row or a cell (content controls, custom XML) without being one."""


def _wrapped(parent: Any, tag: str) -> Iterator[Any]:
    """The `tag` children of `parent`, also those inside content controls or custom XML."""
    for child in parent.iterchildren():
        if child.tag == tag:
            yield child
        elif child.tag in _WRAPPERS:
            yield from _wrapped(child, tag)


def _table_places(body: Any) -> dict[Any, str]:
    """{w:p: "table 2, row 3, cell 1"} of the body's table paragraphs, as a reader finds them in Word (a later
    paragraph of a cell adds ", paragraph 2"); tables numbered in document order, a nested table's paragraphs named
    by the outer table's cell."""
    places: dict[Any, str] = {}
    for number, table in enumerate(_wrapped(body, _TABLE), 1):
        for r, row in enumerate(_wrapped(table, _ROW), 1):
            for c, cell in enumerate(_wrapped(row, _CELL), 1):
                for k, p in enumerate(_paragraph_elements(cell)):
                    places[p] = f"table {number}, row {r}, cell {c}" + (f", paragraph {k + 1}" if k else "")
    return places


@dataclass(frozen=True)
class WordLine:
    """One paragraph of a Word document in the reader's line order: the body's, then those of text boxes, then
    footnotes and endnotes (the body's paragraphs keep their numbers, each after the body is named by `place`)."""

    element: Any
    place: str = ""
    """"" in the body (a table's: "table 1, row 2, cell 3"); "text box 2", "footnote 3", "endnote 1", with
    ", paragraph 2" on a later paragraph of one."""
    first: bool = False
    """The first paragraph of a text box or note: a new text, whatever the line before says."""
    notes: NotesXml | None = None
    """The part the paragraph is in when not the document's (footnotes, endnotes)."""


def _note_parts(document: Any) -> dict[str, Any]:
    """{"footnotes": part, "endnotes": part} of those the document has."""
    out: dict[str, Any] = {}
    for rel in document.part.rels.values():
        if rel.is_external:
            continue
        kind = rel.reltype.rsplit("/", 1)[-1]
        if kind in ("footnotes", "endnotes"):
            out[kind] = rel.target_part
    return out


def _numbered(place: str, elements: list[Any], notes: NotesXml | None = None) -> list[WordLine]:
    return [WordLine(p, place if i == 0 else f"{place}, paragraph {i + 1}", i == 0, notes)
            for i, p in enumerate(elements)]


def document_lines(document: Any) -> list[WordLine]:
    """Every paragraph of the document a reader reads: the body's (`document_paragraphs`), then each text box's
    (once: not a drawing's fallback copy), then the footnotes and endnotes numbered as Word shows them (by their
    first reference in the text; separators and notes never referenced left out)."""
    body = document.element.body
    cells = _table_places(body)
    lines = [WordLine(p, cells.get(p, "")) for p in _paragraph_elements(body)]
    boxes = [box for box in body.iter(_TEXT_BOX) if next(box.iterancestors(_FALLBACK), None) is None]
    for n, box in enumerate(boxes, 1):
        lines += _numbered(f"text box {n}", list(_paragraph_elements(box)))
    parts = _note_parts(document)
    for note, part_name, reference in _NOTES:
        part = parts.get(part_name)
        if part is None:
            continue
        try:
            notes = NotesXml(part)
        except Exception:  # noqa: BLE001  # a damaged notes part: the body is still read
            continue
        by_id = {n.get(_W + "id"): n for n in notes.root.iterchildren(_W + note)}
        order = list(dict.fromkeys(r.get(_W + "id") for r in body.iter(_W + reference)))
        for number, note_id in enumerate((i for i in order if i in by_id), 1):
            lines += _numbered(f"{note} {number}", list(_paragraph_elements(by_id[note_id])), notes)
    return lines


def line_places(path: str) -> dict[int, str]:
    """{1-based line: place} of the lines of a Word file in tables and after its body (`WordLine.place`); {} when it
    has none or cannot be read (the reader has said why already)."""
    import os

    try:
        stamp = os.stat(path)
    except OSError:
        return {}
    return _line_places(path, stamp.st_mtime_ns, stamp.st_size)


@functools.lru_cache(maxsize=16)
def _line_places(path: str, _mtime: int, _size: int) -> dict[int, str]:
    import docx

    try:
        lines = document_lines(docx.Document(path))
    except Exception:  # noqa: BLE001  # a file the reader refused: its findings are the reader's
        return {}
    return {i: line.place for i, line in enumerate(lines, 1) if line.place}

"""Word (.docx) paragraphs as text: which runs make up a paragraph's text, in the reader's line order.

Tracked changes count as accepted: runs inside `w:ins` are text, runs inside `w:del` are not. A
reviewed or fixed document therefore reads as the text it will have once the editor accepts the changes.
"""
from __future__ import annotations

from collections.abc import Iterator
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

"""Word (.docx) paragraphs as text: which runs make up a paragraph's text, in the reader's line order.

Tracked changes count as accepted: runs inside `w:ins` are text, runs inside `w:del` are not. A
reviewed or fixed document therefore reads as the text it will have once the editor accepts the changes.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

TEXT_RUNS = "w:r | w:hyperlink/w:r | w:ins/w:r | w:ins/w:hyperlink/w:r"
"""The runs whose text is the paragraph's text, in document order."""

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PARAGRAPH = _W + "p"
_CONTAINERS = frozenset(_W + tag for tag in ("tbl", "tr", "tc", "sdt", "sdtContent", "customXml"))
"""Elements whose paragraphs are the document's in place: tables (rows, cells, nested tables) and content
controls, at body, row or cell level."""


def paragraph_runs(p_element: Any) -> list[Any]:
    """The `w:r` elements of a paragraph's text (hyperlinks and insertions included, deletions not)."""
    return list(p_element.xpath(TEXT_RUNS))


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

"""Word (.docx) paragraphs as text: which runs make up a paragraph's text, in the reader's line order.

Tracked changes count as accepted: runs inside `w:ins` are text, runs inside `w:del` are not. A
reviewed or fixed document therefore reads as the text it will have once the editor accepts the changes.
"""
from __future__ import annotations

from typing import Any

TEXT_RUNS = "w:r | w:hyperlink/w:r | w:ins/w:r | w:ins/w:hyperlink/w:r"
"""The runs whose text is the paragraph's text, in document order."""


def paragraph_runs(p_element: Any) -> list[Any]:
    """The `w:r` elements of a paragraph's text (hyperlinks and insertions included, deletions not)."""
    return list(p_element.xpath(TEXT_RUNS))


def paragraph_text(p_element: Any) -> str:
    """The paragraph's text; line breaks and tabs as in python-docx (`\\n`, `\\t`)."""
    return "".join(r.text for r in paragraph_runs(p_element))


def document_paragraphs(document: Any) -> list[Any]:
    """The paragraphs in the reader's line order: body paragraphs, then table cells row by row."""
    out = list(document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                out.extend(cell.paragraphs)
    return out

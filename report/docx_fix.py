"""Fixes in a Word document as tracked changes: each edit is a `w:del` of the old runs and a `w:ins` of
the new text (author "zhen-qa", formatting of the replaced text kept), for the editor to accept or reject."""
from __future__ import annotations

import copy
import io
from collections.abc import Sequence
from typing import Any

from zhen_qa.manuscript.word import NotesXml, document_lines
from zhen_qa.report.docx_runs import runs_for_span, w
from zhen_qa.report.edits import Edit
from zhen_qa.report.safetext import xml_safe

AUTHOR = "zhen-qa"
_FIRST_ID = 90_000
"""Revision ids start high so that they do not collide with the document's comment or revision ids."""


def _track(p_element: Any, start: int, end: int, replacement: str, rev_id: int) -> bool:
    """Replace characters [start, end) of a paragraph by a tracked deletion and insertion."""
    runs = runs_for_span(p_element, start, end)
    if not runs or len({id(r.getparent()) for r in runs}) != 1:
        return False
    deletion = p_element.makeelement(w("del"), {w("id"): str(rev_id), w("author"): AUTHOR})
    runs[0].addprevious(deletion)
    for r in runs:
        deletion.append(r)
        for t in r.findall(w("t")):
            t.tag = w("delText")
    insertion = p_element.makeelement(w("ins"), {w("id"): str(rev_id + 1), w("author"): AUTHOR})
    new_run = p_element.makeelement(w("r"), {})
    rpr = runs[0].find(w("rPr"))
    if rpr is not None:
        new_run.append(copy.deepcopy(rpr))
    t = new_run.makeelement(w("t"), {"{http://www.w3.org/XML/1998/namespace}space": "preserve"})
    t.text = xml_safe(replacement)
    new_run.append(t)
    insertion.append(new_run)
    deletion.addnext(insertion)
    return True


def tracked_changes(path: str, edits: Sequence[Edit]) -> tuple[bytes, int]:
    """(new .docx bytes, edits applied) for a Word document; the file at `path` is only read."""
    import docx

    document = docx.Document(path)
    lines = document_lines(document)  # the body, text boxes, footnotes and endnotes, as the reader numbered them
    edited: dict[int, NotesXml] = {}
    applied, rev_id = 0, _FIRST_ID
    # right to left inside a paragraph, so earlier offsets stay valid
    for e in sorted(edits, key=lambda e: (e.location.line, e.location.column), reverse=True):
        loc = e.location
        if loc.end_line != loc.line or not 1 <= loc.line <= len(lines):
            continue
        line = lines[loc.line - 1]
        if _track(line.element, loc.column - 1, loc.end_column - 1, e.replacement, rev_id):
            applied += 1
            rev_id += 2
            if line.notes is not None:
                edited[id(line.notes)] = line.notes
    for notes in edited.values():
        notes.save()
    out = io.BytesIO()
    document.save(out)
    return out.getvalue(), applied

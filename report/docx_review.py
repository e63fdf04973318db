"""The reviewed Word document: a copy of the manuscript with Word comments on the findings' spans (a CAT file:
a table of its units, `docx_units`).

A .docx manuscript is copied (the input is never written) and every finding becomes a comment authored
"zhen-qa", anchored on the exact characters it points at (runs are split where needed; their formatting
is kept). Findings of one rule in one paragraph (the half-width commas of a Chinese paragraph), or on one line of
the other language's file, are one comment, anchored on the first and listing every place with a few characters
around it, as an editor marks a recurring slip once and lets the author find the others (`docx_comments` words the
comments). A .md/.txt manuscript becomes a new .docx with one paragraph per
line, so paragraph N is line N.
Comments carry plain text only: no field (`w:fldSimple`, `w:instrText`) is ever built from manuscript text.
"""
from __future__ import annotations

import io
import os
from typing import Any

from zhen_qa.manuscript.errors import InputError
from zhen_qa.manuscript.plural import plural
from zhen_qa.manuscript.reader import CAT_SUFFIXES
from zhen_qa.manuscript.source import Location
from zhen_qa.manuscript.word import document_lines
from zhen_qa.report.docx_bundle import bundled_docx, manuscript_files
from zhen_qa.report.docx_comments import comment_text, group_text
from zhen_qa.report.docx_runs import paragraph_length, paragraph_text, runs_for_span, w
from zhen_qa.report.findings import Finding
from zhen_qa.report.model import FileResult, Report
from zhen_qa.report.places import describe_place, is_word
from zhen_qa.report.safetext import xml_safe
from zhen_qa.report.summary import count, describe, glossary_sentence
from zhen_qa.report.version import TOOL_NAME

AUTHOR = "zhen-qa"
INITIALS = "ZQ"


def open_as_docx(path: str) -> Any:
    """The manuscript as a python-docx Document: the file itself for .docx, else one paragraph a line."""
    import docx

    if is_word(path):
        from zhen_qa.manuscript.archive import DOCX, check_archive

        check_archive(path, DOCX)
        return docx.Document(path)
    from zhen_qa.manuscript.reader import read_source

    source = read_source(path)
    document = docx.Document()
    for start, end in source.line_spans():
        document.add_paragraph(xml_safe(source.text[start:end]))
    return document


def _groups(findings: list[Finding], main_path: str, paragraphs: int) -> list[list[Finding]]:
    """The findings in comment order, those of one rule and severity on one line together (in reading order): a body
    paragraph of this document, or a line of the other language's plain-text file (its full-width commas were a
    comment each, all on the first paragraph); a footnote's finding, one spanning lines or one in another Word
    file stands alone."""
    groups: dict[tuple[Any, ...], list[Finding]] = {}
    for i, f in enumerate(sorted(findings, key=Finding.sort_key)):
        loc = f.location
        here = loc.path == main_path
        alone = loc.end_line > loc.line or (not 1 <= loc.line <= paragraphs if here else is_word(loc.path))
        groups.setdefault((i,) if alone else (loc.path, loc.line, f.rule, f.severity), []).append(f)
    return list(groups.values())


class _OtherLines:
    """The lines of the other language's plain-text file, read once, for the places a grouped comment quotes."""

    def __init__(self) -> None:
        self._lines: dict[str, list[str]] = {}

    def line(self, path: str, line: int) -> str:
        if path not in self._lines:
            from zhen_qa.manuscript.reader import read_source

            source = read_source(path)
            self._lines[path] = [source.text[a:b] for a, b in source.line_spans()]
        lines = self._lines[path]
        return lines[line - 1] if 1 <= line <= len(lines) else ""


def _counterpart(fr: FileResult, loc: Location) -> Location | None:
    """Where the commented document says what the other file says at `loc`: the first sentence of this document in
    the bead that holds the other file's sentence at `loc`, or, when that bead has none (a sentence left
    untranslated), the last one before it in reading order."""
    at = (loc.line, loc.column)
    for pair in fr.pairs:
        before = None
        for bead in pair.beads:
            sentences = [*(pair.zh[i] for i in bead.zh), *(pair.en[i] for i in bead.en)]
            here = next((s.location for s in sentences if s.location.path == fr.path), None)
            if any(s.location.path == loc.path and (s.location.line, s.location.column) <= at
                   <= (s.location.end_line, s.location.end_column) for s in sentences):
                return here or before
            before = here or before
    return None


def _anchor_runs(paragraphs: list[Any], f: Finding, main_path: str, firsts: list[bool],
                 counterpart: Location | None = None) -> list[Any]:
    """The `w:r` elements a finding's comment spans (the related span for a finding in the other file). A span
    that runs on past its text into a text box read after the body (a section's last sentences there) ends with
    the paragraph before that text box: a comment's range cannot leave the body for a drawing anchored elsewhere
    (its end would stand before its start). `firsts[i]`: paragraph i + 1 begins a text box. A finding of the other
    language's file without a related place here is anchored on its `counterpart` (the sentence aligned with it)."""
    loc = f.location if f.location.path == main_path else (f.related or counterpart)
    if loc is not None and loc.path != main_path:
        loc = counterpart
    if loc is None or loc.path != main_path or not 1 <= loc.line <= len(paragraphs):
        loc = None
    if loc is None:  # nothing in this document to point at: comment on the first paragraph
        first = paragraphs[0]._p if paragraphs else None
        return _whole(first) if first is not None else []
    p_first = paragraphs[loc.line - 1]._p
    last_line = min(max(loc.end_line, loc.line), len(paragraphs))
    end_column = loc.end_column
    part_start = next((k for k in range(loc.line + 1, last_line + 1) if firsts[k - 1]), None)
    if part_start is not None or loc.end_line > last_line:  # cut at a text box's start or the body's end
        last_line = part_start - 1 if part_start is not None else last_line
        end_column = paragraph_length(paragraphs[last_line - 1]._p) + 1
    start = loc.column - 1
    if last_line == loc.line:
        end = max(end_column - 1, start + 1)
        end = min(end, paragraph_length(p_first))
        runs = runs_for_span(p_first, start, end) if start < end else []
        return runs or _whole(p_first)
    p_last = paragraphs[last_line - 1]._p
    head = runs_for_span(p_first, start, paragraph_length(p_first)) or _whole(p_first)
    tail = runs_for_span(p_last, 0, min(end_column - 1, paragraph_length(p_last))) or _whole(p_last)
    return [head[0], tail[-1]]


def _whole(p_element: Any) -> list[Any]:
    """All text runs of a paragraph; an empty run is added to a paragraph that has none."""
    runs = p_element.xpath("w:r | w:hyperlink/w:r")
    if not runs:
        runs = [p_element.makeelement(w("r"), {})]
        p_element.append(runs[0])
    return list(runs)


def reviewed_docx(fr: FileResult, glossary: str = "") -> bytes:
    """The manuscript of one checked file with a comment per finding, as .docx bytes; `glossary` (what the run was
    checked against, `glossary_sentence`) is said in the page header of a review made from a text manuscript."""
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

    bundle, others = manuscript_files(fr)
    shift = None
    if bundle:  # a thesis's chapters in files of their own: each file with findings under its heading
        document, shift = bundled_docx(fr, bundle, others)
    else:
        document = open_as_docx(fr.path)
    lines = document_lines(document)
    paragraphs = [Paragraph(line.element, document._body) for line in lines if line.notes is None]
    firsts = [line.first for line in lines if line.notes is None]
    # the body and its text boxes, numbered as the reader numbers them (footnotes and endnotes follow them: a comment
    # cannot anchor there, so theirs go on the first paragraph, naming the footnote)
    if not paragraphs:
        paragraphs, firsts = [document.add_paragraph("")], [False]
    other_lines = _OtherLines()
    placed = [(shift.finding(f) if shift else f, f) for f in fr.findings]  # (in the review, as found)
    original = {id(p): f for p, f in placed}
    groups = _groups([p for p, _ in placed], fr.path, len(paragraphs))
    if not is_word(fr.path):  # a document of our own making: its page header says what it is
        _say_what_it_is(document, fr, len(groups), glossary)
    for group in groups:
        f = group[0]
        said = [original[id(g)] for g in group]  # the findings' own places, for the comment's words
        if len(group) == 1:
            text = comment_text(said[0], fr.path)
        else:
            here = f.location.path == fr.path
            line = paragraph_text(paragraphs[f.location.line - 1]._p) if here \
                else other_lines.line(f.location.path, f.location.line)
            text = group_text(said, fr.path, line)
        counterpart = _counterpart(fr, f.location) if f.location.path != fr.path else None
        anchor = _anchor_runs(paragraphs, f, fr.path, firsts, counterpart)
        parent = Paragraph(anchor[0].getparent(), document._body) if anchor[0].getparent().tag == w("p") \
            else paragraphs[0]
        runs = [Run(r, parent) for r in anchor]
        if f.location.path == fr.path and f.location.line > len(paragraphs):  # a footnote's: said where it is
            text.append(xml_safe(f"Found in {describe_place(f.location, with_path=False)}."))
        add_comment(document, runs, text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _say_what_it_is(document: Any, fr: FileResult, comments: int, glossary: str = "") -> None:
    """The page header of a review made from a text manuscript: which files, how many findings of which severity, and
    where they are (the author opening it sees the manuscript's lines and the comments, nothing else that says so)."""
    names = " + ".join(os.path.basename(p) for p in (fr.path, fr.en_path) if p)
    c = count(fr.findings)
    header = document.sections[0].header
    header.is_linked_to_previous = False
    header.paragraphs[0].text = xml_safe(
        f"{TOOL_NAME} review of {names}: {plural(c.total, 'finding')} ({describe(c)}) in {plural(comments, 'comment')}"
        f" at their places.{' ' + glossary if glossary else ''}")


def render_docx(report: Report, *, all_units: bool = False) -> bytes:
    """`--format docx`: the reviewed copy of the one manuscript checked (of a CAT file, the table of its units with
    findings, or of all of them with `all_units`)."""
    if len(report.files) != 1:
        raise InputError(
            f"--format docx writes one reviewed document; {len(report.files)} manuscripts were checked "
            "(check them one at a time)"
        )
    fr = report.files[0]
    if fr.path.lower().endswith(CAT_SUFFIXES):  # a CAT file's units as a table, not its XML lines
        from zhen_qa.report.docx_units import units_docx

        return units_docx(fr, all_units=all_units, glossary=glossary_sentence(report.glossaries))
    return reviewed_docx(fr, glossary_sentence(report.glossaries))


def add_comment(document: Any, runs: list[Any], lines: list[str]) -> None:
    """A zhen-qa comment on `runs`: its first line as the comment's text, each further line a paragraph of it."""
    comment = document.add_comment(runs, text=lines[0], author=AUTHOR, initials=INITIALS)
    for line in lines[1:]:
        comment.add_paragraph(line)

"""The reviewed Word document: a copy of the manuscript with Word comments on the findings' spans (a CAT file:
a table of its units, `docx_units`).

A .docx manuscript is copied (the input is never written) and every finding becomes a comment authored
"zhen-qa", anchored on the exact characters it points at (runs are split where needed; their formatting
is kept). Findings of one rule in one paragraph (the half-width commas of a Chinese paragraph) are one comment,
anchored on the first and listing every place with a few characters around it, as an editor marks a recurring
slip once and lets the author find the others. A .md/.txt manuscript becomes a new .docx with one paragraph per
line, so paragraph N is line N.
Comments carry plain text only: no field (`w:fldSimple`, `w:instrText`) is ever built from manuscript text.
"""
from __future__ import annotations

import io
from typing import Any

from zhen_qa.manuscript.errors import InputError
from zhen_qa.manuscript.reader import CAT_SUFFIXES
from zhen_qa.manuscript.word import document_lines
from zhen_qa.report.docx_runs import paragraph_length, paragraph_text, runs_for_span, w
from zhen_qa.report.findings import Finding, window
from zhen_qa.report.model import FileResult, Report
from zhen_qa.report.places import describe_place, is_word, more_on_line
from zhen_qa.report.safetext import xml_safe

AUTHOR = "zhen-qa"
INITIALS = "ZQ"
AROUND = 6
"""Characters quoted on each side of a grouped comment's places (enough to find each with Word's Find)."""


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


def comment_text(f: Finding, main_path: str) -> list[str]:
    """The comment's paragraphs: rule and message, the suggestion, where the other language's text is."""
    lines = [f"{f.rule} ({f.severity.value}): {f.message}"]
    if f.suggestion:
        lines.append(f"Suggestion: {f.suggestion}")
    if f.location.path != main_path:
        lines.append(f"Found in {describe_place(f.location)}.")
    if f.related is not None and f.related.path != f.location.path:
        lines.append(f"Other language: {describe_place(f.related)}.")
    elif f.related is not None and f.related != f.location:
        lines.append(f"Related: {describe_place(f.related, with_path=False)}.")
    return [xml_safe(line) for line in lines]


def _groups(findings: list[Finding], main_path: str, paragraphs: int) -> list[list[Finding]]:
    """The findings in comment order, those of one rule and severity in one body paragraph of this document together
    (in reading order); a finding of the other file, a footnote's, or one spanning paragraphs stands alone."""
    groups: dict[tuple[Any, ...], list[Finding]] = {}
    for i, f in enumerate(sorted(findings, key=Finding.sort_key)):
        loc = f.location
        alone = loc.path != main_path or not 1 <= loc.line <= paragraphs or loc.end_line > loc.line
        groups.setdefault((i,) if alone else (loc.line, f.rule, f.severity), []).append(f)
    return list(groups.values())


def group_text(group: list[Finding], main_path: str, text: str) -> list[str]:
    """The paragraphs of one comment on several findings of one rule in one paragraph (`text`): the rule, the message
    once when they all say the same, then each place (`character 24: …医学, 和…`), and the suggestion and other
    language once when shared, else on each place."""
    first = group[0]
    where, unit = more_on_line(first.location.path, 2, first.location.line)
    same = len({f.message for f in group}) == 1
    said = f"{first.message}, " if same else ""
    lines = [f"{first.rule} ({first.severity.value}): {said}{len(group)} places {where}:"]
    suggestions = {f.suggestion for f in group}
    related = {f.related for f in group}
    for f in group:
        a, b = f.location.column - 1, max(f.location.end_column - 1, f.location.column)
        item = f"{unit[:-1]} {f.location.column}: " + ("" if same else f"{f.message}: ") + \
            f"“{window(text, a, min(b, len(text)), AROUND)}”"
        if f.suggestion and len(suggestions) > 1:
            item += f" (suggestion: {f.suggestion})"
        if f.related is not None and len(related) > 1:
            other = f.related.path != main_path
            item += f" ({'other language' if other else 'related'}: {describe_place(f.related, with_path=other)})"
        lines.append(item)
    shared = comment_text(first, main_path)[1:]
    lines.extend(line for line in shared
                 if (len(suggestions) if line.startswith("Suggestion:") else len(related)) == 1)
    return [xml_safe(line) for line in lines]


def _anchor_runs(paragraphs: list[Any], f: Finding, main_path: str, firsts: list[bool]) -> list[Any]:
    """The `w:r` elements a finding's comment spans (the related span for a finding in the other file). A span
    that runs on past its text into a text box read after the body (a section's last sentences there) ends with
    the paragraph before that text box: a comment's range cannot leave the body for a drawing anchored elsewhere
    (its end would stand before its start). `firsts[i]`: paragraph i + 1 begins a text box."""
    loc = f.location if f.location.path == main_path else f.related
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


def reviewed_docx(fr: FileResult) -> bytes:
    """The manuscript of one checked file with a comment per finding, as .docx bytes."""
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

    document = open_as_docx(fr.path)
    lines = document_lines(document)
    paragraphs = [Paragraph(line.element, document._body) for line in lines if line.notes is None]
    firsts = [line.first for line in lines if line.notes is None]
    # the body and its text boxes, numbered as the reader numbers them (footnotes and endnotes follow them: a comment
    # cannot anchor there, so theirs go on the first paragraph, naming the footnote)
    if not paragraphs:
        paragraphs, firsts = [document.add_paragraph("")], [False]
    for group in _groups(list(fr.findings), fr.path, len(paragraphs)):
        f = group[0]
        text = comment_text(f, fr.path) if len(group) == 1 else \
            group_text(group, fr.path, paragraph_text(paragraphs[f.location.line - 1]._p))
        anchor = _anchor_runs(paragraphs, f, fr.path, firsts)
        parent = Paragraph(anchor[0].getparent(), document._body) if anchor[0].getparent().tag == w("p") \
            else paragraphs[0]
        runs = [Run(r, parent) for r in anchor]
        if f.location.path == fr.path and f.location.line > len(paragraphs):  # a footnote's: said where it is
            text.append(xml_safe(f"Found in {describe_place(f.location, with_path=False)}."))
        add_comment(document, runs, text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


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

        return units_docx(fr, all_units=all_units)
    return reviewed_docx(fr)


def add_comment(document: Any, runs: list[Any], lines: list[str]) -> None:
    """A zhen-qa comment on `runs`: its first line as the comment's text, each further line a paragraph of it."""
    comment = document.add_comment(runs, text=lines[0], author=AUTHOR, initials=INITIALS)
    for line in lines[1:]:
        comment.add_paragraph(line)

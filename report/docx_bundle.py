"""The Word review of a manuscript spread over several plain-text files (a LaTeX thesis whose chapters are
`\\input` from `data/chap01.tex`, …): every file of it with a finding, in reading order, under a heading that names
it, one paragraph a line (the files without a finding named in a paragraph before them).

The review of one plain-text file is that file, one paragraph a line (paragraph N is line N). A thesis's main file
holds little more than `\\input` commands, so its copy had every comment piled on its first line
(`% !TeX encoding = UTF-8`). Here each file's lines follow its heading, and a finding's place is moved to the
paragraph of its line (`Shift`); the comment still names the file, line and column the finding is at.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, replace
from typing import Any

from zhen_qa.manuscript.source import Location
from zhen_qa.report.findings import Finding
from zhen_qa.report.model import FileResult
from zhen_qa.report.places import is_word
from zhen_qa.report.safetext import xml_safe


def manuscript_files(fr: FileResult) -> tuple[list[str], list[str]]:
    """The files the manuscript was read from, in reading order, then those only a finding names (the English file
    of a two-file check is not one of them), as (the files with a finding, the others); two empty lists when the
    review is the main file alone: one file read, no finding, or only the main file's (or a Word manuscript)."""
    if is_word(fr.path):
        return [], []
    named = (f.location.path for f in fr.findings)
    paths = dict.fromkeys([fr.path, *(b.text.source.path for b in fr.blocks),
                           *(p for p in named if not is_word(p) and os.path.isfile(p))])
    paths.pop(fr.en_path or "", None)
    found = {f.location.path for f in fr.findings}
    shown = [p for p in paths if p in found]
    if not shown or shown == [fr.path]:
        return [], []
    return shown, [p for p in paths if p not in found]


@dataclass(frozen=True)
class Shift:
    """Where each file's line 1 is among the review's paragraphs, less one: a place in file P at line L is paragraph
    `L + offsets[P]` of the review, which the comment code reads as line `L + offsets[P]` of `main`."""

    main: str
    offsets: dict[str, int]

    def location(self, loc: Location | None) -> Location | None:
        """`loc` as a place in the review; a place in a file not in it (the English file) as it is."""
        if loc is None or loc.path not in self.offsets:
            return loc
        k = self.offsets[loc.path]
        return Location(self.main, loc.line + k, loc.column, loc.end_line + k, loc.end_column)

    def finding(self, f: Finding) -> Finding:
        """`f` with its place and related place moved into the review."""
        loc = self.location(f.location)
        assert loc is not None
        return replace(f, location=loc, related=self.location(f.related))


def bundled_docx(fr: FileResult, paths: list[str], others: list[str]) -> tuple[Any, Shift]:
    """A new Word document of the files `paths`, each under a Heading 1 naming it (relative to the main file's
    folder) and one paragraph a line, after a paragraph naming the files read without a finding (`others`, not
    shown: a thesis's settings and cover files are most of its pages); with the `Shift` that places findings in it."""
    import docx

    from zhen_qa.manuscript.reader import read_source

    document = docx.Document()
    folder = os.path.dirname(os.path.abspath(fr.path))

    def name(path: str) -> str:
        return os.path.relpath(os.path.abspath(path), folder).replace(os.sep, "/")

    offsets: dict[str, int] = {}
    count = 0
    if others:
        document.add_paragraph(xml_safe(f"Files read without findings, not shown: {', '.join(map(name, others))}."))
        count += 1
    for path in paths:
        document.add_heading(xml_safe(name(path)), level=1)
        count += 1
        offsets[path] = count
        source = read_source(path)
        for start, end in source.line_spans():
            document.add_paragraph(xml_safe(source.text[start:end]))
            count += 1
    return document, Shift(fr.path, offsets)

"""Edits to a manuscript: a span of one line replaced by new text, and how they are applied to text files.

Text files are rewritten byte for byte: the file is decoded as the reader decodes it, each edit replaces
exactly its span of the original (newlines, BOM and encoding untouched), and the result is encoded the
same way, so everything outside the edited spans stays byte-identical.
"""
from __future__ import annotations

import codecs
import difflib
import os
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from zhen_qa.manuscript.errors import InputError
from zhen_qa.manuscript.source import Location

_NEWLINE = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class Edit:
    """Replace the characters at `location` (one line) by `replacement`; `rule` and `message` say why."""

    location: Location
    replacement: str
    rule: str
    message: str
    finding: Location | None = None
    """Where the finding this edit fixes is, when one finding makes several edits (a bracket pair's two brackets);
    None: at the edit's own place."""


def findings_fixed(edits: Iterable[Edit]) -> dict[str, int]:
    """How many findings the edits fix, by rule: a bracket pair's two edits are one fix, as they were one finding."""
    return dict(Counter(rule for rule, _place in {(e.rule, e.finding or e.location) for e in edits}))


def non_overlapping(edits: Iterable[Edit]) -> list[Edit]:
    """The edits in reading order, dropping any that overlaps one before it (the first one wins)."""
    out: list[Edit] = []
    for e in sorted(edits, key=lambda e: (e.location.path, e.location.line, e.location.column)):
        prev = out[-1].location if out else None
        if (prev is not None and prev.path == e.location.path and prev.line == e.location.line
                and e.location.column < prev.end_column):
            continue
        out.append(e)
    return out


def _codec(data: bytes) -> tuple[str, bytes]:
    """(codec, BOM) the reader would decode `data` with."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8", codecs.BOM_UTF8
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return name, bom
    try:
        data.decode("utf-8")
        return "utf-8", b""
    except UnicodeDecodeError:
        return "gb18030", b""


def apply_to_text(data: bytes, edits: Sequence[Edit], path: str) -> tuple[bytes, str, str]:
    """(new bytes, old text, new text) of a text file after `edits` (all of this file, non-overlapping)."""
    name, bom = _codec(data)
    try:
        text = data[len(bom):].decode(name)
    except UnicodeDecodeError:
        raise InputError(f"{path}: cannot decode it to apply fixes; re-save it as UTF-8") from None
    if bom + text.encode(name) != data:
        raise InputError(f"{path}: re-encoding would change bytes outside the fixes; re-save it as UTF-8")
    starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
    new = text
    for e in sorted(edits, key=lambda e: (e.location.line, e.location.column), reverse=True):
        loc = e.location
        if loc.end_line != loc.line or not 1 <= loc.line <= len(starts):
            continue
        a = starts[loc.line - 1] + loc.column - 1
        b = starts[loc.line - 1] + loc.end_column - 1
        new = new[:a] + e.replacement + new[b:]
    return bom + new.encode(name), text, new


def unified_diff(old: str, new: str, path: str) -> str:
    """A unified diff of one file's text before and after its fixes ("" when nothing changed)."""
    a, b = (path, path) if os.path.isabs(path) else (f"a/{path}", f"b/{path}")
    lines = difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True), fromfile=a, tofile=b)
    # a last line without its newline is marked as diff and patch mark it: the seed's diff ran into the note after
    # it ("…01006zhen-qa: 107 certain fixes") and into the next file's "--- a/…", and `git apply` refused it
    return "".join(line if line.endswith("\n") else f"{line}\n{NO_NEWLINE}\n" for line in lines)


NO_NEWLINE = "\\ No newline at end of file"
"""The line diff and patch write after a last line that has no newline."""

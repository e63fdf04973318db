"""Where a LaTeX `\\input{name}` leads: the file it names, relative to the main file's folder, and how deep the
reader follows inputs. Shared by the reader (`manuscript.latex`), the template commands (`latex_template`) and the
scan of which files a main file reads (`latex_includes`).
"""
from __future__ import annotations

import os
import re

from zhen_qa.manuscript.source import MAX_TEXT_BYTES

COMMENT = re.compile(r"(?<!\\)%.*")
"""A LaTeX comment: % to the line's end, not an escaped \\%."""

MAX_DEPTH = 12
"""Deepest \\input nesting followed, the main file counted (deeper is a note, not a hang): the reader's
(`manuscript.latex`) bound, so a file too deep for it to check is not left out as read by its main file."""


def resolve_input(root: str, name: str) -> tuple[str | None, bool]:
    """(the file `\\input{name}` reads: `name` relative to the main file's folder `root`, `.tex` tried first when
    missing; None when neither exists, whether it lies inside `root`). The reader (`manuscript.latex`) follows it
    when inside; `latex_includes.files_read` finds the same files."""
    base = os.path.join(root, name)
    for cand in ([base] if name.endswith(".tex") else [base + ".tex", base]):
        if os.path.isfile(cand):
            real_root = os.path.realpath(root)
            return cand, os.path.commonpath([os.path.realpath(cand), real_root]) == real_root
    return None, False


def read_tex(path: str) -> str:
    """A LaTeX file's text without comments, for the scans that find what it inputs and defines ("" when it cannot be
    read: the check itself will say why). Undecodable bytes are replaced: a GBK class file still shows its commands."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_TEXT_BYTES + 1)
    except OSError:
        return ""
    return COMMENT.sub("", data.decode("utf-8", "replace"))

"""Which LaTeX files of a run a main file among them already reads, found by scanning the text (no parse).

A thesis folder, or the files a pre-commit hook is given (the main file and the chapters staged with it), hold the
main file and the files it reads through `\\input`, `\\include`, `\\subfile` or `\\import`. Reading the main file
checks those chapters (`manuscript.latex` follows them, relative to the main file's folder and inside it); checked
alone as well, each chapter would give every finding twice. A file with `\\documentclass` is a main file of its own
and is never left out; a chapter that no main file of the run names is checked alone, as before.
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterable

from zhen_qa.manuscript.source import MAX_TEXT_BYTES

MAX_DEPTH = 12
"""Deepest \\input nesting followed, the main file counted (deeper is a note, not a hang): the reader's
(`manuscript.latex`) bound, so a file too deep for it to check is not left out as read by its main file."""

_COMMENT = re.compile(r"(?<!\\)%.*")
_MAIN = re.compile(r"\\documentclass\b")
_INPUT = re.compile(r"\\(?:input|include|subfile|subfileinclude)\s*\{([^{}]*)\}"
                    r"|\\(?:sub)?import\s*\{([^{}]*)\}\s*\{([^{}]*)\}")


def _text(path: str) -> str:
    """The file's text without comments ("" when it cannot be read: the check itself will say why)."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_TEXT_BYTES + 1)
    except OSError:
        return ""
    return _COMMENT.sub("", data.decode("utf-8", "replace"))


def resolve_input(root: str, name: str) -> tuple[str | None, bool]:
    """(the file `\\input{name}` reads: `name` relative to the main file's folder `root`, `.tex` tried first when
    missing; None when neither exists, whether it lies inside `root`). The reader (`manuscript.latex`) follows it
    when inside; `files_read` below finds the same files."""
    base = os.path.join(root, name)
    for cand in ([base] if name.endswith(".tex") else [base + ".tex", base]):
        if os.path.isfile(cand):
            real_root = os.path.realpath(root)
            return cand, os.path.commonpath([os.path.realpath(cand), real_root]) == real_root
    return None, False


def _targets(main: str, text: str) -> Iterable[str]:
    """The files `text` reads, resolved as the reader resolves them (`resolve_input`)."""
    root = os.path.realpath(os.path.dirname(os.path.abspath(main)))
    for m in _INPUT.finditer(text):
        name = (m[1] if m[1] is not None else os.path.join(m[2], m[3])).strip()
        if not name:
            continue
        cand, inside = resolve_input(root, name)
        if cand is not None and inside:
            yield os.path.realpath(cand)


def files_read(main: str, text: str | None = None) -> set[str]:
    """The real paths of the files a LaTeX main file reads, directly or through others, itself included."""
    seen: set[str] = {os.path.realpath(main)}
    level = [(main, _text(main) if text is None else text)]
    for _ in range(MAX_DEPTH - 1):  # the levels below the main file the reader follows
        found = [t for _f, txt in level for t in _targets(main, txt) if t not in seen]
        if not found:
            break
        seen.update(found)
        level = [(t, _text(t)) for t in dict.fromkeys(found)]
    return seen


def read_by_mains(files: Iterable[str]) -> set[str]:
    """The `.tex` files among `files` (as given) that a main file among them reads, directly or through others."""
    tex = [f for f in files if f.lower().endswith(".tex")]
    if len(tex) < 2:
        return set()
    texts = {f: _text(f) for f in tex}
    read: set[str] = set()
    for main in (f for f in tex if _MAIN.search(texts[f])):
        read |= files_read(main, texts[main])
    return {f for f in tex if os.path.realpath(f) in read and not _MAIN.search(texts[f])}

"""Which LaTeX files of a run a main file among them already reads, found by scanning the text (no parse).

A thesis folder, or the files a pre-commit hook is given (the main file and the chapters staged with it), hold the
main file and the files it reads through `\\input`, `\\include`, `\\subfile` or `\\import`. Reading the main file
checks those chapters (`manuscript.latex` follows them, relative to the main file's folder and inside it); checked
alone as well, each chapter would give every finding twice. A file with `\\documentclass` is a main file of its own
and is never left out; a chapter that no main file of the run names is checked alone, as before. The reader
reads a TeX conditional's first branch only (`\\ifbachelor \\include{a} \\else \\include{b} \\fi` reads a), so a
chapter named only in a branch it skips is not read by the main file and is checked alone (`taken_branches`).
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterable

from zhen_qa.manuscript.latex_macros import CONDITIONAL_DEFINERS, SETUP_ABSTRACT_KEYS
from zhen_qa.manuscript.latex_paths import MAX_DEPTH, read_tex, resolve_input
from zhen_qa.manuscript.latex_template import Template, load_template

__all__ = ["MAX_DEPTH", "files_read", "read_by_mains", "resolve_input", "taken_branches"]

_MAIN = re.compile(r"\\documentclass\b")
_INPUT = re.compile(r"\\(?:input|include|subfile|subfileinclude)\s*\{([^{}]*)\}"
                    r"|\\(?:sub)?import\s*\{([^{}]*)\}\s*\{([^{}]*)\}")


_SETUP_ABSTRACT = re.compile(r"(?<![A-Za-z*-])([A-Za-z-]+\*?)\s*=\s*\{\s*([^{}\\=,]+?)\s*\}")
"""A setup key's value in braces (`abstract* = {pages/enabstract}`): the file an abstract key names (the reader,
`manuscript.latex`, reads it as that abstract)."""
_TOKEN = re.compile(r"\\([A-Za-z]+)|\\.|[{}]")


def taken_branches(text: str) -> str:
    """`text` (comments removed) with the branches of TeX conditionals that the reader skips blanked out: as
    `manuscript.latex`'s `_Branches`, the first branch of `\\if… \\else/\\or … \\fi` is read and the others are
    not, `\\iffalse`'s first branch is skipped and its `\\else` read, an `\\if…` before a brace group
    (`\\ifdef{…}`) or named by a definition (`\\newif\\ifdraft`, `\\let\\ifblind\\iffalse`) is no conditional, and
    one left open ends with its brace group."""
    out: list[str] = []
    kept = 0  # where the text not yet copied to `out` starts
    depth = 0
    open_: list[tuple[int, bool, bool]] = []  # per open conditional: (its brace depth, branch read, one taken)
    operands = 0
    for m in _TOKEN.finditer(text):
        reading = all(r for _d, r, _t in open_)
        tok, name = m.group(), m.group(1)
        if tok in "{}":
            depth += 1 if tok == "{" else -1
            if tok == "}":
                while open_ and open_[-1][0] > depth:
                    open_.pop()
        elif name:
            operand = operands > 0
            operands = CONDITIONAL_DEFINERS.get(name, operands - 1 if operand else 0)
            if name.startswith("if") and not operand and not text[m.end():].lstrip().startswith("{"):
                open_.append((depth, name != "iffalse", name != "iffalse"))
            elif open_ and name in ("else", "or"):
                d, _r, taken = open_[-1]
                open_[-1] = (d, not taken, True)
            elif open_ and name == "fi":
                open_.pop()
        now = all(r for _d, r, _t in open_)
        if reading and not now:
            out.append(text[kept:m.end()])
            kept = m.end()
        elif now and not reading:
            out.append(" " * (m.start() - kept) + text[m.start():m.end()])
            kept = m.end()
    rest = text[kept:]
    out.append(rest if all(r for _d, r, _t in open_) else " " * len(rest))
    return "".join(out)


def _targets(main: str, text: str, template: Template) -> Iterable[str]:
    """The files `text` reads, resolved as the reader resolves them (`resolve_input`), those its template's
    page-input commands read (`\\inputbody{content}`) included."""
    root = os.path.realpath(os.path.dirname(os.path.abspath(main)))
    names = [(m[1] if m[1] is not None else os.path.join(m[2], m[3])).strip() for m in _INPUT.finditer(text)]
    names += [m[2].strip() for m in _SETUP_ABSTRACT.finditer(text) if m[1] in SETUP_ABSTRACT_KEYS]
    names += template.abstract_pages
    for name in names + (template.files_in(text) if template.commands else []):
        if not name:
            continue
        cand, inside = resolve_input(root, name)
        if cand is not None and inside:
            yield os.path.realpath(cand)


def files_read(main: str, text: str | None = None, *, taken_only: bool = False) -> set[str]:
    """The real paths of the files a LaTeX main file reads, directly or through others, itself included; with
    `taken_only`, only through the branches of conditionals the reader reads (`taken_branches`), else every file
    the main file names (an output must not overwrite any of them)."""
    seen: set[str] = {os.path.realpath(main)}
    shown = taken_branches if taken_only else str
    main_text = read_tex(main) if text is None else text
    template = load_template(main, main_text)
    level = [(main, shown(main_text))]
    for _ in range(MAX_DEPTH - 1):  # the levels below the main file the reader follows
        found = [t for _f, txt in level for t in _targets(main, txt, template) if t not in seen]
        if not found:
            break
        seen.update(found)
        level = [(t, shown(read_tex(t))) for t in dict.fromkeys(found)]
    return seen


def read_by_mains(files: Iterable[str]) -> set[str]:
    """The `.tex` files among `files` (as given) that a main file among them reads, directly or through others, in
    the branches of its conditionals the reader reads."""
    tex = [f for f in files if f.lower().endswith(".tex")]
    if len(tex) < 2:
        return set()
    texts = {f: read_tex(f) for f in tex}
    read: set[str] = set()
    for main in (f for f in tex if _MAIN.search(texts[f])):
        read |= files_read(main, texts[main], taken_only=True)
    return {f for f in tex if os.path.realpath(f) in read and not _MAIN.search(texts[f])}

"""A thesis class's table and figure commands, read from their definitions: which argument is the caption.

A template may give its tables as commands of its own whose arguments are the table's label, width, column spec,
head and body: UESTCthesis defines (inside another command, so with doubled `##`)
`\\newcommand{\\longthreelinetable}[6]{… \\begin{longtable}{##4} \\caption{##2}\\label{##1} … ##5 … ##6 …}` and
`\\threelinetable[8][htbp]`. Without the definition each argument was read as prose, and the cells of a test-case
table (SQL, numbers, `where (id>=1)`) were reported as half-width punctuation and English left in Chinese text.
A command whose body opens a table environment (tabular, tabularx, tabular*, longtable, tabu, tblr, longtblr) or
draws a picture (`\\includegraphics`: UESTCthesis's `\\pic[htbp]{caption}{width=…}{file}`, whose `[htbp]` and
`width=0.6\\textwidth` were read as words) is a float command: its arguments are no prose, except the one it
typesets as the caption (`\\caption{#k}`), which is the float's caption.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from zhen_qa.manuscript.latex_unprinted import brace_group

_DEFINE = re.compile(r"\\(?:re|provide)?newcommand\*?\s*\{?\s*\\([A-Za-z@]+)\s*\}?\s*\[(\d)\]\s*"
                     r"(\[[^\[\]]*\])?\s*(?=\{)")
_FLOAT = re.compile(r"\\begin\s*\{(?:tabular[x*]?|longtable|tabu|tblr|longtblr)\}|\\includegraphics(?![A-Za-z@])")
_CAPTION = re.compile(r"\\(?:caption|bicaption|subcaption|subcaptionbox)\s*(?:\[[^\[\]]*\])?\s*\{\s*#(\d)\s*\}"
                      r"|\\sub(?:figure|float|table)\s*\[\s*#(\d)\s*\]")
"""The caption of a float or sub-figure: `\\caption{#2}`, `\\subfigure[#1]{…}` (UESTCthesis's `\\addsubpic`)."""


@dataclass(frozen=True)
class TableDef:
    """A table or figure command: its number of arguments, whether the first is optional, and the caption's argument."""

    arity: int
    optional: bool
    captions: tuple[int, ...] = ()


def table_commands(sources: Iterable[str]) -> dict[str, TableDef]:
    """The commands `sources` define as a table or figure (`_FLOAT` in the body; at any nesting: `##4` is read as
    `#4`)."""
    out: dict[str, TableDef] = {}
    for text in sources:
        for m in _DEFINE.finditer(text):
            group = brace_group(text, m.end())
            if group is None:
                continue
            body = re.sub(r"#+(\d)", r"#\1", group[0])
            if _FLOAT.search(body):
                captions = {int(a or b) for a, b in _CAPTION.findall(body)}
                out[m[1]] = TableDef(int(m[2]), m[3] is not None, tuple(sorted(c for c in captions if c <= int(m[2]))))
    return out

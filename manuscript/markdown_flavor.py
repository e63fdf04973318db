"""Which Markdown a page is written in: CommonMark or MDX, by what the page itself says, not by its suffix alone.

Docusaurus 3 compiles `.md` pages as MDX too (its default `markdown.format: 'mdx'`), so a `.md` page may hold JSX
components whose indented children are prose (MDX has no indented code blocks). A page says it is MDX when

- its front matter says so (`format: mdx`; `format: md` is CommonMark, whatever the page holds), or
- it is an `.mdx` file, or
- a `.md` page holds an ES module statement on a line of its own, outside fenced code and `<script>` elements
  (`import Tabs from '@theme/Tabs';`, `export const x = …`): MDX's syntax and nobody else's. In CommonMark the line
  would be a paragraph shown as it is; a Docusaurus page that uses `<Tabs>` imports it so.

A VitePress or dumi page (Vue, HTML) imports inside `<script setup>` and stays CommonMark: its indented blocks are
code.
"""
from __future__ import annotations

from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.markdown_markup import fenced_lines
from zhen_qa.manuscript.source import SourceText

_FRONT_FORMAT = LazyPattern(r"\A---[ \t]*\n(?:(?!---[ \t]*\n).*\n)*?format:[ \t]*['\"]?(mdx?|detect)\b")
"""Docusaurus's front matter key `format` (md, mdx or detect) inside the page's leading `---` block."""
_ESM = LazyPattern(r"(?:import\s+(?:[\w*{][^\n'\"]*\s+from\s+)?['\"][^'\"\n]+['\"]"
                   r"|export\s+(?:const|let|var|function|default|\{))")
"""An ES module statement at the start of a line: `import X from 'm'`, `import {a, b} from "m"`, `import 'm'`,
`export const …`."""
_SCRIPT_OPEN = LazyPattern(r"(?i)<script\b")
_SCRIPT_CLOSE = LazyPattern(r"(?i)</script\s*>")


def is_mdx(source: SourceText) -> bool:
    """Whether the page is MDX (see the module docstring)."""
    path = source.path.lower()
    front = _FRONT_FORMAT.match(source.text)
    if front and front.group(1) != "detect":
        return front.group(1) == "mdx"
    if path.endswith(".mdx"):
        return True
    if not path.endswith((".md", ".markdown")):
        return False
    return _has_esm_line(source)


def _has_esm_line(source: SourceText) -> bool:
    """An ES module statement starting a line outside fenced code and `<script>` elements."""
    text = source.text
    if "import" not in text and "export" not in text:
        return False
    fenced = fenced_lines(source)
    script = False
    for n, (a, b) in enumerate(source.line_spans()):
        if n in fenced:
            continue
        line = text[a:b]
        if script:
            script = not _SCRIPT_CLOSE.search(line)
            continue
        if _SCRIPT_OPEN.search(line):
            script = not _SCRIPT_CLOSE.search(line)
            continue
        if _ESM.match(line):
            return True
    return False

"""A Chinese table or list written out by hand where the English page renders it through an MDX component.

MDX documentation generates some content at build time: the English Tauri plugin pages say
`<PluginPermissions plugin={frontmatter.plugin} />` under `## Permissions`, and the site renders the permission table
there. A translated page may write that table out by hand (| `autostart:allow-disable` | 启用 disable 命令… |). Both
pages show the same table; the Chinese rows have no English *sentence* only because the English writes them as a
component, which the reader masks as markup. A careful reviewer rejects "no English counterpart" on those rows.

The excuse is narrow: the Chinese sentence is a table row or a list item (what a component renders), and the English
stretch at the aligned place (between the English sentences before and after the bead, or the end of the section)
holds a self-closing component element on a line of its own (`<Name … />`, a capitalised tag) that the Chinese
section does not itself have (a Chinese page that keeps the component and adds a table beside it added the table).
Chinese prose paragraphs there are still reported, and so is a Chinese table or list where the English has no
component at that place: a component elsewhere on the page excuses nothing. The Chinese rows or items must also be a
whole block standing in for the component: no table row or list item of the Chinese section is paired with English
(a list whose steps 1-2 are translated, or a table whose Windows and macOS rows are, is the English's own list or
table, and a Chinese-only step or row in it is a dropped one, whatever component stands beside it).
"""
from __future__ import annotations

import re

from zhen_qa.manuscript.document import Pair, Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern

__all__ = ["rendered_by_component"]

_COMPONENT = LazyPattern(r"^[ \t]*<([A-Z][\w.]*)\b[^<>\n]*/>[ \t]*$", re.M)
"""A self-closing MDX/JSX component element alone on its line (`<PluginPermissions plugin={frontmatter.plugin} />`)."""
_HEADING = LazyPattern(r"^ {0,3}#{1,6}[ \t]", re.M)
_ROW_OR_ITEM = LazyPattern(r"[ \t]*(?:\||[-*+][ \t]|\d{1,9}[.)][ \t])")
"""A source line that is a table row or a list item."""


def _starts_row_or_item(s: Sentence) -> bool:
    offsets = s.text.offsets
    if not len(offsets):
        return False
    source = s.text.source
    return _ROW_OR_ITEM.match(source.text, source.line_start(offsets[0])) is not None


def _section_end(text: str, start: int) -> int:
    """Offset of the next heading line at or after `start`, or the text's end."""
    m = _HEADING.search(text, start)
    return m.start() if m else len(text)


def _section_start(text: str, start: int) -> int:
    """Offset of the last heading line before `start`, or 0."""
    last = 0
    for m in _HEADING.finditer(text, 0, start):
        last = m.start()
    return last


def _start(s: Sentence) -> int:
    """The sentence's first source offset; 0 for an empty sentence."""
    start = s.text.start_offset()
    return 0 if start is None else start


def _end(s: Sentence) -> int:
    """The source offset right after the sentence; 0 for an empty sentence."""
    end = s.text.end_offset()
    return 0 if end is None else end


def _english_gap(pair: Pair, at: int) -> tuple[int, int]:
    """The English stretch at the place of the Chinese offset `at`: from the end of the English of the last paired
    bead whose Chinese ends before `at` to the start of the English of the first paired bead whose Chinese starts
    after it (file order: the aligner may list a table's rows apart from the paragraphs); -1 where there is none."""
    start = end = -1
    before = after = -1
    for bead in pair.beads:
        if not bead.en or not bead.zh:
            continue
        zh_first = min(_start(pair.zh[i]) for i in bead.zh)
        zh_last = max(_end(pair.zh[i]) for i in bead.zh)
        if zh_last <= at and zh_last > before:
            before, start = zh_last, max(_end(pair.en[j]) for j in bead.en)
        elif zh_first > at and (after < 0 or zh_first < after):
            after, end = zh_first, min(_start(pair.en[j]) for j in bead.en)
    return start, end


def _paired_row_in_section(pair: Pair, chinese: str, first: int) -> bool:
    """Whether a table row or list item of the Chinese section holding offset `first` is paired with English."""
    lo, hi = _section_start(chinese, first), _section_end(chinese, first)
    for bead in pair.beads:
        if not bead.en or not bead.zh:
            continue
        for i in bead.zh:
            s = pair.zh[i]
            if lo <= _start(s) < hi and _starts_row_or_item(s):
                return True
    return False


def rendered_by_component(pair: Pair, index: int) -> bool:
    """Whether the Chinese-only bead `index` is a hand-written table row or list item standing where the English
    holds a self-closing component element the Chinese section lacks (see the module docstring)."""
    bead = pair.beads[index]
    if bead.en or not bead.zh or not pair.en:
        return False
    zh = [pair.zh[i] for i in bead.zh]
    if not all(_starts_row_or_item(s) for s in zh):
        return False
    english = pair.en[0].text.source.text
    chinese = zh[0].text.source.text
    first = _start(zh[0])
    if _paired_row_in_section(pair, chinese, first):
        return False
    start, end = _english_gap(pair, first)
    if start < 0:
        start = _section_start(english, _start(pair.en[0]))
    if end < 0:
        end = _section_end(english, max(start, _start(pair.en[0])))
    names = {m.group(1) for m in _COMPONENT.finditer(english, start, end)}
    if not names:
        return False
    section = chinese[_section_start(chinese, first):_section_end(chinese, first)]
    return not any(f"<{name}" in section for name in names)

"""File-type filters in a Qt program's strings: `文本文件 (*.txt);;所有文件 (*)`, the name filter a program hands
Qt's QFileDialog, which parses it: each filter ends in its patterns in ASCII brackets, filters are joined by `;;`.
There the brackets and the `;;` are syntax: a translation keeps them half-width (a full-width bracket breaks the
filter), so they are no punctuation of the Chinese around them. Only where Qt reads them: in a Qt Linguist file
(a filter alone, `XML 文件 (*.xml)`), or where `;;` joins two filters (the syntax is Qt's). Elsewhere a bracketed
pattern is display text or prose (a Java file chooser's description `自动文本文件 (*.autotext)`, a page's aside
`支持图片文件 (*.png *.jpg)`), and its half-width brackets are reported like any other.
"""
from __future__ import annotations

from zhen_qa.manuscript.lazy_re import LazyPattern

_GLOB = r"[A-Za-z0-9_\-]*(?:\*[A-Za-z0-9_\-]*)?(?:\.(?:\*|[A-Za-z0-9_\-]+\*?))+|\*"
"""One file pattern: `*.txt`, `*.*`, `*.tar.gz`, `Makefile.*`, `data.json`, or a bare `*` beside others."""
_FILTER = LazyPattern(rf"\(\s*(?:{_GLOB})(?:[\s;]+(?:{_GLOB}))*\s*\)")
"""A bracketed list of file patterns (`_GLOB`) separated by blanks or `;`: `(*.exe)`, `(*.png *.jpg)`,
`(*.c;*.h)`. A filter when one pattern names a file type by a star and an extension (`*.txt`, `*.*`), or when `;;`
joins it to such a filter (`所有文件 (*)` after `图像 (*.png);;`); a bracketed file name alone (`(data.json)`) or a
lone star (`(*)`, a footnote mark) is no filter."""
_JOIN = LazyPattern(r"[ \t]*;;[^;\n]*?")
"""What lies between a filter's closing bracket and the next filter's description: `;;` and the description."""
_END = LazyPattern(r"[ \t]*(?:;;|\n|\Z)")
"""What follows a filter's closing bracket: the next filter's `;;` or the end of the string (Qt reads the patterns
only at a filter's end)."""


def file_filters(text: str, qt: bool = False) -> set[int]:
    """Indices of the brackets of file-type filters (`_FILTER`, closing a filter: `_END`) in text and of the `;;`
    joining two of them: the syntax of a filter list Qt parses, not punctuation. A filter alone counts only in a Qt
    Linguist file (`qt`); elsewhere only filters `;;` joins to another. A bracket holding Chinese (`(可选)`,
    `(*.txt 文件)`), a single `;` and a bracket around words stay punctuation."""
    out: set[int] = set()
    if "*" not in text or "(" not in text or not qt and ";;" not in text:
        return out
    found = [m for m in _FILTER.finditer(text) if _END.match(text, m.end())]
    starred = [("*." in m.group() or ".*" in m.group()) for m in found]
    joined = [k + 1 < len(found) and _JOIN.fullmatch(text, m.end(), found[k + 1].start()) is not None
              for k, m in enumerate(found)]  # filter k and k + 1 are one list, `;;` between
    changed = True
    while changed:  # a lone (*) joined by ;; to a starred filter, on either side, is a filter too
        changed = False
        for k in range(len(found) - 1):
            if joined[k] and starred[k] != starred[k + 1]:
                starred[k] = starred[k + 1] = changed = True
    for k, m in enumerate(found):
        listed = joined[k] or k > 0 and joined[k - 1]
        if not starred[k] or not (qt or listed):
            continue
        out.update((m.start(), m.end() - 1))
        if joined[k] and starred[k + 1]:
            semi = text.index(";;", m.end())
            out.update((semi, semi + 1))
    return out

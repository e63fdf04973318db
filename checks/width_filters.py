"""File-type filters written in a text: `文本文件 (*.txt);;所有文件 (*.*)`, the name filter a program hands its file
dialog. Qt's QFileDialog parses it (the patterns in ASCII brackets at a filter's end, filters joined by `;;`), and
other toolkits write their filter descriptions in the same shape. Its brackets and the `;;` between two filters are
the filter's syntax: a translation keeps them half-width (a full-width bracket breaks a Qt filter), so they are no
punctuation of the Chinese around them.
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


def file_filters(text: str) -> set[int]:
    """Indices of the brackets of file-type filters (`_FILTER`) in text and of the `;;` joining two of them: the
    syntax of a filter list a program parses, not punctuation. A bracket holding Chinese (`(可选)`, `(*.txt 文件)`),
    a single `;` and a bracket around words stay punctuation."""
    out: set[int] = set()
    if "*" not in text or "(" not in text:
        return out
    found = list(_FILTER.finditer(text))
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
        if not starred[k]:
            continue
        out.update((m.start(), m.end() - 1))
        if joined[k] and starred[k + 1]:
            semi = text.index(";;", m.end())
            out.update((semi, semi + 1))
    return out

"""Where a finding is inside the texts a page shows: which text, and which characters of it."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from zhen_qa.manuscript.source import MappedText, SourceText
from zhen_qa.report.findings import Finding

_LOOKAHEAD = 200
"""Characters after a finding's start searched for the first shown one (markup such as `## ` comes first)."""


class Placer:
    """Finds the text (an index into `texts`) and character span of a finding from its file position."""

    def __init__(self, texts: Sequence[MappedText]) -> None:
        self.texts = list(texts)
        self.where: dict[str, dict[int, tuple[int, int]]] = defaultdict(dict)
        self.last: dict[str, dict[int, int]] = defaultdict(dict)
        """The last character of `where`'s text at each offset: several characters shown for one place in the file
        (`\\cite{a,b}` shown "[1,2]", a decoded entity) are all inside a span that ends past that place."""
        self.sources: dict[str, SourceText] = {}
        for tid, t in enumerate(self.texts):
            self.sources.setdefault(t.source.path, t.source)
            table, last = self.where[t.source.path], self.last[t.source.path]
            for i, off in enumerate(t.offsets):
                if table.setdefault(off, (tid, i))[0] == tid:
                    last[off] = i

    def place(self, f: Finding) -> tuple[int, int, int] | None:
        """(text index, start, end) of the finding, or None when no shown text holds its start."""
        loc = f.location
        src = self.sources.get(loc.path)
        if src is None:
            return None
        start = src.offset(loc.line, loc.column)
        end = src.offset(loc.end_line, loc.end_column)
        if start is None:
            return None
        table = self.where[loc.path]
        limit = max(start + 1, min(end if end is not None else start + 1, start + _LOOKAHEAD))
        hit = next((table[o] for o in range(start, limit) if o in table), None)
        if hit is None:
            return None
        tid, i = hit
        n = len(self.texts[tid].text)
        if end is None or end <= start:
            return tid, i, i
        at = self.last[loc.path]
        last = next((at[o] for o in range(end - 1, start - 1, -1) if table.get(o, (-1,))[0] == tid), None)
        j = last + 1 if last is not None else n
        return tid, i, max(i, min(j, n))

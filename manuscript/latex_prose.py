"""The prose of a LaTeX file collected one paragraph at a time, each character with its offset in the file.

The reader adds the characters of text nodes (one offset each) and what macros print (all at the macro's
offset); taking the paragraph collapses whitespace the way TeX does, except that a line break between two
Chinese characters is no space at all.
"""
from __future__ import annotations

from zhen_qa.manuscript.script import is_han
from zhen_qa.manuscript.source import MappedText, SourceText


class Prose:
    """Prose characters of one file collected into one paragraph, each with its offset."""

    def __init__(self, source: SourceText) -> None:
        self.source = source
        self.chars: list[str] = []
        self.offs: list[int] = []

    def add(self, text: str, start: int, spread: bool = True) -> None:
        """Characters from the file at `start` (spread: one offset each; else all at `start`)."""
        self.chars.extend(text)
        self.offs.extend(range(start, start + len(text)) if spread else [start] * len(text))

    def take(self) -> MappedText | None:
        """The paragraph so far, whitespace collapsed (dropped at line ends between Chinese), and reset."""
        chars, offs = self.chars, self.offs
        self.chars, self.offs = [], []
        out_c: list[str] = []
        out_o: list[int] = []
        i, n = 0, len(chars)
        while i < n:
            c = chars[i]
            if not c.isspace():
                out_c.append(c)
                out_o.append(offs[i])
                i += 1
                continue
            j, newline = i, False
            while j < n and chars[j].isspace():
                newline = newline or chars[j] == "\n"
                j += 1
            prev = out_c[-1] if out_c else ""
            nxt = chars[j] if j < n else ""
            if out_c and j < n and not (newline and wide(prev) and wide(nxt)):
                out_c.append(" ")
                out_o.append(offs[i])
            i = j
        if not out_c:
            return None
        return MappedText("".join(out_c), out_o, self.source)


def wide(ch: str) -> bool:
    """A Han character or a full-width or CJK punctuation mark: no space is read between two of them."""
    return bool(ch) and (is_han(ch) or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef")

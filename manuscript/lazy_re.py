"""Regular expressions compiled on first use, for the patterns most runs never need.

Compiling a pattern costs 0.3-15 million instructions (a Han character range alone about 10 million: the
compiler marks each of its characters in a Python loop); the seed's check compiled 233 patterns, a quarter of
its work, and called 54 of them not once (headings, quotes, decades, half-years, grades, CC-CEDICT lines). A
`LazyPattern` is written where `re.compile` was and answers the same methods: the first call compiles the
pattern and puts the compiled pattern's own bound methods on the instance, so every later call costs what a
call of the compiled pattern costs. It is not a `re.Pattern`: give `re.sub` and the like `.compiled()`.
"""
from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any


class LazyPattern:
    """`re.compile(pattern, flags)`, done when one of its methods is first called."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if not yet); its methods then answer for this object's."""
        p = re.compile(self.pattern, self.flags)
        self.__dict__.update(compiled=lambda: p, search=p.search, match=p.match, fullmatch=p.fullmatch,
                             finditer=p.finditer, findall=p.findall, sub=p.sub, subn=p.subn, split=p.split)
        return p

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled().findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled().sub(repl, string, count)

    def subn(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> tuple[str, int]:
        return self.compiled().subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled().split(string, maxsplit)

"""manuscript.lazy_re: a pattern compiled on first use answers as the compiled pattern does."""
from __future__ import annotations

import re

from zhen_qa.manuscript.lazy_re import LazyPattern

TEXT = "Phase II began in May 2020; phase iii in 2021, 分期 III 期."


def test_answers_every_method_as_re_compile_does() -> None:
    source, flags = r"(?<![A-Za-z])phase\s+(i+|\d+)", re.IGNORECASE
    lazy, real = LazyPattern(source, flags), re.compile(source, flags)
    assert [m.span() for m in lazy.finditer(TEXT)] == [m.span() for m in real.finditer(TEXT)] == [(0, 8), (28, 37)]
    assert lazy.findall(TEXT) == real.findall(TEXT) == ["II", "iii"]
    assert lazy.search(TEXT, 5).span() == real.search(TEXT, 5).span()  # type: ignore[union-attr]
    assert lazy.match(TEXT) is not None and lazy.match(TEXT, 1) is None
    assert lazy.fullmatch("phase 2") is not None and lazy.fullmatch("phase 2 ") is None
    assert lazy.sub("<\\1>", TEXT) == real.sub("<\\1>", TEXT)
    assert lazy.subn(lambda m: m.group(1).upper(), TEXT, 1) == real.subn(lambda m: m.group(1).upper(), TEXT, 1)
    assert lazy.split(TEXT) == real.split(TEXT)


def test_compiles_once_on_first_use_then_calls_the_compiled_pattern() -> None:
    lazy = LazyPattern(r"\d+")
    assert set(vars(lazy)) == {"pattern", "flags"}  # nothing compiled by construction
    assert lazy.findall("1 22 333") == ["1", "22", "333"]
    compiled = lazy.compiled()
    assert compiled is lazy.compiled() and compiled.pattern == lazy.pattern == r"\d+"
    assert lazy.search.__self__ is compiled  # type: ignore[attr-defined]

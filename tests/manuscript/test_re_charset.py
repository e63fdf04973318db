"""manuscript.re_charset: character classes compiled without per-character loops, to the same code as CPython's."""
from __future__ import annotations

import random
import re
from collections.abc import Iterator
from typing import Any

import pytest

from tests.manuscript.patterns_kit import package_patterns
from zhen_qa.manuscript import re_charset

COMPILER: Any = re_charset._COMPILER
PARSER: Any = COMPILER._parser if hasattr(COMPILER, "_parser") else COMPILER.sre_parse
LITERAL, RANGE, NEGATE, CATEGORY = COMPILER.LITERAL, COMPILER.RANGE, COMPILER.NEGATE, COMPILER.CATEGORY
CATEGORY_DIGIT, CATEGORY_WORD = COMPILER.CATEGORY_DIGIT, COMPILER.CATEGORY_WORD

EDGES = (0, 1, 0x41, 0xFF, 0x100, 0x101, 0x3000, 0x33FF, 0x3400, 0x4E00, 0x9FFF, 0xFEFF, 0xFF00, 0xFFFE, 0xFFFF,
         0x10000, 0x20000, 0x323AF, 0x10FFFF)
"""Code points where CPython's function changes its course: the Latin-1 map, the 65,536-entry map, beyond it."""


def _point(rng: random.Random) -> int:
    roll = rng.random()
    if roll < 0.4:
        return min(0x10FFFF, max(0, rng.choice(EDGES) + rng.randint(-2, 2)))
    if roll < 0.7:
        return rng.randint(0, 0x2FF)
    return rng.randint(0, 0x10FFFF)


def _charset(rng: random.Random) -> list[tuple[Any, Any]]:
    items: list[tuple[Any, Any]] = [(NEGATE, None)] if rng.random() < 0.2 else []
    for _ in range(rng.randint(1, 8)):
        roll = rng.random()
        if roll < 0.45:
            items.append((LITERAL, _point(rng)))
        elif roll < 0.9:
            lo, hi = sorted((_point(rng), _point(rng)))
            if rng.random() < 0.3:
                hi = min(0x10FFFF, lo + rng.randint(0, 600))
            items.append((RANGE, (lo, hi)))
        else:
            items.append((CATEGORY, rng.choice((CATEGORY_DIGIT, CATEGORY_WORD))))
    return items


def test_the_same_value_as_cpythons_on_random_classes() -> None:
    rng = random.Random(18)
    for _ in range(3000):
        charset = _charset(rng)
        assert re_charset.optimize_charset(charset) == re_charset._CPYTHON(charset), charset


def test_classes_that_fill_whole_chunks_and_leave_holes() -> None:
    cases: list[list[tuple[Any, Any]]] = [
        [(RANGE, (0x3400, 0x4DBF)), (RANGE, (0x4E00, 0x9FFF)), (RANGE, (0xF900, 0xFAFF)), (RANGE, (0x20000, 0x323AF))],
        [(NEGATE, None), (RANGE, (0x2E80, 0x9FFF)), (RANGE, (0xF900, 0xFAFF)), (RANGE, (0xFF00, 0xFFEF))],
        [(RANGE, (0, 0xFFFF))], [(RANGE, (0x100, 0xFFFF))], [(RANGE, (0, 0x10FFFF))], [(LITERAL, 0xFFFF)],
        [(RANGE, (0x4E00, 0x9FFF)), (LITERAL, 0x4E00 + 300)], [(LITERAL, 0x3000), (RANGE, (0xFF01, 0xFF0F))],
        [(RANGE, (0x41, 0x5A)), (RANGE, (0x61, 0x7A)), (RANGE, (0x4E00, 0x9FFF))],
    ]
    for charset in cases:
        assert re_charset.optimize_charset(charset) == re_charset._CPYTHON(charset), charset


def test_case_insensitive_classes_are_left_to_cpython() -> None:
    calls: list[Any] = []

    def fixup(ch: int) -> int:
        calls.append(ch)
        return ch

    charset = [(RANGE, (0x41, 0x5A))]
    assert re_charset.optimize_charset(charset, lambda ch: False, fixup) == \
        re_charset._CPYTHON(charset, lambda ch: False, fixup)
    assert len(calls) == 2 * 26


def test_every_pattern_of_the_package_compiles_to_the_same_code() -> None:
    patterns = list(package_patterns())
    assert len(patterns) > 100
    saved = COMPILER._optimize_charset  # the command line's tests may have installed ours in this process
    try:
        for module, pattern, flags in patterns:
            COMPILER._optimize_charset = re_charset._CPYTHON
            expected = COMPILER._code(PARSER.parse(pattern, flags), flags)
            COMPILER._optimize_charset = re_charset.optimize_charset
            got = COMPILER._code(PARSER.parse(pattern, flags), flags)
            assert got == expected, (module, pattern)
    finally:
        COMPILER._optimize_charset = saved


@pytest.fixture
def restored() -> Iterator[None]:
    """CPython's function in place for the test (the command line's tests may have installed ours), then whatever
    was there before."""
    saved = COMPILER._optimize_charset
    COMPILER._optimize_charset = re_charset._CPYTHON
    yield
    COMPILER._optimize_charset = saved


def test_install_replaces_cpythons_function_it_recognises(restored: None) -> None:
    assert re_charset.fingerprint(re_charset._CPYTHON) in re_charset._FINGERPRINTS
    assert re_charset.install() and re_charset.install()
    assert COMPILER._optimize_charset is re_charset.optimize_charset
    han = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U000323af]+(?:\u00b7[\u4e00-\u9fff]+)*")
    assert han.findall("干细胞 stem 分泌组·学 𠀀𠀁 x") == ["干细胞", "分泌组·学", "𠀀𠀁"]


def test_install_leaves_a_compiler_it_does_not_know_alone(restored: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(re_charset, "_FINGERPRINTS", frozenset())
    assert not re_charset.install()
    assert COMPILER._optimize_charset is re_charset._CPYTHON

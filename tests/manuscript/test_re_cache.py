"""manuscript.re_cache: patterns compiled from cached code are the patterns CPython's own `compile` makes."""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.manuscript.patterns_kit import package_patterns
from zhen_qa.manuscript import re_cache, re_charset
from zhen_qa.manuscript.marshal_cache import MarshalCache

COMPILER: Any = re_charset._COMPILER

PATTERNS: list[tuple[str | bytes, int]] = [
    ("[\u4e00-\u9fff]+(?:\u00b7[\u4e00-\u9fff]+)*", 0), (r"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>mg|ml)\b", re.I),
    (r"(?x) ^ (\w+) \s+ (?:(?P<tail>[a-z]+) | \d)? $", 0), (r"(?<![A-Za-z])p\s*[<=>]\s*0?\.\d+", 0),
    ("(a)|(?P<b>b)(?(1)c|d)", 0), (b"[\x00-\x7f]+", 0)]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty cache folder and CPython's own `compile` in place (the command line's tests may have installed
    ours), then whatever was there before."""
    monkeypatch.setenv("ZHENQA_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(re_cache, "_cache", MarshalCache(re_cache.KEEP, re_cache._cache._accepts))
    saved = COMPILER.compile
    COMPILER.compile = re_cache._CPYTHON
    yield tmp_path
    re_cache.uninstall()
    COMPILER.compile = saved


def _compiled(pattern: str | bytes, flags: int) -> Any:
    return COMPILER.compile(pattern, flags)  # not re.compile: its cache would answer


def test_installed_patterns_equal_cpythons_and_match_the_same(cache: Path) -> None:
    plain = [re_cache._CPYTHON(p, f) for p, f in PATTERNS]
    assert re_cache.install()
    for (p, f), expected in zip(PATTERNS, plain):
        got = _compiled(p, f)
        assert got == expected  # equal patterns: the same pattern, flags and code
        assert (got.groups, got.groupindex, got.flags) == (expected.groups, expected.groupindex, expected.flags)
    assert re_cache._cache.new
    m = _compiled(PATTERNS[1][0], re.I).search("dose 2.5 MG daily")
    assert m is not None and m.group("num", "unit") == ("2.5", "MG") and m.lastgroup == "unit"


def test_a_second_run_takes_the_code_from_the_file_without_parsing(cache: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    assert re_cache.install()
    first = [_compiled(p, f) for p, f in PATTERNS]
    re_cache.save()
    assert list(cache.glob("regex-*.marshal"))
    re_cache.uninstall()
    monkeypatch.setattr(re_cache, "_cache", MarshalCache(re_cache.KEEP, re_cache._cache._accepts))
    assert re_cache.install() and len(re_cache._cache.stored) == len(PATTERNS)

    def parse(*_: Any) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(re_cache, "_made", parse)
    again = [_compiled(p, f) for p, f in PATTERNS]
    assert again == first
    assert [p.groupindex for p in again] == [p.groupindex for p in first]
    assert not re_cache._cache.new  # every pattern came from the file
    re_cache.save()  # nothing new: the file is not written again


def test_debug_and_parsed_patterns_go_to_cpython(cache: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert re_cache.install()
    scanner = re.Scanner([  # type: ignore[attr-defined]
        (r"\d+", lambda s, t: int(t)), (r"\s+", None)])  # compiles a parsed pattern
    assert scanner.scan("12 34") == ([12, 34], "")
    assert _compiled("x+", re.DEBUG).match("xx")
    assert "MAX_REPEAT" in capsys.readouterr().out  # CPython's compile printed the parsed pattern
    assert not re_cache._cache.entries


def test_an_unknown_compile_or_a_broken_file_leaves_re_alone(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    known = re_cache._FINGERPRINTS
    monkeypatch.setattr(re_cache, "_FINGERPRINTS", frozenset())
    assert not re_cache.install()
    assert COMPILER.compile is re_cache._CPYTHON
    monkeypatch.setattr(re_cache, "_FINGERPRINTS", known)
    re_cache.cache_file().write_bytes(b"not marshal")
    assert re_cache.install() and not re_cache._cache.stored
    assert _compiled("a+b", 0).fullmatch("aab")


def test_a_damaged_entry_is_compiled_again(cache: Path) -> None:
    assert re_cache.install()
    expected = re_cache._CPYTHON("(?P<x>a+)b", 0)
    re_cache._cache.entries[("(?P<x>a+)b", 0)] = (32, [1, 2, 3], 0, {}, (None,))  # code the engine refuses
    re_cache._cache.entries[("c+", 0)] = (32,)  # type: ignore[assignment]  # not the five arguments
    assert _compiled("(?P<x>a+)b", 0) == expected
    assert _compiled("c+", 0).fullmatch("cc")
    assert re_cache._cache.entries[("(?P<x>a+)b", 0)] == re_cache._made("(?P<x>a+)b", 0) and re_cache._cache.new


def test_every_pattern_of_the_package_is_cpythons_pattern_from_the_file(cache: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    patterns = list(package_patterns())
    assert len(patterns) > 100
    expected = [re_cache._CPYTHON(p, f & ~re.U) for _, p, f in patterns]  # `flags` of a compiled str pattern has U
    assert re_cache.install()
    for _, p, f in patterns:
        _compiled(p, f & ~re.U)
    re_cache.save()
    re_cache.uninstall()
    monkeypatch.setattr(re_cache, "_cache", MarshalCache(re_cache.KEEP, re_cache._cache._accepts))
    assert re_cache.install()
    for (module, p, f), want in zip(patterns, expected):
        assert _compiled(p, f & ~re.U) == want, (module, p)

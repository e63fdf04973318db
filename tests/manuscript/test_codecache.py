"""Dataclasses' methods from cached code: the same classes as CPython's own `_create_fn` makes."""
from __future__ import annotations

import dataclasses
import inspect
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from zhen_qa.manuscript import codecache
from zhen_qa.manuscript.marshal_cache import MarshalCache


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("ZHENQA_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(codecache, "_cache", MarshalCache(codecache.KEEP, codecache._cache._accepts))
    yield tmp_path
    codecache.uninstall()


def _classes() -> tuple[Any, Any]:
    @dataclasses.dataclass(frozen=True, order=True)
    class Span:
        start: int
        end: int = 0
        tags: tuple[str, ...] = ()

    @dataclasses.dataclass
    class Bag:
        name: str
        items: list[int] = dataclasses.field(default_factory=list)
        _: dataclasses.KW_ONLY
        weight: float = 1.0

    return Span, Bag


def _behaviour(span: Any, bag: Any) -> list[object]:
    a, b = span(1, 2, ("x",)), span(1, 3)
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.start = 5
    g = bag("g", weight=2.0)
    g.items.append(1)
    return [repr(a), a == span(1, 2, ("x",)), a < b, hash(a) == hash(span(1, 2, ("x",))), repr(g),
            g == bag("g", [1], weight=2.0), str(inspect.signature(span)), str(inspect.signature(bag)),
            bag("h").items is not bag("h").items, span.__init__.__annotations__, bag.__init__.__code__.co_filename]


def test_installed_the_classes_behave_as_with_cpythons_own(cache: Path) -> None:
    plain = _behaviour(*_classes())
    assert codecache.install()
    assert _behaviour(*_classes()) == plain
    assert codecache._cache.new  # compiled this time


def test_a_second_run_takes_the_methods_from_the_file_without_compiling(cache: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    assert codecache.install()
    first = _behaviour(*_classes())
    codecache.save()
    assert list(cache.glob("code-*.marshal"))
    codecache.uninstall()
    monkeypatch.setattr(codecache, "_cache", MarshalCache(codecache.KEEP, codecache._cache._accepts))
    assert codecache.install() and codecache._cache.stored
    assert _behaviour(*_classes()) == first
    assert not codecache._cache.new  # every method came from the file
    codecache.save()  # nothing new: the file is not written again


def test_an_unknown_create_fn_or_a_broken_file_leaves_dataclasses_alone(cache: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    known = codecache._FINGERPRINTS
    monkeypatch.setattr(codecache, "_FINGERPRINTS", frozenset())
    assert not codecache.install()
    assert dataclasses._create_fn is codecache._STDLIB_CREATE_FN  # type: ignore[attr-defined]
    monkeypatch.setattr(codecache, "_FINGERPRINTS", known)
    codecache.cache_file().write_bytes(b"not marshal")
    assert codecache.install() and not codecache._cache.stored
    assert _behaviour(*_classes())[0].endswith("Span(start=1, end=2, tags=('x',))")


def test_fingerprint_ignores_addresses_and_lines() -> None:
    def one(xs: list[str]) -> str:
        return ",".join(f"{x}" for x in xs)

    def two(xs: list[str]) -> str:

        return ",".join(f"{x}" for x in xs)

    def other(xs: list[str]) -> str:
        return ";".join(f"{x}" for x in xs)

    assert codecache.fingerprint(one.__code__) == codecache.fingerprint(two.__code__)
    assert codecache.fingerprint(one.__code__) != codecache.fingerprint(other.__code__)

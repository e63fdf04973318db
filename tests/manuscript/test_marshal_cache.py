"""manuscript.marshal_cache: a cache file's values are unmarshalled when a run asks for them."""
from __future__ import annotations

import marshal
from pathlib import Path

from zhen_qa.manuscript.marshal_cache import MarshalCache


def _file(tmp_path: Path, entries: dict[str, bytes]) -> Path:
    path = tmp_path / "cache.marshal"
    path.write_bytes(marshal.dumps(entries))
    return path


def test_only_the_values_asked_for_are_unmarshalled(tmp_path: Path) -> None:
    cache: MarshalCache[str, tuple[int, ...]] = MarshalCache(10)
    cache.load(_file(tmp_path, {k: marshal.dumps((i, [i] * 3)) for i, k in enumerate("abc")}))
    assert set(cache.stored) == {"a", "b", "c"} and not cache.entries
    assert cache.get("b") == (1, [1, 1, 1])
    assert set(cache.entries) == {"b"} and cache.used == {"b"}
    assert cache.get("z") is None and cache.used == {"b"}


def test_a_damaged_or_foreign_value_is_missing(tmp_path: Path) -> None:
    cache: MarshalCache[str, tuple[int, ...]] = MarshalCache(10, lambda value: isinstance(value, tuple))
    cache.load(_file(tmp_path, {"cut": marshal.dumps((1, 2))[:-1], "list": marshal.dumps([1, 2]),
                                "ok": marshal.dumps((1, 2))}))
    assert cache.get("cut") is None and cache.get("list") is None and cache.get("ok") == (1, 2)
    cache.put("cut", (3,))  # made again by the run
    assert cache.get("cut") == (3,) and cache.new


def test_save_keeps_the_entries_not_asked_for_and_past_keep_only_those_used(tmp_path: Path) -> None:
    path = _file(tmp_path, {"a": marshal.dumps((1,)), "b": marshal.dumps((2,))})
    cache: MarshalCache[str, tuple[int, ...]] = MarshalCache(3)
    cache.load(path)
    assert cache.get("a") == (1,)
    cache.put("c", (3,))
    cache.save(path)
    again: MarshalCache[str, tuple[int, ...]] = MarshalCache(3)
    again.load(path)
    assert {k: again.get(k) for k in "abc"} == {"a": (1,), "b": (2,), "c": (3,)}
    last: MarshalCache[str, tuple[int, ...]] = MarshalCache(3)
    last.load(path)
    assert last.get("a") == (1,)
    last.put("d", (4,))  # four entries, three kept: only those this run used
    last.save(path)
    kept: MarshalCache[str, tuple[int, ...]] = MarshalCache(3)
    kept.load(path)
    assert set(kept.stored) == {"a", "d"} and kept.get("d") == (4,)

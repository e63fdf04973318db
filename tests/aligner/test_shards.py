"""The sharded tables behind the lexicon's user cache: the same answers as the dict they were written from."""
from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from zhen_qa.aligner import shards as S

TABLE = {"分泌": ("secret",), "分泌组": ("secretom",), "分": ("minut", "divid"), "组": ("group",), "a": ("x",),
         "ab": ("y",), "abc": ("z",), "细胞因子": ("cytokin",)}


def _table(tmp_path: Path, extra: dict[str, tuple[str, ...]] | None = None) -> S.ShardedTable[tuple[str, ...]]:
    S.write_tables(tmp_path / "t.shards", {"t": TABLE.items(), "u": {"x": 1}.items()}, meta="m")
    meta, stores = S.read_tables(tmp_path / "t.shards")
    assert meta == "m" and set(stores) == {"t", "u"} and stores["t"].size == len(TABLE)
    table: S.ShardedTable[tuple[str, ...]] = S.ShardedTable(stores["t"])
    return table.with_entries(extra) if extra else table


def test_lookups_match_the_dict(tmp_path: Path) -> None:
    table = _table(tmp_path)
    for key in [*TABLE, "分泌物", "分子", "", "abd", "细胞", "b", "组织"]:
        assert table.get(key) == TABLE.get(key)
        assert (key in table) == (key in TABLE)
        assert table.get(key, ()) == TABLE.get(key, ())
    assert table["分"] == ("minut", "divid")
    with pytest.raises(KeyError):
        table["分子"]
    assert 3 not in table
    assert dict(table) == TABLE and len(table) == len(TABLE)


def test_extra_entries_replace_stored_ones_and_leave_the_base_alone(tmp_path: Path) -> None:
    base = _table(tmp_path)
    base.get("分泌")  # the base has read the shard before the view exists
    view = base.with_entries({"分泌组": ("secretom", "secretome"), "新词": ("new",)})
    assert view.get("分泌组") == ("secretom", "secretome") and view["新词"] == ("new",)
    assert view.get("分泌") == ("secret",)
    assert base.get("分泌组") == ("secretom",) and "新词" not in base
    assert dict(view) == {**TABLE, "分泌组": ("secretom", "secretome"), "新词": ("new",)}


def test_reads_only_the_shards_asked_for_then_everything(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    table = _table(tmp_path)
    table.get("分泌组")
    assert table._read == {"分泌"} and set(table._data) == {"分泌", "分泌组"}
    monkeypatch.setattr(S, "FULL_AFTER", 1)
    assert table.get("组") == ("group",)  # past FULL_AFTER shards: all of them at once
    assert table._data == TABLE and table.get == table._data.get


def test_pickles_as_a_plain_dict(tmp_path: Path) -> None:
    view = _table(tmp_path, {"新词": ("new",)})
    assert pickle.loads(pickle.dumps(view)) == {**TABLE, "新词": ("new",)}


def test_a_truncated_file_is_refused(tmp_path: Path) -> None:
    S.write_tables(tmp_path / "t.shards", {"t": TABLE.items()})
    data = (tmp_path / "t.shards").read_bytes()
    (tmp_path / "t.shards").write_bytes(data[:-5])
    with pytest.raises(ValueError):
        S.read_tables(tmp_path / "t.shards")


@pytest.mark.parametrize("width", [1, 3, 4])
def test_wider_shards_give_the_same_answers(tmp_path: Path, width: int) -> None:
    """A table sharded by its keys' first `width` characters (the lexicon's English stems: 4) answers as the dict,
    reads only the shard of the key asked for, and finds a shard only at its own place in the group's index (the
    rests "ab" and "ba" hold "bb" across them)."""
    table = {**TABLE, "xab": ("1",), "xba": ("2",), "xb": ("3",), "xabcd": ("4",), "xabce": ("5",), "secretom": ("6",),
             "secret": ("7",), "se": ("8",)}
    S.write_tables(tmp_path / "w.shards", {"t": table, "u": table}, widths={"t": width})
    _, stores = S.read_tables(tmp_path / "w.shards")
    assert stores["t"].width == width and stores["u"].width == 2
    sharded: S.ShardedTable[tuple[str, ...]] = S.ShardedTable(stores["t"])
    for key in [*table, "xbb", "xa", "xabc", "xabcf", "secre", "s", "分泌物", "y", ""]:
        assert sharded.get(key) == table.get(key), key
    fresh: S.ShardedTable[tuple[str, ...]] = S.ShardedTable(S.read_tables(tmp_path / "w.shards")[1]["t"])
    assert fresh.get("xabcd") == ("4",)
    assert fresh._read == {"xabcd"[:width]}
    assert set(fresh._data) == {k for k in table if k[:width] == "xabcd"[:width]}
    assert dict(fresh) == table
    if width == 3:
        assert stores["t"].shard("xbb") is None and stores["t"].shard("xba") == {"xba": ("2",)}


def test_will_need_asks_the_os_for_the_groups_of_those_characters_once_and_stops_read_ahead(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    calls: list[tuple[int, int, int]] = []
    monkeypatch.setattr(os, "posix_fadvise", lambda fd, start, length, advice: calls.append((start, length, advice)))
    S.write_tables(tmp_path / "t.shards", {"t": TABLE.items()})
    _, stores = S.read_tables(tmp_path / "t.shards")
    store = stores["t"]
    base = 8 + int.from_bytes((tmp_path / "t.shards").read_bytes()[:8], "little")
    store.will_need({"分", "细", "x", "?"})  # x and ? start no key: nothing asked for them
    assert calls[0] == (0, 0, os.POSIX_FADV_RANDOM)
    asked = calls[1:]
    assert all(advice == os.POSIX_FADV_WILLNEED for _, _, advice in asked)
    covered = set().union(*(range(start - base, start - base + length) for start, length, _ in asked))
    for first in ("分", "细"):
        span = store._offsets.get(first)
        assert span is not None
        at, length = span
        assert set(range(at, at + length)) <= covered
    assert len(asked) == 1  # neighbours in the file: one range
    store.shard("组")  # its group is read now: not asked for again
    calls.clear()
    store.will_need({"组"})
    assert calls == []
    assert store.shard("分泌") == {"分泌": ("secret",), "分泌组": ("secretom",)}  # reads as before


def test_will_need_of_a_store_in_memory_does_nothing() -> None:
    store = S.ShardStore.of(TABLE.items())
    store.will_need({"分"})
    assert store.shard("分泌") == {"分泌": ("secret",), "分泌组": ("secretom",)}


def test_group_index_finds_every_first_character_and_nothing_else() -> None:
    offsets = {"分": (0, 10), "a": (10, 5), "𠀀": (15, 7), "细": (22, 1), "": (23, 4)}
    index = S.GroupIndex.of(offsets)
    assert index.firsts == "a分细𠀀"  # in code point order, the empty key apart
    for first, span in offsets.items():
        assert index.get(first) == span
    for other in ("b", "组", "\U00020001", "\0", "\U0010ffff"):
        assert index.get(other) is None
    again = S.GroupIndex(*index.fields())
    assert [again.get(f) for f in offsets] == list(offsets.values())
    assert S.GroupIndex.of({"x": (0, 1)}).get("") is None

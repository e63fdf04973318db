"""The user cache folder's upkeep: used entries stay, stale ones and surplus glossaries go, other files stay."""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from zhen_qa.manuscript import usercache

DAY = 86_400.0
NOW = 1_900_000_000.0


def _file(folder: Path, name: str, age_days: float, size: int = 10) -> Path:
    path = folder / name
    path.write_bytes(b"x" * size)
    when = NOW - age_days * DAY
    os.utime(path, (when, when))
    return path


def test_cache_dir_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ZHENQA_CACHE_DIR", str(tmp_path / "c"))
    assert usercache.cache_dir() == tmp_path / "c"


def test_prune_removes_entries_unused_for_a_month_and_keeps_the_rest(tmp_path: Path) -> None:
    old_jieba = _file(tmp_path, "jieba-0123456789abcdef.shards", 45, size=1000)
    old_lexicon = _file(tmp_path, "lexicon-0123456789abcdef.pickle", 31)
    fresh_jieba = _file(tmp_path, "jieba-fedcba9876543210.shards", 3)
    fresh_glossary = _file(tmp_path, "glossary-abc-zh.pickle", 29)
    foreign = _file(tmp_path, "notes.txt", 400)
    foreign_prefix = _file(tmp_path, "jiebaish.bin", 400)

    files, size = usercache.prune(tmp_path, now=NOW)

    assert (files, size) == (2, 1010)
    assert not old_jieba.exists() and not old_lexicon.exists()
    assert fresh_jieba.exists() and fresh_glossary.exists()
    assert foreign.exists() and foreign_prefix.exists()


def test_prune_keeps_only_the_most_recently_used_glossaries_with_all_their_parts(tmp_path: Path) -> None:
    extra = 5
    for i in range(usercache.KEEP_GLOSSARIES + extra):
        age = (usercache.KEEP_GLOSSARIES + extra - i) / 100  # key0 oldest
        for part in ("glossary", "zh", "en"):
            _file(tmp_path, f"glossary-key{i:03d}-{part}.pickle", age)

    files, _ = usercache.prune(tmp_path, now=NOW)

    left = {p.name.split("-")[1] for p in tmp_path.iterdir()}
    assert files == 3 * extra
    assert left == {f"key{i:03d}" for i in range(extra, usercache.KEEP_GLOSSARIES + extra)}


def test_prune_removes_temporary_files_a_killed_writer_left(tmp_path: Path) -> None:
    left_behind = _file(tmp_path, "tmpab12cd.tmp", 2)
    being_written = _file(tmp_path, "tmpzz99yy.tmp", 0.01)

    usercache.prune(tmp_path, now=NOW)

    assert not left_behind.exists() and being_written.exists()


def test_mark_used_refreshes_an_entry_once_a_day(tmp_path: Path) -> None:
    old = _file(tmp_path, "jieba-aaaa.shards", 20)
    recent = _file(tmp_path, "jieba-bbbb.shards", 0.5)

    usercache.mark_used(old, now=NOW)
    usercache.mark_used(recent, now=NOW)

    assert old.stat().st_mtime == NOW
    assert recent.stat().st_mtime == NOW - 0.5 * DAY
    usercache.prune(tmp_path, now=NOW + 29.8 * DAY)
    assert old.exists() and not recent.exists()


def test_a_glossary_written_to_the_cache_prunes_stale_entries(monkeypatch: pytest.MonkeyPatch,
                                                             tmp_path: Path) -> None:
    from zhen_qa.glossary import cache

    monkeypatch.setenv("ZHENQA_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(usercache, "_PRUNED", set())
    stale = tmp_path / "glossary-oldkey-zh.pickle"
    stale.write_bytes(b"x")
    long_ago = time.time() - 90 * DAY
    os.utime(stale, (long_ago, long_ago))

    cache.save("newkey", "zh", {"a": 1})

    assert cache.load("newkey", "zh") == {"a": 1}
    assert not stale.exists()


def test_clear_removes_every_entry_and_nothing_else(tmp_path: Path) -> None:
    _file(tmp_path, "jieba-aaaa.shards", 1)
    _file(tmp_path, "glossary-k-zh.pickle", 1)
    keep = _file(tmp_path, "readme.md", 1)

    assert usercache.clear(tmp_path)[0] == 2
    assert [p.name for p in tmp_path.iterdir()] == [keep.name]


def test_entries_of_a_missing_folder_are_none(tmp_path: Path) -> None:
    assert usercache.entries(tmp_path / "absent") == []


def test_write_atomically_replaces_whole_or_leaves_the_old_entry(tmp_path: Path) -> None:
    """A writer that fails leaves the old entry and no temporary file; one that succeeds replaces it whole."""
    write_atomically = usercache.write_atomically
    path = tmp_path / "sub" / "lexicon-x.shards"
    write_atomically(path, lambda fh: fh.write(b"old"))
    assert path.read_bytes() == b"old"

    def broken(fh: object) -> None:
        fh.write(b"half")  # type: ignore[attr-defined]
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_atomically(path, broken)
    assert path.read_bytes() == b"old"
    assert sorted(p.name for p in path.parent.iterdir()) == ["lexicon-x.shards"]
    write_atomically(path, lambda fh: fh.write(b"new"))
    assert path.read_bytes() == b"new"

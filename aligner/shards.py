"""Large string-keyed tables kept in shards, unmarshalled only where a document looks.

A table is split by the first characters of its keys (two by default: `prefix`; a table's `width`) and the shards
are grouped by the first character (`_pack`). Reading the index costs milliseconds; a shard is read when a key with
its prefix is first asked for. A short manuscript asks for a few thousand of CC-CEDICT's
115,000 entries, or of jieba's 498,000 (their words and prefixes share the first two characters of
the text they are looked up for).
"""
from __future__ import annotations

import array
import bisect
import itertools
import marshal
import os
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from zhen_qa.manuscript.usercache import write_atomically

V = TypeVar("V")

def prefix(key: str) -> str:
    """The shard a key belongs to in a table of the default width: its first two characters (a one-character key is
    its own prefix)."""
    return key[:2]


FORMAT = 6
"""The layout version of `write_tables` files; a file of another version is refused (and rebuilt by its user)."""


def _pack(entries: Mapping[str, Any] | Iterable[tuple[str, Any]], width: int = 2
          ) -> tuple[int, dict[str, tuple[int, int]], tuple[int, int], bytes]:
    """(number of entries, {first character: (offset, length)} of the shard groups (`GroupIndex.of` keeps it), (offset,
    length) of the whole table, data).

    A shard holds the keys that share their first `width` characters (a shorter key: all of it). A group is the
    marshalled (seconds, ends, single, shards): `seconds` the rest of its longer prefixes after the first character,
    each padded with NULs to `width` - 1 characters, `ends` the end offsets in `shards` of their marshalled
    {key: value} (uint32), `single` the marshalled shard of the one-character key (or None); a group unmarshals into
    four objects, and a shard is found with `str.find`. The whole table follows in one marshalled dict (equal values
    stay one object), read at once. A mapping is copied at C speed (a dict of its items: 0.2 s for jieba's)."""
    table = dict(entries)
    groups: dict[str, dict[str, dict[str, Any]]] = {}
    for key, value in table.items():
        groups.setdefault(key[:1], {}).setdefault(key[:width], {})[key] = value
    offsets: dict[str, tuple[int, int]] = {}
    blobs: list[bytes] = []
    pos = 0
    for first, shards in groups.items():
        pairs = [(p[1:].ljust(width - 1, "\0"), marshal.dumps(shard)) for p, shard in shards.items() if len(p) > 1]
        single = shards.get(first)
        ends = array.array("I", itertools.accumulate(len(b) for _, b in pairs))
        blob = marshal.dumps(("".join(c for c, _ in pairs), ends.tobytes(),
                              marshal.dumps(single) if single is not None else None, b"".join(b for _, b in pairs)))
        offsets[first] = (pos, len(blob))
        blobs.append(blob)
        pos += len(blob)
    whole = marshal.dumps(table)
    blobs.append(whole)
    return len(table), offsets, (pos, len(whole)), b"".join(blobs)


def write_tables(path: Path, tables: Mapping[str, Mapping[str, Any] | Iterable[tuple[str, Any]]], meta: Any = None,
                 widths: Mapping[str, int] | None = None) -> None:
    """Write tables (mappings, or iterables of (key, value) pairs; values marshallable: str, int, tuples of them)
    to `path` atomically; `widths` gives a table's shard width (`_pack`) when not 2.

    Layout: an 8-byte length, the marshalled header (FORMAT, meta, {table: (entries, the shard groups'
    `GroupIndex.fields`, (offset, length) of the whole table, width)}), then the data of each table (`_pack`)."""
    header: dict[str, tuple[int, tuple[str, bytes, tuple[int, int] | None], tuple[int, int], int]] = {}
    blobs: list[bytes] = []
    pos = 0
    for name, entries in tables.items():
        width = (widths or {}).get(name, 2)
        size, offsets, (at, n), blob = _pack(entries, width)
        index = GroupIndex.of({first: (pos + o, k) for first, (o, k) in offsets.items()})
        header[name] = (size, index.fields(), (pos + at, n), width)
        blobs.append(blob)
        pos += len(blob)
    head = marshal.dumps((FORMAT, meta, header))

    def write(fh: BinaryIO) -> None:
        fh.write(len(head).to_bytes(8, "little"))
        fh.write(head)
        for blob in blobs:
            fh.write(blob)

    write_atomically(path, write)


def read_tables(path: Path) -> tuple[Any, dict[str, "ShardStore"]]:
    """(meta, {table: ShardStore}) of a file written by `write_tables`. The file stays open and its shards
    are read from it as they are asked for (a cold run reads only those). Raises OSError or ValueError when
    the file is missing or malformed."""
    fh = open(path, "rb")  # noqa: SIM115 - kept open for the stores' reads
    try:
        n = int.from_bytes(fh.read(8), "little")
        head = fh.read(n)
        if len(head) != n:
            raise ValueError(f"{path}: truncated")
        form, meta, header = marshal.loads(head)
        if form != FORMAT:
            raise ValueError(f"{path}: format {form}, not {FORMAT}")
        base = 8 + n
        end = max((base + at + n for _, _, (at, n), _ in header.values()), default=base)
        if end > os.fstat(fh.fileno()).st_size:
            raise ValueError(f"{path}: truncated")
    except BaseException:
        fh.close()
        raise
    _OPEN.append(fh)
    advise: Callable[[int, int], None] | None = None
    if hasattr(os, "pread"):  # no shared file position: safe in threads and forked workers
        fd = fh.fileno()

        def read(start: int, length: int) -> bytes:
            return os.pread(fd, length, base + start)

        if hasattr(os, "posix_fadvise"):
            def advise(start: int, length: int) -> None:
                if length:
                    os.posix_fadvise(fd, base + start, length, os.POSIX_FADV_WILLNEED)
                else:  # the reads to come are known: no read-ahead past them (8 MB on some disks)
                    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_RANDOM)
    else:  # pragma: no cover - Windows
        lock = threading.Lock()

        def read(start: int, length: int) -> bytes:
            with lock:
                fh.seek(base + start)
                return fh.read(length)

    return meta, {name: ShardStore(read, GroupIndex(*index), whole, size, width, advise)
                  for name, (size, index, whole, width) in header.items()}


class GroupIndex:
    """Where each shard group of a table is: {first character: (offset, length)} kept as the file keeps it, the first
    characters in order in one string and their offsets and lengths in one array, so that reading it makes three
    objects, not a dict entry, a tuple and two integers for each of jieba's 11,800 groups and CC-CEDICT's 20,600
    (reading the headers of the two files took 74 million instructions alone, 38 million in the seed's check with its
    collector settings, 2.6 % of it; now 2.6 million). A character is found by bisection."""

    def __init__(self, firsts: str, spans: bytes, empty: tuple[int, int] | None = None) -> None:
        self.firsts = firsts
        """The groups' first characters, in code point order."""
        self.spans = array.array("q", spans)
        """Offset and length of the group of firsts[i] at 2 * i and 2 * i + 1."""
        self.empty = empty
        """(offset, length) of the group of the empty key (a group whose name is no character), if there is one."""

    @classmethod
    def of(cls, offsets: Mapping[str, tuple[int, int]]) -> "GroupIndex":
        """The index of {first character: (offset, length)}."""
        firsts = sorted(f for f in offsets if f)
        spans = array.array("q", [x for f in firsts for x in offsets[f]])
        return cls("".join(firsts), spans.tobytes(), offsets.get(""))

    def fields(self) -> tuple[str, bytes, tuple[int, int] | None]:
        """What `GroupIndex(*fields)` is made from (marshallable)."""
        return self.firsts, self.spans.tobytes(), self.empty

    def get(self, first: str) -> tuple[int, int] | None:
        """(offset, length) of the group of `first` (a key's first character, or "" for the empty key), else None."""
        if not first:
            return self.empty
        i = bisect.bisect_left(self.firsts, first)
        if i < len(self.firsts) and self.firsts[i] == first:
            return self.spans[2 * i], self.spans[2 * i + 1]
        return None


NEAR = 4096
"""Shard groups this close in a file are asked of the OS as one range (`ShardStore.will_need`): the OS reads whole
pages."""

_OPEN: list[Any] = []
"""The files stores read from, open for the life of the process."""


class ShardStore:
    """The shards of one table, unmarshalled on first use and kept (shared by every view of the table)."""

    def __init__(self, read: Callable[[int, int], bytes], offsets: GroupIndex,
                 whole: tuple[int, int], size: int, width: int = 2,
                 advise: Callable[[int, int], None] | None = None) -> None:
        self._read = read
        """read(offset, length): bytes of the table's data."""
        self._advise = advise
        """advise(offset, length): tell the OS those bytes will be read soon; advise(0, 0): that the file is read
        where told, not in sequence (None: a store in memory)."""
        self._offsets = offsets
        self._whole = whole
        self.size = size
        """Number of entries of the whole table."""
        self.width = width
        """Characters of a key that name its shard (`_pack`)."""
        self._groups: dict[str, tuple[str, array.array[int], bytes | None, bytes] | None] = {}
        self._shards: dict[str, dict[str, Any] | None] = {}
        self._random = False

    @classmethod
    def of(cls, entries: Mapping[str, Any] | Iterable[tuple[str, Any]], width: int = 2) -> "ShardStore":
        """A store held in memory (when the user cache cannot be written)."""
        size, offsets, whole, data = _pack(entries, width)
        return cls(lambda start, length: data[start:start + length], GroupIndex.of(offsets), whole, size, width)

    def will_need(self, firsts: Iterable[str]) -> None:
        """Tell the OS that the shard groups of these first characters will be read soon, so that it starts reading
        them from disk while the program does other work (a cold start: the file is not in the page cache), and
        that the file is not read in sequence: the OS's read-ahead would bring in the rest of it (on this disk in
        8 MB windows: all of jieba's 20.6 MB for the 4 MB a short text reads). The groups are asked for in file
        order, neighbours within `NEAR` bytes as one range; nothing is read here."""
        if self._advise is None:
            return
        if not self._random:
            self._advise(0, 0)
            self._random = True
        found = (self._offsets.get(c) for c in set(firsts) if c not in self._groups)
        spans = sorted(at for at in found if at is not None)
        start = end = -1
        for at, length in spans:
            if at - end > NEAR:
                if end > start:
                    self._advise(start, end - start)
                start = at
            end = max(end, at + length)
        if end > start:
            self._advise(start, end - start)

    def _group(self, first: str) -> tuple[str, array.array[int], bytes | None, bytes] | None:
        if first in self._groups:
            return self._groups[first]
        at = self._offsets.get(first)
        group = None
        if at is not None:
            seconds, ends, single, data = marshal.loads(self._read(at[0], at[1]))
            group = (seconds, array.array("I", ends), single, data)
        self._groups[first] = group
        return group

    def shard(self, key_prefix: str) -> dict[str, Any] | None:
        """The entries of the shard `key_prefix` (a key's first `width` characters, or the whole of a shorter key),
        or None when there are none. Shared: don't mutate."""
        if key_prefix in self._shards:
            return self._shards[key_prefix]
        group = self._group(key_prefix[:1])
        shard = None
        if group is not None:
            seconds, ends, single, data = group
            if len(key_prefix) == 1:
                if single is not None:
                    shard = marshal.loads(single)
            else:
                step = self.width - 1
                rest = key_prefix[1:].ljust(step, "\0")
                i = seconds.find(rest)
                while i > 0 and i % step:  # found across two entries: look on
                    i = seconds.find(rest, i + 1)
                if i >= 0:
                    i //= step
                    shard = marshal.loads(data[ends[i - 1] if i else 0:ends[i]])
        self._shards[key_prefix] = shard
        return shard

    def whole(self) -> dict[str, Any]:
        """Every entry, in a new dict the caller owns. The shards read so far are dropped: a caller that wants
        the whole table has no more use for them."""
        whole: dict[str, Any] = marshal.loads(self._read(*self._whole))
        self._shards.clear()
        self._groups.clear()
        return whole


FULL_AFTER = 4096
"""Shards read one by one before a table reads all the others at once (a long document meets most of them)."""


class ShardedTable(Mapping[str, V]):
    """A read-only mapping over a ShardStore, with `extra` entries that replace the stored ones.

    Lookups go through `get`; once most of the table is needed (FULL_AFTER shards read), everything is
    read and `get` becomes the plain dict's own method.
    """

    def __init__(self, store: ShardStore, extra: Mapping[str, V] | None = None) -> None:
        self._store = store
        self._width = store.width
        self._extra: dict[str, V] = dict(extra or {})
        self._data: dict[str, V] = dict(self._extra)
        self._read: set[str] = set()
        self._full = False

    def with_entries(self, extra: Mapping[str, V]) -> "ShardedTable[V]":
        """A view of the same store with `extra` added (replacing stored entries of the same keys)."""
        return ShardedTable(self._store, {**self._extra, **extra})

    def get(self, key: str, default: Any = None) -> Any:
        """The value of `key` (reading its shard on first use), else `default`."""
        value = self._data.get(key)
        if value is None:
            p = key[:self._width]
            if p in self._read:
                return default
            self._read_shard(p)
            value = self._data.get(key)
            if value is None:
                return default
        return value

    def _read_shard(self, key_prefix: str) -> None:
        if len(self._read) >= FULL_AFTER:
            self.read_all()
            return
        shard = self._store.shard(key_prefix)
        if shard:
            self._merge(shard)
        self._read.add(key_prefix)  # after the merge: another thread that sees it finds the entries

    def _merge(self, shard: dict[str, V]) -> None:
        extra = self._extra
        common = shard.keys() & extra.keys() if extra else None
        if common:
            shard = {**shard, **{key: extra[key] for key in common}}  # one update: no reader sees a stored value
        self._data.update(shard)

    def read_all(self) -> None:
        """Read every entry now, in one piece (for a caller that knows it will meet most of the table: a long
        document). The shards read so far are dropped; `get` becomes the plain dict's own method."""
        if self._full:
            return
        data = self._store.whole()
        data.update(self._extra)
        self._data = data
        self._full = True
        self.get = data.get  # type: ignore[method-assign,assignment]  # every key is there now: the dict's own lookup

    def __getitem__(self, key: str) -> V:
        value = self.get(key) if isinstance(key, str) else None
        if value is None:
            raise KeyError(key)
        return value  # type: ignore[no-any-return]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __iter__(self) -> Iterator[str]:
        self.read_all()
        return iter(self._data)

    def __len__(self) -> int:
        self.read_all()
        return len(self._data)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as the plain dict of every entry."""
        self.read_all()
        return (dict, (self._data,))

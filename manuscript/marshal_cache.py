"""One file of the user cache holding marshalled entries: read once by a run, written back at exit if it added some.

`codecache` (dataclasses' compiled methods) and `re_cache` (compiled regular expressions) keep their entries so:
the command line reads the file when it installs them, each new entry marks the cache changed, and `save` rewrites
the file atomically, keeping only the entries this run used once there are more than `keep`.

The file is a marshalled {key: marshalled value}: reading it copies each value's bytes, and a value is unmarshalled
when a run first asks for it. The file holds what every run on this machine compiled (the seed's check uses 198 of
the 823 patterns of this machine's file; unmarshalling all of them cost 5.4 ms, 2 % of the check), so a run pays for
its own entries, not for the others'.
"""
from __future__ import annotations

import contextlib
import marshal
import threading
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any, Generic, TypeVar

from zhen_qa.manuscript import usercache

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


LAYOUT = 2
"""The layout of the files (2: each value marshalled on its own); part of their names, so that a file of another
layout is not read."""


class MarshalCache(Generic[K, V]):
    """Entries of one cache file (`load`), those asked for or added by this run (`used`), and whether any was added."""

    def __init__(self, keep: int, accepts: Callable[[Any], bool] = lambda value: True) -> None:
        self.keep = keep
        """Entries kept in the file; past them a rewrite keeps only those the writing run used."""
        self._accepts = accepts
        """Whether a value read from the file has the entries' shape (else it counts as missing)."""
        self.stored: dict[K, bytes] = {}
        """The file's entries and those added by this run, each value marshalled (what `save` writes)."""
        self.entries: dict[K, V] = {}
        """The entries asked for (unmarshalled from `stored`) or added by this run."""
        self.used: set[K] = set()
        self.new = False
        self.path: Path | None = None
        """The file `load` read (written back there)."""
        self._lock = threading.Lock()

    def load(self, path: Path) -> None:
        """Add the entries of the file at `path`, still marshalled (none when it is missing or damaged)."""
        self.path = path
        try:
            with open(path, "rb") as fh:
                found = marshal.loads(fh.read())
        except (OSError, EOFError, ValueError, TypeError):
            return
        if not isinstance(found, dict):
            return
        usercache.mark_used(path)
        self.stored.update(found)

    def get(self, key: K) -> V | None:
        """The entry of `key` (marked used), or None (also when its stored value is damaged or of another shape)."""
        value = self.entries.get(key)
        if value is None:
            raw = self.stored.get(key)
            if raw is None:
                return None
            try:
                value = marshal.loads(raw)
            except (EOFError, ValueError, TypeError):
                return None
            if value is None or not self._accepts(value):
                return None
            self.entries[key] = value
        self.used.add(key)
        return value

    def put(self, key: K, value: V) -> None:
        """Add an entry made by this run (the file is rewritten at `save`)."""
        marshallable: Any = value  # code objects, tuples of lists and ints
        raw = marshal.dumps(marshallable)
        with self._lock:
            self.entries[key] = value
            self.stored[key] = raw
            self.new = True
        self.used.add(key)

    def save(self, path: Path) -> None:
        """Write the file when this run added entries (atomically; a file that cannot be written is left alone: the
        next run makes them again)."""
        if not self.new:
            return
        with self._lock:
            stored = self.stored
            keep = dict(stored) if len(stored) <= self.keep else {k: v for k, v in stored.items() if k in self.used}
            self.new = False
        with contextlib.suppress(OSError, ValueError):
            usercache.write_atomically(path, lambda fh: fh.write(marshal.dumps(keep)))
            usercache.after_write(path.parent)

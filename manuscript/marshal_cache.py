"""One file of the user cache holding marshalled entries: read once by a run, written back at exit if it added some.

`codecache` (dataclasses' compiled methods) and `re_cache` (compiled regular expressions) keep their entries so:
the command line reads the file when it installs them, each new entry marks the cache changed, and `save` rewrites
the file atomically, keeping only the entries this run used once there are more than `keep`.
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


class MarshalCache(Generic[K, V]):
    """Entries of one cache file (`load`), those asked for or added by this run (`used`), and whether any was added."""

    def __init__(self, keep: int, accepts: Callable[[dict[Any, Any]], bool] = lambda found: True) -> None:
        self.keep = keep
        """Entries kept in the file; past them a rewrite keeps only those the writing run used."""
        self._accepts = accepts
        """Whether what a file holds has the entries' shape (else the file is ignored)."""
        self.entries: dict[K, V] = {}
        self.used: set[K] = set()
        self.new = False
        self.path: Path | None = None
        """The file `load` read (written back there)."""
        self._lock = threading.Lock()

    def load(self, path: Path) -> None:
        """Add the entries of the file at `path` (none when it is missing, damaged or of another shape)."""
        self.path = path
        try:
            with open(path, "rb") as fh:
                found = marshal.loads(fh.read())
        except (OSError, EOFError, ValueError, TypeError):
            return
        if not isinstance(found, dict) or not self._accepts(found):
            return
        usercache.mark_used(path)
        self.entries.update(found)

    def get(self, key: K) -> V | None:
        """The entry of `key` (marked used), or None."""
        value = self.entries.get(key)
        if value is not None:
            self.used.add(key)
        return value

    def put(self, key: K, value: V) -> None:
        """Add an entry made by this run (the file is rewritten at `save`)."""
        with self._lock:
            self.entries[key] = value
            self.new = True
        self.used.add(key)

    def save(self, path: Path) -> None:
        """Write the file when this run added entries (atomically; a file that cannot be written is left alone: the
        next run makes them again)."""
        if not self.new:
            return
        with self._lock:
            entries = self.entries
            keep = dict(entries) if len(entries) <= self.keep else {k: v for k, v in entries.items() if k in self.used}
            self.new = False
        with contextlib.suppress(OSError, ValueError):
            usercache.write_atomically(path, lambda fh: fh.write(marshal.dumps(keep)))
            usercache.after_write(path.parent)

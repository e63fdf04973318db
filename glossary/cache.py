"""The user cache of validated glossaries and their matchers, keyed by the files' bytes and this package's code.

Reading and validating a 50,000-concept CSV, and building its matchers, costs about a second each run;
unpickling the result costs a fraction. Only glossaries that validated are stored, so a hit skips nothing
a user could see. The key hashes the file names and bytes with the glossary package's source files (their sizes
and modification times, as Python's bytecode cache tells them apart), so an edited file or a changed reader or
matcher is never served from an old entry. ZHENQA_CACHE_DIR overrides
the folder (as for the lexicon).
"""
from __future__ import annotations

import logging
import os
import pickle
from collections.abc import Sequence
from pathlib import Path

from zhen_qa.manuscript import usercache
from zhen_qa.manuscript.digest import sha256

log = logging.getLogger(__name__)

CACHE_VERSION = "1"
"""Raised when the layout of the cached objects changes in a way the source hash would not catch."""

_HERE = Path(__file__).resolve().parent


def _code_digest() -> bytes:
    """Hash of the glossary package's source files (readers, model, matchers) as Python's import system tells them
    apart: each file's name, size and modification time, which decide whether its compiled bytecode is stale. A
    source Python would not recompile is code Python would not reload either; hashing the bytes of the 170 kB was
    0.6 % of the seed's check."""
    h = sha256(CACHE_VERSION.encode())
    for p in sorted([*_HERE.glob("*.py"), *_HERE.glob("formats/*.py")]):
        st = p.stat()
        h.update(f"{p.relative_to(_HERE)}\0{st.st_size}\0{st.st_mtime_ns}\0".encode("utf-8", "surrogateescape"))
    return h.digest()


def key_of(files: Sequence[str], limit: int, settings: str = "") -> str | None:
    """The cache key of a glossary read from `files` (names as given, and bytes) with reading `settings`
    (such as --columns); None when a file is missing, unusual or over `limit` bytes (then the reader
    reports it, uncached)."""
    h = sha256(_code_digest())
    h.update(settings.encode("utf-8", "surrogateescape") + b"\0")
    for name in files:
        try:
            if not os.path.isfile(name) or os.path.getsize(name) > limit:
                return None
            with open(name, "rb") as fh:
                data = fh.read()
        except OSError:
            return None
        h.update(name.encode("utf-8", "surrogateescape") + b"\0" + sha256(data).digest())
    return h.hexdigest()[:32]


def load(key: str, what: str) -> object | None:
    """The cached object `what` of glossary `key`, or None."""
    path = usercache.cache_dir() / f"glossary-{key}-{what}.pickle"
    try:
        with open(path, "rb") as fh:
            obj: object = pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return None
    usercache.mark_used(path)
    return obj


def save(key: str, what: str, obj: object) -> None:
    """Store `obj` atomically; a cache that cannot be written is only logged."""
    folder = usercache.cache_dir()
    try:
        usercache.write_atomically(folder / f"glossary-{key}-{what}.pickle",
                                   lambda fh: pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL))
    except (OSError, pickle.PicklingError, TypeError) as exc:
        log.warning("cannot cache the glossary in %s: %s", folder, exc)
        return
    usercache.after_write(folder)

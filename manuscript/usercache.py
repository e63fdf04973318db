"""The user cache folder of zhen-qa, and its upkeep.

Five kinds of entry live there: the CC-CEDICT lexicon in shards (`lexicon-*`), jieba's dictionary in shards
(`jieba-*`: one per jieba install, so every virtual environment writes its own, ~20 MB each), validated
glossaries with their matchers (`glossary-*`: one set per version of each glossary file checked), the compiled
methods of dataclasses (`code-*`: one per Python build, `codecache`, about 0.3 MB) and the code of compiled regular
expressions (`regex-*`: one per Python build, `re_cache`). Nothing else
removed them, and a busy machine gathered thousands of glossary entries and dozens of stale dictionaries.

Upkeep is cheap and happens only when something is written: an entry read by a run is marked used (its
modification time, refreshed at most once a day, so it works where access times are off), and every write
prunes entries no run has used for `MAX_AGE_DAYS`, glossary sets beyond the `KEEP_GLOSSARIES` most recently
used, and temporary files a killed writer left. Files of other programs in the folder are never touched.
`ZHENQA_CACHE_DIR` overrides the folder.
"""
from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

KINDS = ("lexicon", "jieba", "glossary", "code", "regex")
"""Entry kinds, named by their file-name prefix (`KIND-...`)."""

MAX_AGE_DAYS = 30
"""An entry no run has used for this long is pruned."""

KEEP_GLOSSARIES = 64
"""Most recently used glossary versions kept (each is a few files named `glossary-KEY-PART.pickle`)."""

_DAY = 86_400.0
_TMP_SUFFIX = ".tmp"


def cache_dir() -> Path:
    """The user cache folder of zhen-qa (`ZHENQA_CACHE_DIR`, else the platform's user cache folder)."""
    explicit = os.environ.get("ZHENQA_CACHE_DIR")
    if explicit:
        return Path(explicit)
    import platformdirs

    return Path(platformdirs.user_cache_dir("zhen-qa"))


@dataclass(frozen=True)
class Entry:
    """One cache file: its kind (`KINDS`, or "temporary"), the key it belongs to, size and last use."""

    path: Path
    kind: str
    key: str
    size: int
    used: float


def _kind_and_key(name: str) -> tuple[str, str] | None:
    if name.endswith(_TMP_SUFFIX):
        return "temporary", name
    kind, sep, rest = name.partition("-")
    if not sep or kind not in KINDS:
        return None
    # glossary-KEY-PART.pickle: the parts of one glossary share KEY; the others are KIND-KEY.EXT
    return kind, rest.split("-", 1)[0].split(".", 1)[0]


def entries(folder: Path | None = None) -> list[Entry]:
    """The zhen-qa files in the cache folder (none when it does not exist)."""
    found: list[Entry] = []
    try:
        scan = os.scandir(folder or cache_dir())
    except OSError:
        return found
    with scan:
        for item in scan:
            kk = _kind_and_key(item.name)
            if kk is None:
                continue
            with contextlib.suppress(OSError):
                if item.is_file(follow_symlinks=False):
                    st = item.stat(follow_symlinks=False)
                    found.append(Entry(Path(item.path), kk[0], kk[1], st.st_size, st.st_mtime))
    return found


def mark_used(path: Path, now: float | None = None) -> None:
    """Record that a run read `path` (refreshes its modification time when it is more than a day old)."""
    now = time.time() if now is None else now
    with contextlib.suppress(OSError):
        if os.stat(path).st_mtime < now - _DAY:
            os.utime(path, (now, now))


def stale(found: list[Entry], now: float) -> list[Entry]:
    """The entries `prune` removes: unused for `MAX_AGE_DAYS`, glossary sets past `KEEP_GLOSSARIES`,
    temporary files older than a day."""
    old = now - MAX_AGE_DAYS * _DAY
    drop = [e for e in found if (e.kind == "temporary" and e.used < now - _DAY)
            or (e.kind in KINDS and e.used < old)]
    last_use: dict[str, float] = {}
    for e in found:
        if e.kind == "glossary" and e.used >= old:
            last_use[e.key] = max(last_use.get(e.key, 0.0), e.used)
    recent = sorted(last_use, key=lambda k: (-last_use[k], k))
    surplus = set(recent[KEEP_GLOSSARIES:])
    drop += [e for e in found if e.kind == "glossary" and e.key in surplus and e.used >= old]
    return drop


def remove(chosen: list[Entry]) -> tuple[int, int]:
    """Delete the entries' files; (files, bytes) removed. A file another process removed or holds is skipped."""
    files = size = 0
    for e in chosen:
        try:
            e.path.unlink()
        except OSError:
            continue
        files += 1
        size += e.size
    return files, size


def prune(folder: Path | None = None, now: float | None = None) -> tuple[int, int]:
    """Remove stale entries (`stale`) from the cache folder; (files, bytes) removed."""
    return remove(stale(entries(folder), time.time() if now is None else now))


def write_atomically(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Create `path` (and its folder) with what `write` writes to the open file: into a temporary file of the same
    folder (a `.tmp` one, which `prune` removes if a killed writer leaves it), then renamed over `path`, so a reader
    sees the old entry or the whole new one. Errors propagate; the temporary file is removed."""
    import tempfile  # only writers pay for it (most runs read the cache and never write)

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=_TMP_SUFFIX)
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


_PRUNED: set[Path] = set()


def after_write(folder: Path) -> None:
    """Prune `folder` once per process, after a run wrote an entry there (writes are rare: a new glossary
    version, a new jieba install, a new lexicon)."""
    if folder not in _PRUNED:
        _PRUNED.add(folder)
        prune(folder)


def clear(folder: Path | None = None) -> tuple[int, int]:
    """Remove every zhen-qa entry from the cache folder (the next run rebuilds what it needs)."""
    return remove(entries(folder))

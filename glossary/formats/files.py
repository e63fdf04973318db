"""Bytes in and out of glossary files: reads bounded by a size limit, writes that replace the file atomically."""
from __future__ import annotations

import errno
import os
import stat
import tempfile

from aligner.source import InputError


def _mib(n: int) -> str:
    return f"{n // (1024 * 1024)} MiB"


def read_bounded(path: str, limit: int, advice: str = "split the glossary") -> bytes:
    """The bytes of `path`, reading at most `limit` + 1 (devices such as /dev/zero report size 0 and never end).

    InputError names the file and the limit when the file is larger, and says why when it cannot be read;
    FIFOs and sockets are refused before opening (opening a FIFO waits for a writer).
    """
    name = str(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(f"{name}: is a folder, not a glossary file")
    if stat.S_ISFIFO(st.st_mode) or stat.S_ISSOCK(st.st_mode):
        raise InputError(f"{name}: not a regular file (a pipe or socket); give a glossary file")
    if st.st_size > limit:
        raise InputError(f"{name}: {st.st_size / 2**20:.1f} MiB is more than the limit of {_mib(limit)}; {advice}")
    try:
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise InputError(f"{name}: more than the limit of {_mib(limit)}; {advice}")
    return data


def write_atomic(path: str, data: bytes) -> None:
    """Replace `path` with `data` via a temporary file in the same folder and a rename (OSError names `path`).

    An interrupted write leaves the old file intact; a new file gets the permissions a plain open() would give.
    """
    name = str(path)
    if os.path.isdir(name):
        raise IsADirectoryError(errno.EISDIR, "is a folder; give a file name", name)
    folder = os.path.dirname(os.path.abspath(name))
    try:
        fd, tmp = tempfile.mkstemp(prefix=".zhen-qa-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise type(exc)(exc.errno, exc.strerror, name) from None
    try:
        os.fchmod(fd, _mode_for(name))
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, name)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _mode_for(path: str) -> int:
    """The existing file's permissions, or 0o666 less the umask."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask

"""Bytes in and out of glossary files: reads bounded by a size limit, writes that replace the file atomically."""
from __future__ import annotations

import os
import stat

from zhen_qa.manuscript.errors import InputError


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

"""Write output files atomically: a temporary file in the same folder, then a rename."""
from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterable

from zhen_qa.manuscript.errors import InputError


def write_atomic(path: str, data: bytes) -> None:
    """Replace `path` with `data` so that an interrupted run leaves the old file intact.

    A symbolic link keeps pointing where it did (the file it names is replaced), and a device, pipe or socket
    (`/dev/stdout`, `/dev/null`, a FIFO) is written to, never replaced by a regular file.
    """
    if os.path.isdir(path):
        raise InputError(f"{path}: is a folder; give a file name for the output")
    try:
        regular = stat.S_ISREG(os.stat(path).st_mode)  # through links, /dev/stdout's to a pipe included
    except OSError:
        regular = True  # nothing there yet: a new file
    if not regular:
        _write_stream(path, data)
        return
    real = os.path.realpath(path)
    folder = os.path.dirname(real)
    if not os.path.isdir(folder):
        raise InputError(f"{path}: the folder {folder} does not exist; create it or write elsewhere")
    try:
        fd, tmp = tempfile.mkstemp(prefix=".zhen-qa-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise InputError(f"{path}: cannot write here ({exc.strerror or exc})") from None
    try:
        os.fchmod(fd, _mode_for(path))
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, real)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise InputError(f"{path}: cannot write ({exc.strerror or exc})") from None
        raise


def _write_stream(path: str, data: bytes) -> None:
    """Write `data` to a device, pipe or socket in place."""
    try:
        with open(path, "wb") as fh:
            fh.write(data)
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror or exc})") from None


def _mode_for(path: str) -> int:
    """The existing file's permissions, or what a plain open() would give (0o666 less the umask)."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def refuse_inputs(path: str | None, inputs: Iterable[str]) -> None:
    """Raise InputError when the output `path` is one of the run's `inputs` (the same file, by any name): writing
    the report there would replace the manuscript or glossary it was made from."""
    if path is None or path == "-":
        return
    for source in inputs:
        try:
            same = os.path.samefile(path, source)
        except OSError:  # either does not exist (yet): not the same file
            continue
        if same:
            alias = "" if os.path.abspath(path) == os.path.abspath(source) else f" ({source})"
            raise InputError(f"{path}: is an input of this run{alias}; inputs are never written, give the output "
                             "another name")

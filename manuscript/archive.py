"""Zip archives (.docx manuscripts, .xlsx glossaries): one check, one set of limits, one way to word a refusal."""
from __future__ import annotations

import os
import stat
import zipfile
import zlib
from dataclasses import dataclass

from zhen_qa.manuscript.errors import InputError

MAX_ARCHIVE_MEMBERS = 2_000
"""Most members a .docx/.xlsx archive may have."""
MAX_ARCHIVE_BYTES = 200 * 1024 * 1024
"""Largest total uncompressed size of a .docx/.xlsx archive (zip bombs are refused before inflating)."""
INFLATE_CHUNK = 1 << 16
"""Bytes inflated at a time when members are verified against their declared sizes."""


@dataclass(frozen=True)
class ArchiveKind:
    """What an archive is expected to be, for the limits and the messages."""

    what: str
    """How the user names it: "a .docx file", "an .xlsx workbook"."""
    resave: str
    """What to do with a corrupt one."""
    part: str = ""
    """A member name prefix the archive must have ("xl/"); "" for none."""
    max_bytes: int | None = None
    """Largest file accepted, compressed (None: no limit beyond the uncompressed one)."""
    too_big: str = "split it"
    """What to do with a file over `max_bytes`."""
    impostors: tuple[tuple[bytes, str], ...] = ()
    """(magic bytes, what the file is and what to do) for files of another format given in its place."""


DOCX = ArchiveKind("a .docx file", "re-save it from your editor",
                   impostors=((b"%PDF-", "is a PDF, not a .docx; extract its text to a .txt or .md file first"),
                              (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",  # OLE: .doc, or .docx encrypted with a password
                               "is a Word 97-2003 document (.doc) or a password-protected .docx; save it as .docx "
                               "without a password")))
XLSX = ArchiveKind("an .xlsx workbook", "re-save it from the spreadsheet", part="xl/", max_bytes=64 * 1024 * 1024,
                   too_big="split the glossary",
                   impostors=((b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",  # OLE: .xls, or .xlsx encrypted with a password
                               "an old .xls workbook or a password-protected .xlsx; "
                               "save it as .xlsx without a password"),))


def refusal(path: str, problem: str) -> InputError:
    """The one message of a refused archive: "PATH: problem"."""
    return InputError(f"{path}: {problem}")


def _starts_with(path: str, magic: bytes) -> bool:
    """True if the file begins with `magic` (False when it cannot be read)."""
    try:
        with open(path, "rb") as fh:
            return fh.read(len(magic)) == magic
    except OSError:
        return False


def check_archive(path: str, kind: ArchiveKind = DOCX) -> None:
    """InputError unless `path` is a readable zip archive of `kind` within the member and size limits."""
    name = str(path)
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):  # zipfile reads a device such as /dev/zero without end
            raise refusal(name, f"not a regular file (a folder, device or pipe); give {kind.what}")
        if kind.max_bytes is not None and st.st_size > kind.max_bytes:
            raise refusal(name, f"{st.st_size / 2**20:.1f} MiB is more than the limit of "
                                f"{kind.max_bytes // 2**20} MiB; {kind.too_big}")
        with zipfile.ZipFile(path) as zf:
            _check_members(zf, name, kind)
    except zipfile.BadZipFile:
        for magic, what in kind.impostors:
            if _starts_with(path, magic):
                raise refusal(name, what) from None
        raise refusal(name, f"corrupt zip archive or not one (expected {kind.what}); {kind.resave}") from None
    except OSError as exc:
        raise refusal(name, f"cannot read: {exc.strerror or exc}") from None


def _check_members(zf: zipfile.ZipFile, name: str, kind: ArchiveKind) -> None:
    """Refuse the open archive `zf` past the member and size limits, without `kind`'s part, or with a member that
    does not inflate to its declared size."""
    infos = zf.infolist()
    if len(infos) > MAX_ARCHIVE_MEMBERS:
        raise refusal(name, f"archive has {len(infos)} members, more than the limit of {MAX_ARCHIVE_MEMBERS}")
    total = sum(i.file_size for i in infos)
    if total > MAX_ARCHIVE_BYTES:
        raise refusal(name, f"archive expands to {total // 2**20} MiB, more than the limit of "
                            f"{MAX_ARCHIVE_BYTES // 2**20} MiB")
    if kind.part and not any(i.filename.startswith(kind.part) for i in infos):
        raise refusal(name, f"zip archive is not {kind.what} (no {kind.part} part)")
    _check_inflation(zf, name, kind)


def _check_inflation(zf: zipfile.ZipFile, name: str, kind: ArchiveKind) -> None:
    """Refuse an archive with a member that does not inflate to the size its headers declare (a zip bomb whose
    headers understate it, or a damaged member), inflating no member past its declared size.

    The limits above trust the declared sizes, and readers inflate a member whole before anything looks at its
    size (python-docx's `ZipFile.read` inflates the lot in one call). Read here in bounded chunks, zipfile stops a
    member at its declared size and then checks its CRC, so a lie costs at most the declared size. Encrypted
    members and unknown compression methods are left to the reader, which words its own refusal.
    """
    current = "a member"
    try:
        for info in zf.infolist():
            if info.is_dir():
                continue
            current = info.filename
            with zf.open(info) as member:
                while member.read(INFLATE_CHUNK):
                    pass
    except (zipfile.BadZipFile, zlib.error, EOFError):
        raise refusal(name, f"corrupt zip archive: {current} does not inflate to its declared size; "
                            f"{kind.resave}") from None
    except (RuntimeError, NotImplementedError):
        return
    except OSError as exc:
        raise refusal(name, f"cannot read: {exc.strerror or exc}") from None

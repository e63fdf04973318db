"""One archive check for .docx manuscripts and .xlsx glossaries: the same limits, the same messages."""
from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest

from zhen_qa.manuscript import archive
from zhen_qa.manuscript.archive import DOCX, XLSX, check_archive
from zhen_qa.manuscript.errors import InputError


@pytest.mark.parametrize("kind, suffix, part", [(DOCX, ".docx", "word/"), (XLSX, ".xlsx", "xl/")])
def test_both_kinds_share_the_limits_and_the_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     kind: archive.ArchiveKind, suffix: str, part: str) -> None:
    path = tmp_path / f"many{suffix}"
    with zipfile.ZipFile(path, "w") as zf:
        for i in range(12):
            zf.writestr(f"{part}p{i}.xml", "x")
    check_archive(str(path), kind)
    monkeypatch.setattr(archive, "MAX_ARCHIVE_MEMBERS", 10)
    with pytest.raises(InputError) as err:
        check_archive(str(path), kind)
    assert str(err.value) == f"{path}: archive has 12 members, more than the limit of 10"
    monkeypatch.setattr(archive, "MAX_ARCHIVE_MEMBERS", 100)
    monkeypatch.setattr(archive, "MAX_ARCHIVE_BYTES", 2**20)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(f"{part}big.xml", b"\0" * 2**21)
    with pytest.raises(InputError) as err:
        check_archive(str(path), kind)
    assert str(err.value) == f"{path}: archive expands to 2 MiB, more than the limit of 1 MiB"


def test_impostors_are_named(tmp_path: Path) -> None:
    pdf = tmp_path / "paper.docx"
    pdf.write_bytes(b"%PDF-1.7\n")
    with pytest.raises(InputError, match="is a PDF, not a .docx"):
        check_archive(str(pdf), DOCX)
    with pytest.raises(InputError, match=r"corrupt zip archive or not one \(expected an \.xlsx workbook\)"):
        check_archive(str(pdf), XLSX)


def _understated(path: Path, declared: int) -> Path:
    """A zip whose one member inflates to 1 MiB while both its headers declare `declared` bytes."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", b"<" * 2**20)
    data = bytearray(path.read_bytes())
    for signature, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        pos = data.find(signature)
        data[pos + size_at:pos + size_at + 4] = declared.to_bytes(4, "little")
    path.write_bytes(bytes(data))
    return path


def test_member_that_inflates_past_its_declared_size_is_refused_after_inflating_only_that(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _understated(tmp_path / "liar.docx", 1000)
    inflated: list[int] = []
    real = zipfile._get_decompressor  # type: ignore[attr-defined]

    class Counting:
        """The member's decompressor, recording how many bytes each call inflates."""

        def __init__(self, inner: Any) -> None:
            self.inner = inner

        def decompress(self, data: bytes, max_length: int = 0) -> bytes:
            out: bytes = self.inner.decompress(data, max_length)
            inflated.append(len(out))
            return out

        def __getattr__(self, name: str) -> Any:
            return getattr(self.inner, name)

    monkeypatch.setattr(zipfile, "_get_decompressor", lambda kind: Counting(real(kind)))
    with pytest.raises(InputError) as err:
        check_archive(str(path), DOCX)
    assert str(err.value) == (f"{path}: corrupt zip archive: word/document.xml does not inflate to its declared "
                              "size; re-save it from your editor")
    assert inflated and max(inflated) <= archive.INFLATE_CHUNK  # bounded steps
    assert sum(inflated) < 2 * archive.INFLATE_CHUNK  # not the 1 MiB the member holds


def test_members_that_inflate_to_their_declared_sizes_pass(tmp_path: Path) -> None:
    path = tmp_path / "fine.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/", b"")
        zf.writestr("word/document.xml", b"<" * 2**20)
        zf.writestr("word/styles.xml", b"")
    check_archive(str(path), DOCX)

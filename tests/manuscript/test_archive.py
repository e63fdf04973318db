"""One archive check for .docx manuscripts and .xlsx glossaries: the same limits, the same messages."""
from __future__ import annotations

import zipfile
from pathlib import Path

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

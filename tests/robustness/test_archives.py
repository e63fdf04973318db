"""DOCX manuscripts and XLSX glossaries are zip files: bombs and corrupt archives are refused with exit 2."""
from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
import xlsxwriter

from tests.measure import measured
from tests.robustness.conftest import assert_clean_error, run_cli
from zhen_qa.manuscript.archive import MAX_ARCHIVE_BYTES, MAX_ARCHIVE_MEMBERS

ZH = "间充质干细胞分泌组含有生长因子、细胞因子和细胞外囊泡等多种活性成分。"
EN = "The mesenchymal stem cell secretome contains growth factors, cytokines and extracellular vesicles."


def _docx(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph(ZH)
    document.add_paragraph(EN)
    document.save(str(path))
    return path


def _xlsx(path: Path) -> Path:
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet()
    ws.write_row(0, 0, ["id", "zh", "en"])
    ws.write_row(1, 0, ["secretome", "分泌组", "secretome"])
    wb.close()
    return path


def _many_members(path: Path, count: int, first: str) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(first, "<x/>")
        for i in range(count - 1):
            zf.writestr(f"{first.split('/')[0]}/m{i}.xml", "")
    return path


def _inflating(path: Path, member: str, size: int) -> Path:
    """A real zip bomb: one member of `size` zero bytes, deflated to about a thousandth of that."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        with zf.open(member, "w", force_zip64=True) as fh:
            chunk = b"\0" * (1 << 22)
            left = size
            while left > 0:
                fh.write(chunk[: min(left, len(chunk))])
                left -= len(chunk)
    return path


def _lying(path: Path, size: int) -> Path:
    """A zip bomb whose headers declare 1000 bytes for a member that inflates to `size` bytes."""
    good = _docx(path.with_name("real.docx"))
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED,
                                                       compresslevel=1) as dst:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                dst.writestr(info.filename, src.read(info.filename))
        with dst.open("word/document.xml", "w") as fh:
            chunk = b"<" * (1 << 22)
            for _ in range(size // len(chunk)):
                fh.write(chunk)
    data = bytearray(path.read_bytes())
    name = b"word/document.xml"
    for signature, size_at, name_at in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        pos = data.find(signature)
        while pos >= 0:
            if data[pos + name_at:pos + name_at + len(name)] == name:
                data[pos + size_at:pos + size_at + 4] = (1000).to_bytes(4, "little")
            pos = data.find(signature, pos + 4)
    path.write_bytes(bytes(data))
    return path


def _check_docx(path: Path) -> object:
    return run_cli("check", path, "--format", "json")


def test_a_real_docx_is_checked(tmp_path: Path) -> None:
    result = _check_docx(_docx(tmp_path / "m.docx"))
    assert result.exit_code in (0, 1), (result.stderr, result.exception)
    assert '"pairs"' in result.stdout


def test_docx_with_too_many_members_is_refused(tmp_path: Path) -> None:
    path = _many_members(tmp_path / "many.docx", MAX_ARCHIVE_MEMBERS + 1, "word/document.xml")
    assert_clean_error(_check_docx(path), "many.docx", str(MAX_ARCHIVE_MEMBERS), "limit")


def test_docx_that_inflates_beyond_the_limit_is_refused_quickly(tmp_path: Path) -> None:
    path = _inflating(tmp_path / "bomb.docx", "word/document.xml", MAX_ARCHIVE_BYTES + (1 << 20))
    assert path.stat().st_size < MAX_ARCHIVE_BYTES // 50
    with measured(memory=True) as work:
        assert_clean_error(_check_docx(path), "bomb.docx", f"{MAX_ARCHIVE_BYTES // 2**20} MiB", "limit")
    assert work.peak < MAX_ARCHIVE_BYTES // 8, work  # refused before inflating: nothing near its size was held
    assert work.cpu < 2, work


def test_docx_whose_headers_understate_its_size_is_refused_quickly(tmp_path: Path) -> None:
    path = _lying(tmp_path / "liar.docx", MAX_ARCHIVE_BYTES + (8 << 20))
    with zipfile.ZipFile(path) as zf:
        assert zf.getinfo("word/document.xml").file_size == 1000  # passes the declared-size check
    assert _check_docx(_docx(tmp_path / "warm.docx")).exit_code in (0, 1)  # imports warmed outside the measure
    with measured(memory=True) as work:
        assert_clean_error(_check_docx(path), "liar.docx", "word/document.xml", "declared size")
    assert work.peak < MAX_ARCHIVE_BYTES // 8, work  # inflated no further than its headers declare
    assert work.cpu < 3, work


def _corrupt_variants(tmp_path: Path) -> dict[str, Path]:
    good = _docx(tmp_path / "good.docx").read_bytes()
    variants = {
        "truncated": good[: len(good) // 2],
        "random": bytes((i * 37 + 11) % 256 for i in range(4096)),
        "text": "分泌组 secretome\n".encode(),
        "empty": b"",
        "flipped": good[:200] + bytes(b ^ 0xFF for b in good[200:600]) + good[600:],
    }
    paths = {}
    for name, data in variants.items():
        paths[name] = tmp_path / f"{name}.docx"
        paths[name].write_bytes(data)
    no_document = tmp_path / "no-document.docx"
    with zipfile.ZipFile(no_document, "w") as zf:
        zf.writestr("hello.txt", "not a word document")
    paths["no-document"] = no_document
    broken_xml = tmp_path / "broken-xml.docx"
    with zipfile.ZipFile(tmp_path / "good.docx") as src, zipfile.ZipFile(broken_xml, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            dst.writestr(info, data[: len(data) // 2] if info.filename == "word/document.xml" else data)
    paths["broken-xml"] = broken_xml
    return paths


@pytest.mark.parametrize("name", ["truncated", "random", "text", "empty", "flipped", "no-document", "broken-xml"])
def test_corrupt_docx_is_refused_with_one_line(tmp_path: Path, name: str) -> None:
    path = _corrupt_variants(tmp_path)[name]
    assert_clean_error(_check_docx(path), f"{name}.docx")


def test_docx_entities_are_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-docx-51c2", encoding="utf-8")
    good = _docx(tmp_path / "good.docx")
    path = tmp_path / "xxe.docx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                head, body = data.split(b"?>", 1)
                doctype = f'<!DOCTYPE w:document [<!ENTITY leak SYSTEM "file://{secret}">]>'.encode()
                data = head + b"?>" + doctype + body.replace(ZH.encode("utf-8"), b"&leak;" + ZH.encode("utf-8"))
            dst.writestr(info, data)
    result = _check_docx(path)
    assert result.exit_code in (0, 1, 2), result.exception
    assert "Traceback" not in result.output
    assert "TOP-SECRET" not in result.output


def test_xlsx_glossary_with_too_many_members_is_refused(tmp_path: Path) -> None:
    path = _many_members(tmp_path / "many.xlsx", MAX_ARCHIVE_MEMBERS + 1, "xl/workbook.xml")
    assert_clean_error(run_cli("glossary", "validate", path), "many.xlsx", str(MAX_ARCHIVE_MEMBERS))


def test_xlsx_glossary_that_inflates_beyond_the_limit_is_refused_quickly(tmp_path: Path, sample_dir: Path) -> None:
    path = _inflating(tmp_path / "bomb.xlsx", "xl/worksheets/sheet1.xml", MAX_ARCHIVE_BYTES + (1 << 20))
    with measured(memory=True) as work:
        assert_clean_error(run_cli("check", sample_dir / "manuscript.md", "--glossary", path), "bomb.xlsx", "limit")
    assert work.peak < MAX_ARCHIVE_BYTES // 8, work  # refused before inflating
    assert work.cpu < 2, work


@pytest.mark.parametrize("cut", [0, 100, 2])
def test_corrupt_xlsx_glossary_is_refused_with_one_line(tmp_path: Path, cut: int) -> None:
    good = _xlsx(tmp_path / "good.xlsx").read_bytes()
    path = tmp_path / "broken.xlsx"
    path.write_bytes(good[:cut] if cut != 2 else good[: len(good) // 2])
    assert_clean_error(run_cli("glossary", "validate", path), "broken.xlsx")


def test_zip_named_md_is_refused_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "manuscript.md"
    path.write_bytes(_docx(tmp_path / "m.docx").read_bytes())
    assert_clean_error(run_cli("check", path), "manuscript.md", "zip")

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
import xlsxwriter

from tests.glossaries import sample_concepts, workbook
from zhen_qa.glossary.formats import load, save, xlsx
from zhen_qa.glossary.model import Glossary
from zhen_qa.manuscript import archive
from zhen_qa.manuscript.errors import InputError

HEADER = ["id", "zh", "en", "zh_admitted", "en_admitted", "zh_deprecated", "en_deprecated", "note"]


def test_round_trip_xlsx(tmp_path: Path) -> None:
    g = Glossary.build(sample_concepts())
    path = str(tmp_path / "g.xlsx")
    save(g, path)
    again = load(path)
    assert again.checksum == g.checksum
    assert again.concept("secretome").zh_deprecated == ("分泌物", "分泌体", "分泌物组")


def test_reads_a_hand_made_workbook_with_numbers(tmp_path: Path) -> None:
    wb = xlsxwriter.Workbook(str(tmp_path / "n.xlsx"))
    ws = wb.add_worksheet()
    ws.write_row(0, 0, ["id", "zh", "en"])
    ws.write_number(1, 0, 17)
    ws.write_row(1, 1, ["干细胞", "stem cell"])
    wb.close()
    assert load(str(tmp_path / "n.xlsx")).concept("17").en == "stem cell"


def test_problems_name_row_and_field(tmp_path: Path) -> None:
    path = workbook(tmp_path / "g.xlsx", [HEADER, ["a", "干细胞", "stem cell"], ["b", "祖细胞", "", "", "", "x||y"]])
    assert [str(p) for p in load(path).problems] == [
        f"{path}: row 3, field zh_deprecated: empty term between '|' separators; skipped"]
    path = workbook(tmp_path / "h.xlsx", [["id", "zh", "wrong"]])
    with pytest.raises(InputError, match=r"h.xlsx: row 1: no Chinese and English term columns"):
        load(path)
    path = workbook(tmp_path / "c.xlsx", [["中文", "English", "wrong"], ["干细胞", "stem cell", "x"]])
    g = load(path)
    assert [(c.id, c.zh, c.en) for c in g.concepts] == [("c2", "干细胞", "stem cell")]
    assert [str(p) for p in g.problems] == [f"{path}: row 1: column 'wrong' not understood; ignored"]


def test_an_empty_cover_sheet_before_the_table_is_skipped(tmp_path: Path) -> None:
    wb = xlsxwriter.Workbook(str(tmp_path / "c.xlsx"))
    wb.add_worksheet("Cover")
    ws = wb.add_worksheet("Terms")
    for i, row in enumerate([["zh", "en"], ["干细胞", "stem cell"], ["祖细胞", "progenitor cell", "", "extra"]]):
        ws.write_row(i, 0, row)
    wb.close()
    g = load(str(tmp_path / "c.xlsx"))
    assert [(c.zh, c.en) for c in g.concepts] == [("干细胞", "stem cell"), ("祖细胞", "progenitor cell")]
    assert [str(p) for p in g.problems] == [  # no advice about quoting delimiters: a workbook has none
        f"{tmp_path / 'c.xlsx'}: sheet 'Terms', row 3: 4 cells, the header has 2 columns; extra cells ignored"]


def test_corrupt_archive(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04 this is not really a zip")
    with pytest.raises(InputError, match="corrupt zip archive"):
        load(str(bad))
    plain = tmp_path / "plain.xlsx"
    with zipfile.ZipFile(plain, "w") as zf:
        zf.writestr("hello.txt", "hi")
    with pytest.raises(InputError, match=r"plain.xlsx: zip archive is not an \.xlsx workbook \(no xl/ part\)"):
        load(str(plain))


def test_truncated_workbook_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "g.xlsx"
    save(Glossary.build(sample_concepts()), str(path))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError):
        load(str(path))


def test_zip_bomb_limits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/workbook.xml", b"\0" * (2 * 1024 * 1024))
    monkeypatch.setattr(archive, "MAX_ARCHIVE_BYTES", 1024 * 1024)
    with pytest.raises(InputError, match=r"bomb.xlsx: archive expands to 2 MiB, more than the limit of 1 MiB"):
        load(str(bomb))
    many = tmp_path / "many.xlsx"
    with zipfile.ZipFile(many, "w") as zf:
        for i in range(12):
            zf.writestr(f"xl/part{i}.xml", "x")
    monkeypatch.setattr(archive, "MAX_ARCHIVE_MEMBERS", 10)
    with pytest.raises(InputError, match=r"many.xlsx: archive has 12 members, more than the limit of 10"):
        load(str(many))


def test_blank_rows_keep_row_numbers(tmp_path: Path) -> None:
    path = workbook(tmp_path / "b.xlsx", [HEADER, ["a", "干细胞", "stem cell"], [], ["b", "祖细胞", "x||y"]])
    with pytest.raises(InputError, match=r"row 4, field en: empty term"):
        load(path, strict=True)


def _rezip(good: Path, out: Path, drop: str = "", replace: tuple[str, bytes] | None = None) -> str:
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(out, "w") as zf:
        for name in src.namelist():
            if name == drop:
                continue
            zf.writestr(name, replace[1] if replace and replace[0] == name else src.read(name))
    return str(out)


@pytest.mark.parametrize("drop, replace, meaning", [
    ("xl/worksheets/sheet1.xml", None, "the worksheet 'glossary' is missing"),
    ("xl/_rels/workbook.xml.rels", None, "the part 'xl/_rels/workbook.xml.rels' is missing"),
    ("", ("xl/worksheets/sheet1.xml", b"<not xml"), "a part of it is not well-formed XML"),
    ("xl/sharedStrings.xml", None, "its table of cell texts is damaged"),
    ("xl/workbook.xml", None, "it lists no worksheet"),
], ids=["no-sheet", "no-rels", "bad-xml", "no-shared-strings", "no-workbook"])
def test_damaged_workbook_says_what_is_wrong_in_one_line(
    tmp_path: Path, drop: str, replace: tuple[str, bytes] | None, meaning: str
) -> None:
    good = tmp_path / "good.xlsx"
    save(Glossary.build(sample_concepts()), str(good))
    bad = _rezip(good, tmp_path / "bad.xlsx", drop, replace)
    with pytest.raises(InputError) as err:
        load(bad)
    message = str(err.value)
    assert message == (f"{bad}: not a readable XLSX workbook ({meaning}); open it in a spreadsheet program and "
                       "save it again as .xlsx")


def test_messages_never_show_exception_class_names() -> None:
    assert xlsx._workbook_problem(KeyError("x")) == "it lists no worksheet"
    assert xlsx._workbook_problem(RuntimeError("calamine error: Xlsx error: something new\nContext:\n 0: x")) == \
        "its contents are damaged or not a spreadsheet"
    assert xlsx._workbook_problem(RuntimeError("Xlsx error: File not found 'a\x1bb'")) == "the part 'a?b' is missing"


def test_old_xls_or_encrypted_workbook_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "old.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with pytest.raises(InputError, match=r"old.xlsx: an old \.xls workbook or a password-protected \.xlsx; save it "
                                         r"as \.xlsx without a password"):
        load(str(path))

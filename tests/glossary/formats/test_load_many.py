from __future__ import annotations

from pathlib import Path

import pytest

from zhen_qa.glossary.formats import load, load_many
from zhen_qa.manuscript.errors import InputError

HEADER = "id,zh,en\n"


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_concepts_of_every_file_are_merged(tmp_path: Path) -> None:
    a = write(tmp_path, "a.csv", HEADER + "sec,分泌组,secretome\n")
    b = write(tmp_path, "b.csv", HEADER + "sc,干细胞,stem cell\n")
    g = load_many([a, b])
    assert [c.id for c in g.concepts] == ["sec", "sc"]
    assert g.checksum == load_many([b, a]).checksum


def test_term_conflict_names_both_files_lines_and_fields(tmp_path: Path) -> None:
    a = write(tmp_path, "a.csv", HEADER + "secretome,分泌组,secretome\n")
    b = write(tmp_path, "b.csv", HEADER + "sc,干细胞,stem cell\nsecretion,分泌组,secretion\n")
    with pytest.raises(InputError) as err:
        load_many([a, b])
    assert str(err.value) == (f"{b}: line 3, field zh: term '分泌组' already belongs to concept 'secretome' "
                              f"({a}: line 2, field zh)")


def test_conflict_across_formats_names_rows_and_lines(tmp_path: Path) -> None:
    import xlsxwriter

    x = tmp_path / "a.xlsx"
    wb = xlsxwriter.Workbook(str(x))
    ws = wb.add_worksheet()
    for r, row in enumerate([["id", "zh", "en"], ["sec", "分泌组", "secretome"]]):
        ws.write_row(r, 0, row)
    wb.close()
    b = write(tmp_path, "b.csv", HEADER + "other,外泌体,Secretome\n")
    with pytest.raises(InputError, match=r"b\.csv: line 2, field en: term 'Secretome' already belongs to concept "
                                         r"'sec' \(.*a\.xlsx: row 2, field en\)"):
        load_many([str(x), b])


def test_duplicate_id_across_files_names_the_first_file(tmp_path: Path) -> None:
    a = write(tmp_path, "a.csv", HEADER + "x,分泌组,secretome\n")
    b = write(tmp_path, "b.csv", HEADER + "x,外泌体,exosome\n")
    with pytest.raises(InputError) as err:
        load_many([a, b])
    assert str(err.value).startswith(f"{b}: line 2, field id: duplicate id 'x' (first at {a}: line 2)")
    assert "+" not in str(err.value)


def test_problem_inside_one_file_names_that_file_alone(tmp_path: Path) -> None:
    a = write(tmp_path, "a.csv", HEADER + "x,分泌组,secretome\n")
    b = write(tmp_path, "b.csv", HEADER + "y,外泌体,exosome\nz,外泌体,exosomes\n")
    with pytest.raises(InputError) as err:
        load_many([a, b])
    assert str(err.value).startswith(f"{b}: line 3, field zh: term '外泌体' already belongs to concept 'y' (line 2,")


def test_same_file_twice_is_read_once_and_one_file_is_plain_load(tmp_path: Path) -> None:
    a = write(tmp_path, "a.csv", HEADER + "x,分泌组,secretome\n")
    assert load_many([a, str(tmp_path / "." / "a.csv")]).checksum == load(a).checksum
    assert load_many([a]).path == a
    assert len(load_many([])) == 0

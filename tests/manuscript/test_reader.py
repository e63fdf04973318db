"""Reading .md/.txt/.docx files, limits and the two-file forms."""
from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest

from zhen_qa.aligner.build import load_manuscript
from zhen_qa.manuscript import archive
from zhen_qa.manuscript.errors import InputError
from zhen_qa.manuscript.reader import read_source


def _docx(path: Path, paragraphs: list[str]) -> None:
    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    d.save(str(path))


def test_docx_paragraphs_become_lines(tmp_path: Path) -> None:
    path = tmp_path / "m.docx"
    _docx(path, ["干细胞分泌组的应用", "", "摘要: 分泌组很重要。", "Abstract: The secretome is important."])
    src = read_source(str(path))
    assert src.text.split("\n")[2] == "摘要: 分泌组很重要。"
    m = load_manuscript(str(path))
    abstract = next(p for p in m.pairs if p.section == "abstract")
    assert abstract.zh[0].location.line == 3 and abstract.en[0].location.line == 4


def test_docx_against_markdown_translation(tmp_path: Path) -> None:
    zh = tmp_path / "zh.docx"
    _docx(zh, ["1. 引言", "分泌组很重要。"])
    en = tmp_path / "en.md"
    en.write_text("1. Introduction\n\nThe secretome is important.\n", encoding="utf-8")
    m = load_manuscript(str(zh), str(en))
    assert [p.section for p in m.pairs] == ["1. 引言"]
    assert m.pairs[0].en[-1].location.path == str(en)


def test_corrupt_docx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.docx"
    path.write_bytes(b"PK\x03\x04 this is not really a zip")
    with pytest.raises(InputError, match="corrupt"):
        read_source(str(path))


def test_archive_member_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "many.docx"
    with zipfile.ZipFile(path, "w") as zf:
        for i in range(20):
            zf.writestr(f"f{i}.xml", "x")
    monkeypatch.setattr(archive, "MAX_ARCHIVE_MEMBERS", 10)
    with pytest.raises(InputError, match="members, more than the limit of 10"):
        read_source(str(path))


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_source(str(tmp_path / "nope.md"))
    with pytest.raises(InputError, match="is a folder"):
        read_source(str(tmp_path))


def test_a_dash_is_named_as_standard_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no file called "-" here
    with pytest.raises(InputError, match="standard input is not read as a manuscript; give the file, or /dev/stdin"):
        read_source("-")

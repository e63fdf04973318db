"""Places in the reader's units: lines in text files; paragraphs, footnotes and text boxes in a Word document, in
messages (monolingual-section, untranslated runs, term forms) and in every report a Word user reads (text, JSON,
HTML in Chromium, the reviewed .docx)."""
from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.manuscript.word_kit import add_footnotes, article
from tests.report.chromium import Browser, Page
from zhen_qa.cli import main
from zhen_qa.report.places import line_name, lines_words, span_words


@pytest.fixture()
def word(tmp_path: Path) -> Path:
    """The article (16 body paragraphs) with two footnotes (lines 17 and 18)."""
    path = article(tmp_path)
    add_footnotes(path, ["第一个脚注。", "第二个脚注。"])
    return path


def test_text_files_count_lines() -> None:
    assert span_words("m.md", 4, 4) == line_name("m.md", 4) == "line 4"
    assert span_words("m.txt", 4, 6) == "lines 4-6"
    assert lines_words("m.md", [3, 8, 12]) == "lines 3, 8 and 12"
    assert lines_words("m.md", [3, 8, 12, 15], most=2) == "lines 3, 8 and 2 more"


def test_word_documents_count_paragraphs_and_name_notes(word: Path) -> None:
    path = str(word)
    assert span_words(path, 13, 14) == "paragraphs 13-14"
    assert span_words(path, 13, 13) == "paragraph 13"
    assert line_name(path, 17) == "footnote 1"
    assert span_words(path, 16, 18) == "paragraph 16 to footnote 2"
    assert lines_words(path, [3, 8, 12]) == "paragraphs 3, 8 and 12"
    assert lines_words(path, [3, 17]) == "paragraph 3 and footnote 1"


def _run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output  # infos only
    return result.stdout


SECTION = "section '研究背景' (paragraph 13 to footnote 2, 6 sentences) has no English counterpart"
"""分泌组的组成 (Heading 2) is reported within 研究背景 (Heading 1); the notes come last, in the last section."""


def test_text_and_json_reports_say_paragraphs(word: Path) -> None:
    text = _run("check", str(word))
    assert f"{word} (paragraph 13, character 1): info [monolingual-section] {SECTION}" in text
    assert "section '分泌组的组成'" not in text
    assert "lines" not in text and "line " not in text
    findings = json.loads(_run("check", str(word), "--format", "json"))["findings"]
    section = next(f for f in findings if f["rule"] == "monolingual-section")
    assert section["message"] == SECTION and section["place"] == "paragraph 13, character 1"
    assert (section["line"], section["column"]) == (13, 1)  # the numbers stay for programs


def test_the_reviewed_docx_comments_say_paragraphs(word: Path, tmp_path: Path) -> None:
    out = tmp_path / "reviewed.docx"
    _run("check", str(word), "--format", "docx", "-o", str(out))
    comments = zipfile.ZipFile(out).read("word/comments.xml").decode("utf-8")
    assert SECTION.replace("'", "&apos;") in comments or SECTION in comments
    assert "lines 13" not in comments


def test_a_json_report_of_markdown_has_no_place(tmp_path: Path) -> None:
    path = tmp_path / "m.md"
    path.write_text("# 引言\n\n本研究纳入了120例患者。\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(path), "--format", "json"], catch_exceptions=False)
    findings = json.loads(result.stdout)["findings"]
    assert findings and all("place" not in f for f in findings)
    assert findings[0]["message"] == "section '引言' (lines 1-3, 1 sentence) has no English counterpart"


@pytest.mark.slow
def test_the_html_page_says_paragraphs(word: Path, tmp_path: Path, browser: Browser) -> None:
    page_path = tmp_path / "review.html"
    _run("check", str(word), "--format", "html", "-o", str(page_path))
    page = Page(browser)
    page.goto(page_path.as_uri())
    listed = page.eval("document.querySelector('#findings').textContent")
    assert SECTION in listed and "(paragraph 13, character 1)" in listed
    assert "lines 13" not in listed


def test_a_finding_in_a_word_table_names_its_table_row_and_cell(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("两组患者的基线特征见表1。")
    english = [["Group", "Cases", "Age"], ["Treatment", "60", "53.2"]]
    for rows in ([["组别", "例数", "年龄"], ["治疗组", "60", "52.3"]], english):
        table = d.add_table(rows=len(rows), cols=3)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
        if rows[0][0] == "组别":
            d.add_paragraph("The baseline characteristics of the two groups are shown in Table 1.")
    path = tmp_path / "t.docx"
    d.save(str(path))
    assert line_name(str(path), 1) == "paragraph 1"
    assert [line_name(str(path), n) for n in (2, 7, 8, 9)] == ["table 1, row 1, cell 1", "table 1, row 2, cell 3",
                                                                "paragraph 8", "table 2, row 1, cell 1"]
    result = CliRunner().invoke(main, ["check", str(path)], catch_exceptions=False)
    assert f"{path} (table 2, row 2, cell 3, character 1): warning [number-mismatch]" in result.stdout


def test_spans_and_repeats_inside_a_word_table_are_said_by_rows_and_cells(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("两组患者的基线特征见表1。")
    table = d.add_table(rows=2, cols=2)
    for r, row in enumerate([["治疗组,对照组,安慰剂组", "60"], ["组别", "例数"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    path = tmp_path / "t.docx"
    d.save(str(path))
    assert span_words(str(path), 2, 3) == "table 1, row 1" and span_words(str(path), 2, 5) == "table 1, rows 1-2"
    assert span_words(str(path), 1, 3) == "paragraph 1 to table 1, row 1, cell 2"
    result = CliRunner().invoke(main, ["check", str(path)], catch_exceptions=False)
    assert (f"{path} (table 1, row 1, cell 1, character 4): warning [punctuation-width] half-width \",\" in Chinese "
            "text (+1 more in this cell, character 8)") in result.stdout


def test_glossary_term_forms_are_placed_by_paragraph_in_a_word_file(tmp_path: Path) -> None:
    import docx  # python-docx: the Word file a journal editor hands over

    d = docx.Document()
    for text in ("细胞外囊泡的研究。", "胞外囊泡包括多种蛋白。", "胞外囊泡可促进修复。", "Vesicle research.",
                 "The vesicles contain many proteins.", "The vesicles promote repair."):
        d.add_paragraph(text)
    path = tmp_path / "mixed.docx"
    d.save(str(path))
    glossary = tmp_path / "g.csv"  # the admitted 胞外囊泡 (written shorter) outnumbers the preferred: a mixture
    glossary.write_text("id,zh,en,zh_admitted\nev,细胞外囊泡,extracellular vesicle,胞外囊泡\n", encoding="utf-8")
    findings = json.loads(_run("check", str(path), "--glossary", str(glossary), "--select", "term-inconsistent",
                               "--format", "json"))["findings"]
    assert [f["message"] for f in findings] == [
        "2 forms of 「细胞外囊泡」: 细胞外囊泡 ×1 (paragraph 1), 胞外囊泡 ×2 (paragraph 2)"]

"""Word paragraph boundaries: hard at names, list items, headings and table rows; soft where a PDF broke a line."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from docx.enum.style import WD_STYLE_TYPE

from zhen_qa.cli import main
from zhen_qa.manuscript.document import Role
from zhen_qa.manuscript.reader import document_blocks, read_source

ROOT = Path(__file__).resolve().parent.parent.parent


def _blocks(path: Path) -> list[tuple[Role, str, str]]:
    return [(b.role, b.lang, b.text.text) for b in document_blocks(read_source(str(path)))]


def _save(d: "docx.document.Document", tmp_path: Path, name: str = "m.docx") -> Path:
    path = tmp_path / name
    d.save(str(path))
    return path


def _front_matter(tmp_path: Path) -> Path:
    d = docx.Document()
    for text in ("肿瘤相关巨噬细胞的研究进展", "王晓岚2", "1. 东方医院肿瘤科，上海 200120",
                 "摘要：本研究纳入120例患者。",
                 "Advances in tumour-associated macrophages", "Wang Xiaolan2",
                 "1. Department of Oncology, East Hospital, Shanghai 200120", "Abstract: We included 120 patients."):
        d.add_paragraph(text)
    return _save(d, tmp_path)


def test_a_name_and_a_numbered_affiliation_are_not_one_number(tmp_path: Path) -> None:
    path = _front_matter(tmp_path)
    texts = [t for _, _, t in _blocks(path)]
    assert "王晓岚2" in texts and "1. 东方医院肿瘤科，上海 200120" in texts
    assert not any("21" in t for t in texts)
    result = CliRunner().invoke(main, ["check", str(path)], catch_exceptions=False)
    assert "number-mismatch" not in result.output and '"21"' not in result.output


def test_lines_a_pdf_conversion_broke_mid_sentence_are_still_one_paragraph(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("肿瘤相关巨噬细胞是肿瘤微环境中数量最多的免疫细胞之一，其在肿瘤发生发展过程")
    d.add_paragraph("中发挥着重要作用。")
    d.add_paragraph("Tumour-associated macrophages are among the most abundant immune cells in the")
    d.add_paragraph("tumour microenvironment and play an important role in tumour progression.")
    paragraphs = [t for role, _, t in _blocks(_save(d, tmp_path)) if role is Role.PARAGRAPH or role is Role.TITLE]
    assert paragraphs == ["肿瘤相关巨噬细胞是肿瘤微环境中数量最多的免疫细胞之一，"
                          "其在肿瘤发生发展过程中发挥着重要作用。",
                          "Tumour-associated macrophages are among the most abundant immune cells in the tumour "
                          "microenvironment and play an important role in tumour progression."]


def test_list_items_and_headings_stand_alone(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_heading("巨噬细胞的极化与肿瘤免疫微环境的关系", level=1)
    d.add_paragraph("巨噬细胞在不同刺激下可以极化为不同表型，主要包括以下几类细胞群体和它们各自的功能")
    d.add_paragraph("经典活化的M1型巨噬细胞及其在抗肿瘤免疫中的作用和相关的信号通路", style="List Number")
    d.add_paragraph("替代活化的M2型巨噬细胞及其在促进肿瘤生长中的作用和相关的信号通路", style="List Bullet")
    d.add_paragraph("(3) 肿瘤相关巨噬细胞及其在肿瘤微环境中的作用和相关的信号通路以及它们的调控")
    texts = [t for _, _, t in _blocks(_save(d, tmp_path))]
    assert texts == ["巨噬细胞的极化与肿瘤免疫微环境的关系",
                     "巨噬细胞在不同刺激下可以极化为不同表型，主要包括以下几类细胞群体和它们各自的功能",
                     "经典活化的M1型巨噬细胞及其在抗肿瘤免疫中的作用和相关的信号通路",
                     "替代活化的M2型巨噬细胞及其在促进肿瘤生长中的作用和相关的信号通路",
                     "(3) 肿瘤相关巨噬细胞及其在肿瘤微环境中的作用和相关的信号通路以及它们的调控"]


def _table(d: "docx.document.Document", rows: list[list[str]]) -> None:
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value


def _tables(tmp_path: Path, english_age: str) -> Path:
    d = docx.Document()
    d.add_heading("结果", level=1)
    d.add_paragraph("两组患者的基线特征见表1。")
    _table(d, [["组别", "例数", "年龄"], ["治疗组", "60", "52.3"], ["60", "58", "51.8"]])
    d.add_heading("Results", level=1)
    d.add_paragraph("The baseline characteristics of the two groups are shown in Table 1.")
    _table(d, [["Group", "Cases", "Age"], ["Treatment", "60", english_age], ["60", "58", "51.8"]])
    return _save(d, tmp_path, f"t{english_age}.docx")


def test_a_table_row_is_one_paragraph_and_a_row_of_numbers_is_in_its_tables_language(tmp_path: Path) -> None:
    blocks = _blocks(_tables(tmp_path, "52.3"))
    rows = [(lang, t) for role, lang, t in blocks if role is Role.PARAGRAPH and "。" not in t and "." not in t[-1:]]
    assert rows == [("zh", "组别 例数 年龄"), ("zh", "治疗组 60 52.3"), ("zh", "60 58 51.8"),
                    ("en", "Group Cases Age"), ("en", "Treatment 60 52.3"), ("en", "60 58 51.8")]
    result = CliRunner().invoke(main, ["check", str(_tables(tmp_path, "52.3"))], catch_exceptions=False)
    assert "0 findings" in result.output


def test_a_wrong_number_in_a_table_row_is_found_in_that_row(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["check", str(_tables(tmp_path, "53.2"))], catch_exceptions=False)
    assert "number-mismatch" in result.output and '"52.3"' in result.output


def test_a_bilingual_table_keeps_its_columns_apart(tmp_path: Path) -> None:
    d = docx.Document()
    _table(d, [["1", "本研究纳入了120例患者。", "We included 120 patients."],
               ["2", "随访时间为12个月。", "Follow-up lasted 12 months."]])
    langs = [(lang, t) for _, lang, t in _blocks(_save(d, tmp_path))]
    assert langs == [("zh", "1 本研究纳入了120例患者。"), ("en", "We included 120 patients."),
                     ("zh", "2 随访时间为12个月。"), ("en", "Follow-up lasted 12 months.")]


def test_text_after_a_caption_that_ended_is_text_and_a_wrapped_address_stays_furniture(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_heading("引言", level=1)
    d.add_paragraph("通讯作者：张三，E-mail: zhang-")
    d.add_paragraph("san@example.org")
    d.add_paragraph("图1. 干细胞分泌组在临床上的主要应用领域。")
    d.add_paragraph("研究人员正在探索其在各种临床应用中的潜力。")
    roles = {t: role for role, _, t in _blocks(_save(d, tmp_path))}
    assert roles["san@example.org"] is Role.FURNITURE
    assert roles["图1. 干细胞分泌组在临床上的主要应用领域。"] is Role.CAPTION
    assert roles["研究人员正在探索其在各种临床应用中的潜力。"] is Role.PARAGRAPH


def test_a_table_before_any_row_with_words_takes_the_language_of_the_text_before_it(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("Table 1 shows the doses given in the first week.")
    _table(d, [["1", "2.5"], ["Dose", "mg"]])
    d.add_paragraph("表1为第一周的剂量。")
    _table(d, [["3", "4"]])
    d.add_paragraph("两组患者年龄差异无统计学意义。")
    blocks = _blocks(_save(d, tmp_path))
    rows = {t: (role, lang) for role, lang, t in blocks}
    assert rows["1 2.5"] == (Role.PARAGRAPH, "en") and rows["Dose mg"] == (Role.PARAGRAPH, "en")
    assert rows["3 4"] == (Role.PARAGRAPH, "zh")  # a new table: not the last table's language
    assert rows["两组患者年龄差异无统计学意义。"][0] is Role.PARAGRAPH  # front matter ended at the table


def test_a_style_based_on_itself_is_read_without_walking_round_it(tmp_path: Path) -> None:
    """A paragraph style whose `w:basedOn` names itself (or a loop of styles: Word never writes one, a generator may)
    ends the walk along the base styles where it comes back: the file is checked (was: the reader looped forever
    looking for a numbering, an outline level or an alignment along the loop). Run in a process with a time limit,
    so the old reader fails the test instead of hanging the suite."""
    d = docx.Document()
    loop = d.styles.add_style("Loop", WD_STYLE_TYPE.PARAGRAPH)
    other = d.styles.add_style("Other", WD_STYLE_TYPE.PARAGRAPH)
    loop.element.get_or_add_basedOn().val = other.style_id  # Loop -> Other -> Loop
    other.element.get_or_add_basedOn().val = loop.style_id
    d.add_paragraph("干细胞分泌组在再生医疗中发挥重要作用。", style="Loop")
    d.add_paragraph("The stem cell secretome plays an important role in regenerative medicine.", style="Loop")
    path = _save(d, tmp_path)
    code = (f"import sys; sys.path.insert(0, {str(ROOT)!r})\n"
            "from zhen_qa.manuscript.reader import document_blocks, read_source\n"
            f"print(len(document_blocks(read_source({str(path)!r}))))\n")
    try:
        done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail("reading a Word file whose styles are based on each other in a loop did not end")
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) == 2

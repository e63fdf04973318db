"""A journal's Word front matter as production staff receive it: the English abstract and keywords set in a table
(a label cell beside the text, or one cell holding the label and the paragraphs), and a 中图分类号 line before the
English title. The pairs are title↔title, abstract↔abstract, keywords↔keywords; the Chinese body is a section of its
own, not the English abstract's translation."""
from __future__ import annotations

import json
from pathlib import Path

import docx
from click.testing import CliRunner

from zhen_qa.cli import main
from zhen_qa.manuscript.document import Role
from zhen_qa.manuscript.reader import document_blocks, read_source

ZH_TITLE = "间充质干细胞分泌组在组织修复中的作用"
EN_TITLE = "The role of the mesenchymal stem cell secretome in tissue repair"
ZH_ABSTRACT = "再生医学致力于恢复受损组织的结构与功能。间充质干细胞分泌组含有多种活性成分。"
EN_ABSTRACT = ("Regenerative medicine aims to restore the structure and function of damaged tissues. "
               "The mesenchymal stem cell secretome contains many active components.")
ZH_KEYWORDS = "分泌组；间充质干细胞；再生医学"
EN_KEYWORDS = "secretome; mesenchymal stem cell; regenerative medicine"
BODY = ["间充质干细胞能够分泌大量具有生物活性的分子。这些分子共同构成了干细胞的分泌组。",
        "分泌组包括可溶性蛋白和细胞外囊泡两大类成分。外泌体的直径约为30～150 nm。"]


def _front(d: docx.document.Document) -> None:
    d.add_paragraph(ZH_TITLE, style="Title")
    d.add_paragraph("李明远，王晓岚")
    d.add_paragraph("摘要：" + ZH_ABSTRACT)
    d.add_paragraph("关键词：" + ZH_KEYWORDS)
    d.add_paragraph("中图分类号：R329    文献标识码：A")
    d.add_paragraph(EN_TITLE, style="Title")
    d.add_paragraph("Mingyuan Li, Xiaolan Wang")


def _body(d: docx.document.Document, path: Path) -> Path:
    d.add_heading("研究背景", level=1)
    for text in BODY:
        d.add_paragraph(text)
    d.save(str(path))
    return path


def label_cells(tmp_path: Path) -> Path:
    """The English abstract and keywords as a two-column table: label cell, text cell."""
    d = docx.Document()
    _front(d)
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Abstract", EN_ABSTRACT
    table.cell(1, 0).text, table.cell(1, 1).text = "Key words", EN_KEYWORDS
    return _body(d, tmp_path / "cells.docx")


def one_cell(tmp_path: Path) -> Path:
    """The English abstract in a framed one-cell table: the label alone, the abstract, `Keywords: …`."""
    d = docx.Document()
    _front(d)
    cell = d.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].add_run("Abstract").bold = True
    cell.add_paragraph(EN_ABSTRACT)
    cell.add_paragraph("Keywords: " + EN_KEYWORDS)
    return _body(d, tmp_path / "cell.docx")


EXPECTED = {ZH_TITLE: Role.TITLE, EN_TITLE: Role.TITLE, ZH_ABSTRACT: Role.ABSTRACT, EN_ABSTRACT: Role.ABSTRACT,
            ZH_KEYWORDS: Role.KEYWORDS, EN_KEYWORDS: Role.KEYWORDS}


def _roles(path: Path) -> dict[str, Role | None]:
    roles = {b.text.text: b.role for b in document_blocks(read_source(str(path)))}
    return {text: roles.get(text) for text in EXPECTED}


def _sections(path: Path) -> tuple[set[str], list[str]]:
    result = CliRunner().invoke(main, ["check", str(path), "--format", "json"], catch_exceptions=False)
    report = json.loads(result.stdout)
    paired = {p["section"] for p in report["pairs"] if p["zh"] and p["en"]}
    return paired, [f["rule"] for f in report["findings"]]


def test_abstract_and_keywords_in_label_cells_pair_with_the_chinese(tmp_path: Path) -> None:
    path = label_cells(tmp_path)
    assert _roles(path) == EXPECTED
    paired, rules = _sections(path)
    assert {"title", "abstract", "keywords"} <= paired and "body" not in paired
    assert "untranslated" not in rules  # the Chinese body is no untranslated part of the English abstract


def test_abstract_label_alone_in_a_cell_heads_the_paragraphs_after_it(tmp_path: Path) -> None:
    path = one_cell(tmp_path)
    assert _roles(path) == EXPECTED
    paired, rules = _sections(path)
    assert {"title", "abstract", "keywords"} <= paired and "untranslated" not in rules


def test_a_label_word_in_a_body_table_is_table_text(tmp_path: Path) -> None:
    """After the front matter, a table's `摘要` / `Abstract` cells (a column heading) label nothing, and a cell that
    starts with 摘要 without a colon is text wherever it stands."""
    d = docx.Document()
    _front(d)
    d.add_paragraph("Abstract: " + EN_ABSTRACT)
    d.add_heading("研究背景", level=1)
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "摘要", "摘要生成方法"
    table.cell(1, 0).text, table.cell(1, 1).text = "Abstract", "Keywords"
    path = tmp_path / "body.docx"
    d.save(str(path))
    roles = [b.role for b in document_blocks(read_source(str(path))) if b.text.text.startswith(("摘要", "Abstract"))]
    assert roles[-2:] == [Role.PARAGRAPH, Role.PARAGRAPH]
    table_texts = [b.text.text for b in document_blocks(read_source(str(path)))][-2:]
    assert table_texts == ["摘要 摘要生成方法", "Abstract Keywords"]


def test_a_paragraph_after_a_furniture_line_is_not_its_wrapped_line(tmp_path: Path) -> None:
    """中图分类号 … then the English title in the next Word paragraph: the title is the title, not furniture."""
    d = docx.Document()
    _front(d)
    d.add_paragraph("Abstract: " + EN_ABSTRACT)
    path = _body(d, tmp_path / "clc.docx")
    roles = {b.text.text: b.role for b in document_blocks(read_source(str(path)))}
    assert roles[EN_TITLE] is Role.TITLE
    assert roles["Mingyuan Li, Xiaolan Wang"] is Role.AUTHORS
    assert roles["中图分类号：R329    文献标识码：A"] is Role.FURNITURE
    paired, _rules = _sections(path)
    assert "title" in paired


def test_a_bold_english_title_in_the_normal_style_after_furniture_is_the_title(tmp_path: Path) -> None:
    """Many journals' Word files type the titles bold (and centred) in the Normal style: after `中图分类号…` the
    English title is no wrapped line of it, since it looks different (the lines of one paragraph share their
    weight and alignment)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    for text in (ZH_TITLE, "李明远，王晓岚", "摘要：" + ZH_ABSTRACT, "关键词：" + ZH_KEYWORDS,
                 "中图分类号：R329    文献标识码：A", EN_TITLE, "Mingyuan Li, Xiaolan Wang",
                 "Abstract: " + EN_ABSTRACT, "Key words: " + EN_KEYWORDS):
        p = d.add_paragraph()
        p.add_run(text).bold = text in (ZH_TITLE, EN_TITLE)
    path = _body(d, tmp_path / "bold.docx")
    roles = {b.text.text: b.role for b in document_blocks(read_source(str(path)))}
    assert roles[EN_TITLE] is Role.TITLE and roles["中图分类号：R329    文献标识码：A"] is Role.FURNITURE
    centred = docx.Document(str(path))
    for p in centred.paragraphs:
        if p.text == EN_TITLE:
            p.runs[0].bold = False
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    centred.save(str(path))
    roles = {b.text.text: b.role for b in document_blocks(read_source(str(path)))}
    assert roles[EN_TITLE] is Role.TITLE


def test_the_printed_lines_of_one_paragraph_still_join(tmp_path: Path) -> None:
    """A PDF converted to Word: one sentence broken over two paragraphs of the same look is read whole."""
    d = docx.Document()
    d.add_paragraph("间充质干细胞能够分泌大量具有生物活性的分子，这些分子共同构成了")
    d.add_paragraph("干细胞的分泌组，在组织修复中发挥重要作用。")
    path = tmp_path / "pdf.docx"
    d.save(str(path))
    texts = [b.text.text for b in document_blocks(read_source(str(path)))]
    assert ("间充质干细胞能够分泌大量具有生物活性的分子，这些分子共同构成了"
            "干细胞的分泌组，在组织修复中发挥重要作用。") in texts


def test_a_thesis_abstract_page_is_the_abstract_over_all_its_paragraphs(tmp_path: Path) -> None:
    """A thesis's 摘  要 / ABSTRACT pages (labels alone in a heading style) run over several paragraphs, the first
    leading into a list with a colon: all of them are the abstract, paired with the English paragraphs, and the
    Chinese body is a monolingual section, not the untranslated part of the English abstract."""
    zh = ["本文研究移动操作机器人的控制方法，主要贡献如下：", "第一，提出了一种手眼标定方法。",
          "第二，搭建了自主导航系统。实验验证了方法的有效性。"]
    en = ["This thesis studies the control of mobile manipulators. Its contributions are as follows:",
          "First, a hand-eye calibration method is proposed.",
          "Second, an autonomous navigation system is built. Experiments verify the method."]
    d = docx.Document()
    d.add_heading("摘  要", level=1)
    for text in zh:
        d.add_paragraph(text)
    d.add_paragraph("关键词：移动操作；手眼标定；导航")
    d.add_heading("ABSTRACT", level=1)
    for text in en:
        d.add_paragraph(text)
    d.add_paragraph("Key Words: mobile manipulation; hand-eye calibration; navigation")
    d.add_heading("第1章 引言", level=1)
    d.add_paragraph("移动操作机器人是研究热点。它由机械臂和移动平台组成。")
    path = tmp_path / "thesis.docx"
    d.save(str(path))
    roles = {b.text.text: b.role for b in document_blocks(read_source(str(path)))}
    assert [roles[t] for t in zh + en] == [Role.ABSTRACT] * 6
    result = CliRunner().invoke(main, ["check", str(path), "--format", "json"], catch_exceptions=False)
    findings = json.loads(result.stdout)["findings"]
    assert [f["rule"] for f in findings] == ["monolingual-section"]  # no untranslated body, no truncated-abstract


def test_an_abstract_section_goes_on_over_a_paragraph_of_formulas_in_plain_text(tmp_path: Path) -> None:
    """The same abstract section in a text file (`摘要` alone on its line): a paragraph that is mostly formulas and
    Latin names ("mixed") is the abstract's too, and so is the Chinese paragraph after it."""
    path = tmp_path / "a.txt"
    path.write_text("摘要\n本文研究三夸克偶素的联合产生。\n\n"
                    "候选通过 $J/\\psi \\to \\mu^+\\mu^-$ (CMS, LHC Run 2) 重建\n\n"
                    "本分析首次观测到该信号。\n\n关键词：夸克偶素；CMS\n\n第1章 引言\n\n多重部分子散射是核心探针。\n",
                    encoding="utf-8")
    roles = [(b.role, b.lang) for b in document_blocks(read_source(str(path)))]
    assert roles[:3] == [(Role.ABSTRACT, "zh")] * 3 and roles[3][0] is Role.KEYWORDS
    assert roles[-1] == (Role.PARAGRAPH, "zh")  # after the keywords label, the body

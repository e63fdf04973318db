"""Word heading styles head sections: a Heading 1/2 (标题 1) paragraph is a heading whatever its text, a label in a
heading style (摘要, Keywords) stays a label, a title given a heading style stays the title; in a document written
by python-docx and in the same document saved again by LibreOffice."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from tests.manuscript.word_kit import article
from zhen_qa.cli import main
from zhen_qa.manuscript.document import Role
from zhen_qa.manuscript.reader import document_blocks, read_source


def _roles(path: Path) -> dict[str, Role]:
    return {b.text.text: b.role for b in document_blocks(read_source(str(path)))}


EXPECTED = {
    "间充质干细胞分泌组在组织修复中的作用": Role.TITLE,
    "The role of the mesenchymal stem cell secretome in tissue repair": Role.TITLE,
    "再生医学致力于恢复受损组织的结构与功能。间充质干细胞分泌组含有多种活性成分。": Role.ABSTRACT,
    "分泌组；间充质干细胞；再生医学": Role.KEYWORDS,
    "secretome; mesenchymal stem cell; regenerative medicine": Role.KEYWORDS,
    "研究背景": Role.HEADING,
    "分泌组的组成": Role.HEADING,
}


def _check(path: Path) -> str:
    result = CliRunner().invoke(main, ["check", str(path)], catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    return result.stdout


def _assert_sections(path: Path) -> None:
    roles = _roles(path)
    assert {text: roles.get(text) for text in EXPECTED} == EXPECTED
    out = _check(path)
    # 分泌组的组成 (Heading 2) is a subsection of 研究背景 (Heading 1): reported within it, once
    assert "[monolingual-section] section '研究背景' (paragraphs 13-16, 4 sentences) has no English counterpart" in out
    assert "section '分泌组的组成'" not in out
    assert "untranslated" not in out  # the keywords pair with the keywords, the body is a section of its own


def test_heading_styles_head_sections_and_labels_stay_labels(tmp_path: Path) -> None:
    _assert_sections(article(tmp_path))


def test_a_title_in_a_heading_style_is_still_the_title(tmp_path: Path) -> None:
    _assert_sections(article(tmp_path, title_style="Heading 1"))


def test_a_style_named_in_chinese_heads_a_section(tmp_path: Path) -> None:
    d = docx.Document()
    style = d.styles.add_style("标题 1", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
    d.add_paragraph("肿瘤相关巨噬细胞的研究进展")
    d.add_paragraph("肿瘤相关巨噬细胞是肿瘤微环境中数量最多的免疫细胞之一。")
    d.add_paragraph("巨噬细胞的极化", style=style)
    d.add_paragraph("巨噬细胞在不同刺激下可以极化为不同表型。")
    path = tmp_path / "wps.docx"
    d.save(str(path))
    assert _roles(path)["巨噬细胞的极化"] is Role.HEADING


def test_body_text_outline_level_is_no_heading(tmp_path: Path) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    d = docx.Document()
    d.add_paragraph("肿瘤相关巨噬细胞的研究进展", style="Title")
    d.add_paragraph("肿瘤相关巨噬细胞是肿瘤微环境中数量最多的免疫细胞之一，其在肿瘤发生发展过程")
    p = d.add_paragraph("中发挥着重要作用。")
    p._p.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="9"/>'))
    path = tmp_path / "body.docx"
    d.save(str(path))
    texts = [b.text.text for b in document_blocks(read_source(str(path)))]
    assert "肿瘤相关巨噬细胞是肿瘤微环境中数量最多的免疫细胞之一，其在肿瘤发生发展过程中发挥着重要作用。" in texts


@pytest.mark.slow
def test_a_document_saved_again_by_libreoffice_reads_the_same(tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice is needed in CI (.ci/run installs libreoffice-writer-nogui)")
        pytest.skip("LibreOffice is not installed")
    path = article(tmp_path)
    out = tmp_path / "lo"
    done = subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                           "--convert-to", "docx", "--outdir", str(out), str(path)],
                          capture_output=True, text=True, timeout=180)
    saved = out / "a.docx"
    assert done.returncode == 0 and saved.exists(), done.stderr
    assert saved.read_bytes() != path.read_bytes()  # LibreOffice wrote its own package
    _assert_sections(saved)


def test_english_keywords_without_chinese_ones_name_the_missing_line_in_paragraphs(tmp_path: Path) -> None:
    out = _check(article(tmp_path, zh_keywords=False))
    assert ("(paragraph 10, character 1): warning [untranslated] the Chinese keyword line (关键词) is missing: the "
            "English keywords (paragraph 10) have no Chinese keywords: secretome, mesenchymal stem cell") in out


@pytest.mark.slow
@pytest.mark.parametrize("form, said", [("doc", "is a Word 97-2003 document (.doc)"),
                                        ("odt", "is an OpenDocument text (.odt); save it as .docx"),
                                        ("pdf", "is a PDF: zhen-qa reads text, not pages")])
def test_the_article_saved_by_libreoffice_in_other_formats_is_named(tmp_path: Path, form: str, said: str) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice is needed in CI (.ci/run installs libreoffice-writer-nogui)")
        pytest.skip("LibreOffice is not installed")
    path = article(tmp_path)
    done = subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                           "--convert-to", form, "--outdir", str(tmp_path / "lo"), str(path)],
                          capture_output=True, text=True, timeout=180)
    saved = tmp_path / "lo" / f"a.{form}"
    assert done.returncode == 0 and saved.exists(), done.stderr
    result = CliRunner().invoke(main, ["check", str(saved)], catch_exceptions=False)
    assert result.exit_code == 2 and result.stderr.startswith(f"zhen-qa: error: {saved}: {said}")


def test_an_english_title_in_a_heading_style_above_its_abstract_at_the_end_is_no_section(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("间充质干细胞分泌组在组织修复中的作用", style="Title")
    d.add_heading("研究背景", level=1)
    d.add_paragraph("间充质干细胞能够分泌大量具有生物活性的分子。这些分子共同构成了干细胞的分泌组。")
    d.add_heading("参考文献", level=1)
    d.add_paragraph("[1] Caplan AI. Mesenchymal stem cells. J Cell Biochem. 2006;98:1076-1084.")
    d.add_heading("The role of the mesenchymal stem cell secretome in tissue repair", level=1)
    d.add_paragraph("Mingyuan Li, Xiaolan Wang")
    d.add_heading("Abstract", level=1)
    d.add_paragraph("Regenerative medicine aims to restore the structure and function of damaged tissues.")
    path = tmp_path / "end.docx"
    d.save(str(path))
    roles = _roles(path)
    assert roles["研究背景"] is Role.HEADING
    assert roles["The role of the mesenchymal stem cell secretome in tissue repair"] is not Role.HEADING
    out = _check(path)
    assert "section '研究背景' (paragraphs 2-3, 2 sentences) has no English counterpart" in out
    assert "no English for: 研究背景" not in out


def _monolingual(path: Path) -> list[str]:
    result = CliRunner().invoke(main, ["check", str(path), "--format", "json"], catch_exceptions=False)
    import json

    return [f["data"]["heading"] for f in json.loads(result.stdout)["findings"] if f["rule"] == "monolingual-section"]


def test_subsections_in_a_lower_heading_style_are_reported_within_their_section(tmp_path: Path) -> None:
    """A journal template numbers its headings automatically (the number is no text): each Heading 2 under a
    Heading 1 is a subsection, reported within its section once, as a typed 3.1 is within 3."""
    d = docx.Document(str(article(tmp_path)))
    d.add_heading("临床应用", level=1)
    for title, text in (("心血管疾病", "分泌组可以改善心脏功能。多项试验显示了这一点。"),
                        ("神经退行性疾病", "分泌组具有神经保护作用。其机制尚不清楚。")):
        d.add_heading(title, level=2)
        d.add_paragraph(text)
    path = tmp_path / "levels.docx"
    d.save(str(path))
    assert _monolingual(path) == ["研究背景", "临床应用"]


def test_a_chapter_without_prose_of_its_own_is_named_by_its_heading(tmp_path: Path) -> None:
    """A thesis chapter (Heading 1) that opens with its first section (Heading 2): one finding, named by the
    chapter."""
    d = docx.Document()
    d.add_heading("摘要", level=1)
    d.add_paragraph("本文研究移动操作机器人。实验验证了方法的有效性。")
    d.add_heading("Abstract", level=1)
    d.add_paragraph("This thesis studies mobile manipulators. Experiments verify the method.")
    d.add_heading("第1章 绪论", level=1)
    d.add_heading("1.1 研究背景", level=2)
    d.add_paragraph("移动操作机器人是研究热点。它由机械臂和移动平台组成。")
    d.add_heading("1.2 研究现状", level=2)
    d.add_paragraph("国内外已有大量研究。本文总结其进展。")
    path = tmp_path / "thesis.docx"
    d.save(str(path))
    assert _monolingual(path) == ["第1章 绪论"]


def test_sections_below_a_title_in_heading_1_are_not_subsections_of_one_another(tmp_path: Path) -> None:
    """The article title in Heading 1 (a template's title style) and the sections in Heading 2: Heading 1 is the
    top level only by the title, so each Heading 2 section is a section of its own, reported on its own (was: each
    merged into the first section, the second section's finding lost within the first's)."""
    d = docx.Document()
    d.add_paragraph("间充质干细胞分泌组在组织修复中的作用", style="Heading 1")
    d.add_paragraph("李明远，王晓岚")
    d.add_paragraph("摘要：再生医学致力于恢复受损组织的结构与功能。间充质干细胞分泌组含有多种活性成分。")
    d.add_paragraph("The role of the mesenchymal stem cell secretome in tissue repair", style="Heading 1")
    d.add_paragraph("Mingyuan Li, Xiaolan Wang")
    d.add_paragraph("Abstract: Regenerative medicine aims to restore the structure and function of damaged tissues. "
                    "The mesenchymal stem cell secretome contains many active components.")
    for title, text in (("研究背景", "间充质干细胞能够分泌大量具有生物活性的分子。这些分子共同构成了干细胞的分泌组。"),
                        ("临床应用", "分泌组可以改善心脏功能。多项试验显示了这一点。")):
        d.add_heading(title, level=2)
        d.add_paragraph(text)
    path = tmp_path / "title-h1.docx"
    d.save(str(path))
    assert _monolingual(path) == ["研究背景", "临床应用"]


def test_heading_3_subsections_under_heading_2_sections_below_a_title_in_heading_1(tmp_path: Path) -> None:
    """The title in Heading 1, the sections in Heading 2 and their subsections in Heading 3: the body's top level
    is Heading 2, so each Heading 3 is within its section, one monolingual-section a section (was: the Heading 3
    subsections reported on their own, as the top level was taken over the title's Heading 1 too)."""
    d = docx.Document()
    d.add_paragraph("间充质干细胞分泌组在组织修复中的作用", style="Heading 1")
    d.add_paragraph("摘要：再生医学致力于恢复受损组织的结构与功能。间充质干细胞分泌组含有多种活性成分。")
    d.add_paragraph("The role of the mesenchymal stem cell secretome in tissue repair", style="Heading 1")
    d.add_paragraph("Abstract: Regenerative medicine aims to restore the structure and function of damaged tissues. "
                    "The mesenchymal stem cell secretome contains many active components.")
    for title, subs in (("研究背景", ("分泌组的组成", "分泌组的来源")), ("临床应用", ("心脏疾病", "神经疾病"))):
        d.add_heading(title, level=2)
        d.add_paragraph("间充质干细胞能够分泌大量具有生物活性的分子。")
        for sub in subs:
            d.add_heading(sub, level=3)
            d.add_paragraph("这些分子共同构成了干细胞的分泌组。多项试验显示了这一点。")
    path = tmp_path / "title-h1-h3.docx"
    d.save(str(path))
    assert _monolingual(path) == ["研究背景", "临床应用"]

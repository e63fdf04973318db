"""The reviewed Word document: one comment per finding, anchored on exactly the finding's characters."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from docx.oxml.ns import qn

from zhen_qa.cli import main
from zhen_qa.report.docx_runs import runs_for_span
from zhen_qa.report.safetext import xml_safe

GLOSSARY = ("id,zh,en,zh_deprecated\nsecretome,分泌组,secretome,分泌物|分泌体\n"
            "regen,再生医学,regenerative medicine,再生医疗\n")
LINES = [
    "干细胞分泌物研究",
    "",
    "Stem cell secretome research",
    "",
    "摘要: 分泌组是细胞分泌的分子集合, 在再生医疗中很重要。",
    "",
    "Abstract: The secretome is the set of molecules a cell secretes; it matters in regenerative medicine.",
]


def _docx(path: Path, lines: list[str], bold_second_half: bool = True) -> None:
    """A Word file with one paragraph a line, each split into two runs (the second bold)."""
    d = docx.Document()
    for line in lines:
        p = d.add_paragraph()
        half = len(line) // 2
        p.add_run(line[:half])
        r = p.add_run(line[half:])
        r.bold = bold_second_half
    d.save(str(path))


def anchored_texts(path: Path) -> dict[str, str]:
    """Comment id -> the text between its commentRangeStart and commentRangeEnd, in document order."""
    body = docx.Document(str(path)).element.body
    open_ids: dict[str, list[str]] = {}
    out: dict[str, str] = {}
    for el in body.iter():
        if el.tag == qn("w:commentRangeStart"):
            open_ids[el.get(qn("w:id"))] = []
        elif el.tag == qn("w:commentRangeEnd"):
            cid = el.get(qn("w:id"))
            out[cid] = "".join(open_ids.pop(cid))
        elif el.tag == qn("w:t"):
            for parts in open_ids.values():
                parts.append(el.text or "")
    return out


def _run(*args: object) -> object:
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture()
def manuscript(tmp_path: Path) -> tuple[Path, Path]:
    path = tmp_path / "m.docx"
    _docx(path, LINES)
    glossary = tmp_path / "g.csv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    return path, glossary


def test_every_finding_has_a_comment_on_its_exact_span(manuscript: tuple[Path, Path], tmp_path: Path) -> None:
    path, glossary = manuscript
    before = path.read_bytes()
    out = tmp_path / "reviewed.docx"
    result = _run("check", path, "--glossary", glossary, "--format", "docx", "--output", out)
    assert result.exit_code == 1, result.output
    assert path.read_bytes() == before  # the input is never modified
    report = json.loads(_run("check", path, "--glossary", glossary, "--format", "json").output)
    findings = report["findings"]
    reviewed = docx.Document(str(out))
    comments = {str(c.comment_id): c for c in reviewed.comments}
    spans = anchored_texts(out)
    texts = [p.text for p in reviewed.paragraphs]
    # the two half-width marks of paragraph 5 (":" and ",") are one comment on the first, naming both places
    grouped = [c for c in comments.values() if c.text.startswith("punctuation-width (warning): 2 places")]
    assert len(grouped) == 1 and len(comments) == len(findings) - 1 >= 3
    for f in findings:
        want = texts[f["line"] - 1][f["column"] - 1:f["end_column"] - 1]
        head = f"{f['rule']} ({f['severity']}): {f['message']}"
        ids = [cid for cid, c in comments.items() if c.text.startswith(head)]
        if f["rule"] == "punctuation-width":
            assert f"character {f['column']}: {f['message']}: " in grouped[0].text
            continue
        assert any(spans[cid] == want for cid in ids), (f, want)
    assert spans[str(grouped[0].comment_id)] == ":"
    assert {c.author for c in comments.values()} == {"zhen-qa"}
    # the deprecated 分泌物 in the title: exactly those three characters, suggestion in the comment
    variant = next(c for c in comments.values() if "分泌物" in c.text and c.text.startswith("term-variant"))
    assert spans[str(variant.comment_id)] == "分泌物"
    assert "Suggestion: 分泌组" in variant.text


def test_splitting_keeps_formatting_and_text(manuscript: tuple[Path, Path], tmp_path: Path) -> None:
    path, glossary = manuscript
    out = tmp_path / "reviewed.docx"
    _run("check", path, "--glossary", glossary, "--format", "docx", "--output", out)
    original, reviewed = docx.Document(str(path)), docx.Document(str(out))
    assert [p.text for p in reviewed.paragraphs] == [p.text for p in original.paragraphs]
    bold = ["".join(r.text for r in p.runs if r.bold) for p in reviewed.paragraphs]
    assert bold == ["".join(r.text for r in p.runs if r.bold) for p in original.paragraphs]


def test_runs_for_span_splits_inside_a_run() -> None:
    d = docx.Document()
    p = d.add_paragraph()
    p.add_run("abcdef")
    r2 = p.add_run("ghij")
    r2.italic = True
    runs = runs_for_span(p._p, 2, 8)
    assert ["".join(t.text for t in r.iter(qn("w:t"))) for r in runs] == ["cdef", "gh"]
    assert [r.text for r in p.runs] == ["ab", "cdef", "gh", "ij"]
    assert [bool(r.italic) for r in p.runs] == [False, False, True, True]


def test_text_input_becomes_a_new_document_one_paragraph_a_line(tmp_path: Path) -> None:
    path = tmp_path / "m.md"
    path.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    glossary = tmp_path / "g.csv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    out = tmp_path / "reviewed.docx"
    assert _run("check", path, "--glossary", glossary, "--format", "docx", "-o", out).exit_code == 1
    reviewed = docx.Document(str(out))
    assert [p.text for p in reviewed.paragraphs][: len(LINES)] == LINES
    assert "分泌物" in anchored_texts(out).values()


def test_hostile_text_stays_text(tmp_path: Path) -> None:
    """Manuscript text with field syntax and control characters never becomes a Word field."""
    hostile = ["干细胞分泌物研究 { HYPERLINK \"http://example.invalid\" } \x07", "",
               "Stem cell secretome research =HYPERLINK(\"http://example.invalid\",\"x\")"]
    path = tmp_path / "m.txt"
    path.write_text("\n".join(hostile), encoding="utf-8")
    glossary = tmp_path / "g.csv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    out = tmp_path / "reviewed.docx"
    _run("check", path, "--glossary", glossary, "--format", "docx", "-o", out)
    import zipfile

    with zipfile.ZipFile(out) as zf:
        xml = b"".join(zf.read(n) for n in zf.namelist() if n.endswith(".xml"))
    assert b"fldSimple" not in xml and b"instrText" not in xml
    assert "HYPERLINK" in docx.Document(str(out)).paragraphs[0].text
    assert xml_safe("a\x07b\ud800") == "a\ufffdb\ufffd"


def test_docx_output_needs_one_manuscript(manuscript: tuple[Path, Path], tmp_path: Path) -> None:
    path, _glossary = manuscript
    other = tmp_path / "n.docx"
    _docx(other, LINES)
    result = CliRunner().invoke(main, ["check", str(path), str(other), "--format", "docx", "-o",
                                       str(tmp_path / "r.docx")])
    assert result.exit_code == 2
    assert "one reviewed document" in result.output


def test_text_report_names_paragraph_and_character(manuscript: tuple[Path, Path]) -> None:
    path, glossary = manuscript
    out = _run("check", path, "--glossary", glossary).output
    assert f"{path} (paragraph 1, character 4): warning [term-variant]" in out


@pytest.mark.slow
def test_reviewed_document_opens_in_libreoffice(manuscript: tuple[Path, Path], tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice is needed in CI (.ci/run installs libreoffice-writer-nogui)")
        pytest.skip("LibreOffice is not installed")
    path, glossary = manuscript
    out = tmp_path / "reviewed.docx"
    _run("check", path, "--glossary", glossary, "--format", "docx", "-o", out)
    done = subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                           "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
                          capture_output=True, text=True, timeout=180)
    pdf = tmp_path / "reviewed.pdf"
    assert done.returncode == 0 and pdf.exists(), done.stderr
    assert pdf.read_bytes().startswith(b"%PDF")


def _text_box(paragraph: object, text: str) -> None:
    """A text box (DrawingML, with its VML fallback copy) anchored in `paragraph`."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    box = f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"
    paragraph._p.append(parse_xml(  # type: ignore[attr-defined]
        f'<w:r {nsdecls("w")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent>'
        f'<mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>{box}</w:txbxContent></wps:txbx></w:drawing>'
        f'</mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>{box}</w:txbxContent></v:textbox></w:pict>'
        '</mc:Fallback></mc:AlternateContent></w:r>'))


def test_a_span_into_a_text_box_read_after_the_body_ends_in_the_body(tmp_path: Path) -> None:
    """A figure caption in a text box of the first section is read after the body, so the last section's
    monolingual-section span runs on into it: its comment ends with the body's last paragraph, never before its
    own start (a range Word cannot show), and every comment's range opens before it closes."""
    d = docx.Document()
    d.add_paragraph("干细胞分泌组研究", style="Title")
    d.add_paragraph("摘要：分泌组是细胞分泌的分子集合。它在再生医学中很重要。")
    d.add_paragraph("Stem cell secretome research", style="Title")
    d.add_paragraph("Abstract: The secretome is the set of molecules a cell secretes. It matters in regenerative "
                    "medicine.")
    d.add_heading("引言", level=1)
    _text_box(d.add_paragraph("分泌组包括多种分子。这些分子调节炎症。"), "图1. 分泌组的主要应用领域。")
    d.add_heading("结论", level=1)
    d.add_paragraph("分泌组有很大的前景。仍需要进一步研究。")
    path = tmp_path / "box.docx"
    d.save(str(path))
    out = tmp_path / "reviewed.docx"
    _run("check", path, "--format", "docx", "-o", out)
    spans = anchored_texts(out)  # raises on a range that closes before it opens
    comments = {str(c.comment_id): c.text for c in docx.Document(str(out)).comments}
    assert set(spans) == set(comments)
    last = next(cid for cid, text in comments.items() if "section '结论'" in text)
    assert spans[last] == "结论分泌组有很大的前景。仍需要进一步研究。"


def test_the_same_slip_recurring_in_a_paragraph_is_one_comment_listing_its_places(tmp_path: Path) -> None:
    """81 half-width commas in one article were 81 comments; an editor marks a recurring slip once per paragraph and
    lists where it recurs, so the author can find each: one comment per paragraph and rule, on the first place."""
    path, out = tmp_path / "m.docx", tmp_path / "reviewed.docx"
    _docx(path, ["分泌组是细胞分泌的分子集合, 在再生医学中很重要, 也用于诊断, 见下文。", "",
                 "另一段, 也有逗号。"], bold_second_half=False)
    _run("check", path, "--select", "punctuation-width", "--format", "docx", "--output", out)
    comments = [c.text for c in docx.Document(str(out)).comments]
    assert comments == [
        'punctuation-width (warning): half-width "," in Chinese text, 3 places in this paragraph:\n'
        "character 14: “…泌的分子集合, 在再生医学…”\ncharacter 25: “…医学中很重要, 也用于诊断…”\n"
        "character 32: “… 也用于诊断, 见下文。”\nSuggestion: ，",
        'punctuation-width (warning): half-width "," in Chinese text\nSuggestion: ，']
    assert sorted(anchored_texts(out).values()) == [",", ","]


def test_a_grouped_comment_keeps_a_shared_suggestion_and_names_each_place_s_counterpart() -> None:
    from zhen_qa.manuscript.source import Location
    from zhen_qa.report.docx_comments import group_text
    from zhen_qa.report.findings import Finding, Severity

    text = "分泌组的研究已有二十年。我们比较了分泌组的组成。"
    message = "「分泌组」 has no “secretome”"
    group = [Finding("term-missing", Severity.WARNING, message, Location("m.txt", 1, a, 1, a + 3), "zh", "",
                     suggestion="secretome", related=Location("m.txt", 3, b, 3, b + 5))
             for a, b in ((1, 1), (18, 40))]
    assert group_text(group, "m.txt", text) == [
        "term-missing (warning): 「分泌组」 has no “secretome”, 2 places on this line:",
        "column 1: “分泌组的研究已有二…” (English: line 3, column 1)",
        "column 18: “…。我们比较了分泌组的组成。” (English: line 3, column 40)",
        "Suggestion: secretome"]
    same = [Finding(f.rule, f.severity, f.message, f.location, "zh", "", suggestion="secretome",
                    related=group[0].related) for f in group]
    assert group_text(same, "m.txt", text)[-2:] == ["Suggestion: secretome", "English: line 3, column 1."]


def test_the_other_language_s_recurring_slip_is_one_comment_on_its_chinese_counterpart(tmp_path: Path) -> None:
    """Checked as two files, the English file's full-width commas were a comment each, all on the Chinese file's
    first paragraph and each saying only "Found in …, column N": sixteen comments for one slip of ChinaXiv's
    cx7-007. They are one comment per English line, quoting each place in enough English words to find it, on the
    Chinese sentence aligned with that line."""
    zh, en = tmp_path / "a.zh.txt", tmp_path / "a.en.txt"
    zh.write_text("分泌组含有多种生长因子。\n\n这些因子促进组织修复，减轻炎症，并保护细胞。\n", encoding="utf-8")
    en.write_text("The secretome contains many growth factors.\n\n"
                  "These factors promote tissue repair，reduce inflammation，and protect cells.\n", encoding="utf-8")
    out = tmp_path / "reviewed.docx"
    _run("check", zh, "--en", en, "--select", "punctuation-width", "--format", "docx", "-o", out)
    comments = {str(c.comment_id): c.text for c in docx.Document(str(out)).comments}
    assert list(comments.values()) == [
        f'punctuation-width (warning): full-width "，" in English text, 2 places in {en}, line 3:\n'
        "column 36: “…e tissue repair，reduce inflamma…”\n"
        "column 56: “…ce inflammation，and protect cel…”\nSuggestion: , "]  # a space before the next word
    assert list(anchored_texts(out).values()) == ["这些因子促进组织修复，减轻炎症，并保护细胞。"]


def test_a_grouped_comment_is_built_from_its_parts_not_from_its_wording() -> None:
    """Which lines a grouped comment shares is decided on the parts of each finding's comment (suggestion, other
    language), not by reading its text: a message that itself begins "Suggestion:" is not taken for one."""
    from zhen_qa.manuscript.source import Location
    from zhen_qa.report.docx_comments import CommentParts, comment_parts, group_text
    from zhen_qa.report.findings import Finding, Severity

    f = Finding("term-missing", Severity.WARNING, "「分泌组」 has no “secretome”", Location("m.txt", 1, 1, 1, 4), "zh",
                suggestion="secretome", related=Location("m.en.txt", 3, 1, 3, 10))
    assert comment_parts(f, "m.txt") == CommentParts("term-missing (warning): 「分泌组」 has no “secretome”",
                                                     "secretome", None, "English: m.en.txt, line 3, column 1.")
    group = [Finding("punctuation-width", Severity.WARNING, "Suggestion: none", Location("m.txt", 1, a, 1, a + 1),
                     "zh", suggestion=s) for a, s in ((3, "，"), (6, "："))]
    assert group_text(group, "m.txt", "分泌组,含有:多种因子") == [
        "punctuation-width (warning): Suggestion: none, 2 places on this line:",
        "column 3: “分泌组,含有:多种…” (suggestion: ，)", "column 6: “分泌组,含有:多种因子” (suggestion: ：)"]


def test_a_review_made_from_text_files_says_what_it_is_in_its_page_header(tmp_path: Path) -> None:
    """An author opening the review of a .txt manuscript saw its lines and some comments, and nothing saying what the
    document is: its page header names the files and counts the findings and comments. A Word manuscript's copy
    keeps the author's own header."""
    zh, en = tmp_path / "a.zh.txt", tmp_path / "a.en.txt"
    zh.write_text("分泌组含有多种生长因子, 它们促进修复。\n", encoding="utf-8")
    en.write_text("The secretome contains many growth factors，which promote repair.\n", encoding="utf-8")
    out = tmp_path / "reviewed.docx"
    _run("check", zh, "--en", en, "--select", "punctuation-width", "-o", out)
    header = docx.Document(str(out)).sections[0].header
    assert [p.text for p in header.paragraphs] == [
        "zhen-qa review of a.zh.txt + a.en.txt: 2 findings (0 errors, 2 warnings, 0 infos) in 2 comments at their "
        "places. No glossary: terms were checked only for consistency within the text."]
    word = tmp_path / "m.docx"
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Journal of Stem Cells, draft 3"
    d.add_paragraph("分泌组含有多种生长因子, 它们促进修复。")
    d.save(str(word))
    _run("check", word, "--select", "punctuation-width", "-o", out)
    assert [p.text for p in docx.Document(str(out)).sections[0].header.paragraphs] == ["Journal of Stem Cells, draft 3"]


def test_a_comment_names_the_language_of_its_counterpart() -> None:
    """A bilingual file holds both languages, so "Related: line 13, column 1" (stop 45's walk through the seed's
    Word review) left the author to guess which text it meant: the comment names the counterpart's language, the
    Chinese for a finding in the English and the English for one in the Chinese."""
    from zhen_qa.manuscript.source import Location
    from zhen_qa.report.docx_comments import comment_text
    from zhen_qa.report.findings import Finding, Severity

    zh = Finding("term-missing", Severity.WARNING, "「分泌组」 has no “secretome”", Location("m.txt", 1, 1, 1, 4), "zh",
                 related=Location("m.txt", 13, 1, 13, 9))
    en = Finding("untranslated-span", Severity.WARNING, "left in English: the Chinese repeats the English text",
                 Location("m.txt", 13, 1, 13, 9), "en", related=Location("m.txt", 1, 1, 1, 4))
    assert comment_text(zh, "m.txt")[-1] == "English: line 13, column 1."
    assert comment_text(en, "m.txt")[-1] == "Chinese: line 1, column 1."
    two = Finding(en.rule, en.severity, en.message, Location("m.en.txt", 3, 1, 3, 9), "en",
                  related=Location("m.zh.txt", 1, 1, 1, 4))
    assert comment_text(two, "m.zh.txt")[-1] == "Chinese: m.zh.txt, line 1, column 1."

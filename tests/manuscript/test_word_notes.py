"""Word footnotes, endnotes and text boxes are read after the body, named where they are, checked and fixed."""
from __future__ import annotations

from pathlib import Path

import docx
from click.testing import CliRunner
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from zhen_qa.cli import main
from zhen_qa.manuscript.reader import document_blocks, read_source

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _notes(kind: str, texts: dict[int, str]) -> bytes:
    notes = "".join(f'<w:{kind} w:id="{i}"><w:p><w:r><w:{kind}Ref/></w:r><w:r><w:t>{t}</w:t></w:r></w:p></w:{kind}>'
                    for i, t in texts.items())
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{kind}s {_W}>'
            f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
            f"{notes}</w:{kind}s>").encode()


def _document(tmp_path: Path) -> Path:
    """Body: a references list last; footnote ids 2 then 1 referenced in that order; an endnote; a text box (with
    its drawing's fallback copy)."""
    d = docx.Document()
    p = d.add_paragraph("本研究纳入了120例患者。")
    for note_id in (2, 1):
        p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:footnoteReference w:id="{note_id}"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:endnoteReference w:id="1"/></w:r>'))
    box = ('<w:p><w:r><w:t>框内的的文字。</w:t></w:r></w:p>')
    d.add_paragraph()._p.append(parse_xml(
        f'<w:r {nsdecls("w")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent>'
        f'<mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>{box}</w:txbxContent></wps:txbx></w:drawing>'
        f'</mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>{box}</w:txbxContent></v:textbox></w:pict>'
        '</mc:Fallback></mc:AlternateContent></w:r>'))
    d.add_heading("参考文献", level=1)
    d.add_paragraph("[1] Wang X. A study of patients. J Med, 2020.")
    for kind, texts in (("footnote", {1: "第二个脚注,有半角逗号。", 2: "第一个脚注的的文字。"}),
                        ("endnote", {1: "尾注的文字。"})):
        part = Part(PackURI(f"/word/{kind}s.xml"), getattr(CT, f"WML_{kind.upper()}S"), _notes(kind, texts),
                    d.part.package)
        d.part.relate_to(part, getattr(RT, f"{kind.upper()}S"))
    path = tmp_path / "n.docx"
    d.save(str(path))
    return path


def test_notes_and_text_boxes_are_read_once_after_the_body_in_words_order(tmp_path: Path) -> None:
    lines = read_source(str(_document(tmp_path))).text.split("\n")
    assert lines[-4:] == ["框内的的文字。", "第一个脚注的的文字。", "第二个脚注,有半角逗号。", "尾注的文字。"]
    assert lines.count("框内的的文字。") == 1
    texts = {b.text.text: b.role.name for b in document_blocks(read_source(str(_document(tmp_path))))}
    assert texts["第一个脚注的的文字。"] == "PARAGRAPH"  # not a reference entry of the body's last section


def test_findings_in_notes_and_text_boxes_name_them(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["check", str(_document(tmp_path))], catch_exceptions=False)
    assert "(footnote 1, character 6): warning [repeated-char]" in result.output
    assert "(text box 1, character 3): warning [repeated-char]" in result.output
    assert "(footnote 2, character 6)" in result.output and "punctuation-width" in result.output


def test_a_fix_in_a_footnote_is_a_tracked_change_in_the_footnotes_part(tmp_path: Path) -> None:
    path, out = _document(tmp_path), tmp_path / "fixed.docx"
    result = CliRunner().invoke(main, ["fix", str(path), "--select", "punctuation-width", "--output", str(out)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "第二个脚注，有半角逗号。" in read_source(str(out)).text.split("\n")
    notes = parse_xml(next(r.target_part for r in docx.Document(str(out)).part.rels.values()
                           if r.reltype == RT.FOOTNOTES).blob)
    assert [el.get(qn("w:author")) for el in notes.iter(qn("w:ins"))] == ["zhen-qa"]


def test_the_word_review_comment_on_a_footnote_finding_names_the_footnote(tmp_path: Path) -> None:
    path, out = _document(tmp_path), tmp_path / "review.docx"
    CliRunner().invoke(main, ["check", str(path), "--format", "docx", "--output", str(out)], catch_exceptions=False)
    comments = [c.text for c in docx.Document(str(out)).comments]
    assert any("repeated-char" in c and "Found in footnote 1, character 6." in c for c in comments)
    assert any("repeated-char" in c and "Found in" not in c for c in comments)  # the text box's: anchored there

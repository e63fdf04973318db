"""Word paragraphs in the reader's order: tables where they stand, merged cells once, content controls."""
from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from zhen_qa.manuscript.reader import read_source
from zhen_qa.manuscript.word import document_paragraphs, paragraph_text


def _texts(path: Path) -> list[str]:
    return [paragraph_text(p._p) for p in document_paragraphs(docx.Document(str(path)))]


def test_table_stands_where_it_is_and_a_merged_cell_is_read_once(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("表前")
    table = d.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "合并"
    table.cell(1, 0).text = "甲"
    table.cell(1, 1).merge(table.cell(1, 2)).text = "乙"
    d.add_paragraph("表后")
    path = tmp_path / "t.docx"
    d.save(str(path))
    texts = [t for t in _texts(path) if t]
    assert texts == ["表前", "合并", "甲", "乙", "表后"]
    assert read_source(str(path)).text.split("\n")[0] == "表前"


def test_content_control_and_nested_table_paragraphs_are_read(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("一")
    sdt = parse_xml(f"<w:sdt {nsdecls('w')}><w:sdtContent><w:p><w:r><w:t>控件</w:t></w:r></w:p>"
                    "</w:sdtContent></w:sdt>")
    d.element.body.insert(1, sdt)
    outer = d.add_table(rows=1, cols=1)
    outer.cell(0, 0).text = "外"
    outer.cell(0, 0).add_table(rows=1, cols=1).cell(0, 0).text = "内"
    path = tmp_path / "c.docx"
    d.save(str(path))
    assert [t for t in _texts(path) if t] == ["一", "控件", "外", "内"]


def test_runs_inside_content_controls_smart_tags_fields_and_moves_are_text(tmp_path: Path) -> None:
    d = docx.Document()
    p = d.add_paragraph()
    d.element.body.replace(p._p, parse_xml(
        f"<w:p {nsdecls('w')}><w:r><w:t>因子</w:t></w:r>"
        "<w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>[1]</w:t></w:r></w:sdtContent></w:sdt>"
        '<w:smartTag w:uri="u" w:element="e"><w:r><w:t>甲</w:t></w:r></w:smartTag>'
        '<w:fldSimple w:instr=" REF t "><w:r><w:t>表1</w:t></w:r></w:fldSimple>'
        '<w:moveTo w:id="1" w:author="A"><w:r><w:t>新处</w:t></w:r></w:moveTo>'
        '<w:moveFrom w:id="2" w:author="A"><w:r><w:t>旧处</w:t></w:r></w:moveFrom>'
        '<w:del w:id="3" w:author="A"><w:r><w:delText>删</w:delText></w:r></w:del><w:r><w:t>。</w:t></w:r></w:p>'))
    path = tmp_path / "i.docx"
    d.save(str(path))
    assert _texts(path) == ["因子[1]甲表1新处。"]

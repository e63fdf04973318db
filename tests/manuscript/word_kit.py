"""A Word article written by python-docx, shared by the tests of Word headings and of Word places in reports."""
from __future__ import annotations

from pathlib import Path

import docx


def article(tmp_path: Path, title_style: str = "Title", name: str = "a.docx", zh_keywords: bool = True) -> Path:
    """A Chinese article with an English title, abstract and keywords; labels and body sections are headings."""
    d = docx.Document()
    d.add_paragraph("间充质干细胞分泌组在组织修复中的作用", style=title_style)
    d.add_paragraph("李明远，王晓岚")
    d.add_heading("摘要", level=1)
    d.add_paragraph("再生医学致力于恢复受损组织的结构与功能。间充质干细胞分泌组含有多种活性成分。")
    if zh_keywords:
        d.add_heading("关键词", level=1)
        d.add_paragraph("分泌组；间充质干细胞；再生医学")
    d.add_paragraph("The role of the mesenchymal stem cell secretome in tissue repair", style=title_style)
    d.add_paragraph("Mingyuan Li, Xiaolan Wang")
    d.add_heading("Abstract", level=1)
    d.add_paragraph("Regenerative medicine aims to restore the structure and function of damaged tissues. "
                    "The mesenchymal stem cell secretome contains many active components.")
    d.add_heading("Keywords", level=1)
    d.add_paragraph("secretome; mesenchymal stem cell; regenerative medicine")
    d.add_heading("研究背景", level=1)
    d.add_paragraph("间充质干细胞能够分泌大量具有生物活性的分子。这些分子共同构成了干细胞的分泌组。")
    d.add_heading("分泌组的组成", level=2)
    d.add_paragraph("分泌组包括可溶性蛋白和细胞外囊泡两大类成分。外泌体的直径约为30～150 nm。")
    path = tmp_path / name
    d.save(str(path))
    return path


def add_footnotes(path: Path, texts: list[str]) -> None:
    """Give the document at `path` footnotes 1..N with these texts, referenced from its first paragraph."""
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    d = docx.Document(str(path))
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    notes = "".join(f'<w:footnote w:id="{i}"><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:footnote>'
                    for i, t in enumerate(texts, 1))
    for i in range(1, len(texts) + 1):
        d.paragraphs[0]._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:footnoteReference w:id="{i}"/></w:r>'))
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES,
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {w}>{notes}</w:footnotes>'
                .encode(), d.part.package)
    d.part.relate_to(part, RT.FOOTNOTES)
    d.save(str(path))

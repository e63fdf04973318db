from __future__ import annotations

import xml.etree.ElementTree as ET

from translate.storage import tmx

from zhen_qa.report.model import Report
from zhen_qa.report.tmx import write_tmx

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def test_read_back_with_translate_toolkit(sample: Report) -> None:
    pairs = sample.files[0].pairs
    data = write_tmx(pairs)
    store = tmx.tmxfile.parsestring(data)
    units = [(u.source, u.target) for u in store.units]
    # the 1-0 bead (untranslated sentence) has no English side, so no translation unit
    assert units == [
        ("分泌组与再生医学", "Secretome and regenerative medicine"),
        ("分泌物在再生医疗中很重要。", "The secretome matters in regenerative medicine."),
        ("本研究纳入了12例患者。", "This study included 13 patients."),
    ]


def test_header_attributes_and_xml_lang_on_every_tuv(sample: Report) -> None:
    root = ET.fromstring(write_tmx(sample.files[0].pairs))
    assert root.tag == "tmx" and root.get("version") == "1.4"
    header = root.find("header")
    assert header is not None
    required = ("creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang", "datatype")
    for attr in required:
        assert header.get(attr), attr
    assert header.get("srclang") == "zh-CN" and header.get("segtype") == "sentence"
    tuvs = root.findall("body/tu/tuv")
    assert len(tuvs) == 6
    assert [t.get(XML_LANG) for t in tuvs] == ["zh-CN", "en"] * 3
    assert root.find("body/tu/prop").text == "title"


def test_plain_tuples_escaping_and_empty_sides() -> None:
    data = write_tmx(
        [("甲<乙>&丙", 'A < B & "C"'), ("", "orphan"), ("孤立", "  "), ("控制\x0b字符", "control\x01 char")],
        srclang="zh-Hans",
    )
    store = tmx.tmxfile.parsestring(data)
    assert [(u.source, u.target) for u in store.units] == [("甲<乙>&丙", 'A < B & "C"'), ("控制字符", "control char")]
    root = ET.fromstring(data)
    assert root.find("header").get("srclang") == "zh-Hans"


def test_multi_sentence_bead_is_joined() -> None:
    from zhen_qa.manuscript.document import Bead, Pair, Role, Sentence
    from zhen_qa.manuscript.source import MappedText, SourceText

    src = SourceText.from_text("x.txt", "甲。乙。\nOne. Two.\n")
    zh = tuple(Sentence(MappedText.span(src, a, b), "zh", Role.PARAGRAPH) for a, b in ((0, 2), (2, 4)))
    en = tuple(Sentence(MappedText.span(src, a, b), "en", Role.PARAGRAPH) for a, b in ((5, 9), (10, 14)))
    pair = Pair("document", zh, en, (Bead((0, 1), (0, 1), 0.5),))
    store = tmx.tmxfile.parsestring(write_tmx([pair]))
    assert [(u.source, u.target) for u in store.units] == [("甲。乙。", "One. Two.")]


def test_deterministic_without_date(sample: Report) -> None:
    assert write_tmx(sample.files[0].pairs) == write_tmx(sample.files[0].pairs)
    dated = ET.fromstring(write_tmx(sample.files[0].pairs, creationdate="20250101T000000Z"))
    assert dated.find("header").get("creationdate") == "20250101T000000Z"

"""CAT-tool files: each unit is a Chinese-English pair mapped to its place in the file."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.cat_files import write_file
from zhen_qa.checks.run import Flags, check_file
from zhen_qa.manuscript.cat import read_cat
from zhen_qa.manuscript.errors import InputError
from zhen_qa.manuscript.source import MappedText

XLIFF12 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="a" source-language="zh-CN" target-language="en" datatype="plaintext"><body>
  <trans-unit id="u1">
   <source>分泌组含有<g id="1">生长因子</g>&amp;<x id="2"/>细胞因子。</source>
   <target>The secretome contains <g id="1">growth factors</g> &amp; <x id="2"/>cytokines.</target>
  </trans-unit>
  <trans-unit id="u2">
   <source>已有350项试验<ph id="3">&lt;b&gt;</ph>。</source>
   <target>About 530 trials<ph id="3">&lt;b&gt;</ph>.</target>
  </trans-unit>
 </body></file>
</xliff>
"""
XLIFF20 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="zh-CN">
 <file id="f1">
  <unit id="a"><segment>
   <source>About <pc id="1">350</pc> trials.<ph id="2"/></source>
   <target>约<pc id="1">530</pc>项试验。<ph id="2"/></target>
  </segment></unit>
 </file>
</xliff>
"""
TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="zh-CN" adminlang="en" segtype="sentence" datatype="plaintext"
 o-tmf="x" creationtool="x" creationtoolversion="1"/><body>
<tu tuid="7"><tuv xml:lang="zh-CN"><seg>已有350项试验。</seg></tuv><tuv xml:lang="en"><seg>About 530 <ph>&lt;i&gt;</ph>\
trials.</seg></tuv></tu>
</body></tmx>
"""
PO = '''msgid ""
msgstr ""
"Language: zh_CN\\n"

#: a.c:1
msgid "About 350 "
"trials."
msgstr "约530项试验。"
'''


def test_xliff12_units_inline_tags_and_entities(tmp_path: Path) -> None:
    m = read_cat(write_file(tmp_path, "a.xlf", XLIFF12))
    assert [p.section for p in m.pairs] == ["u1", "u2"]
    zh, en = m.pairs[0].zh[0], m.pairs[0].en[0]
    assert zh.text.text == "分泌组含有生长因子&细胞因子。"
    assert en.text.text == "The secretome contains growth factors & cytokines."
    assert (zh.location.line, zh.location.column) == (5, 12)
    assert m.pairs[1].en[0].text.text == "About 530 trials."  # <ph> holds native code, not text
    at = en.text.text.index("growth")
    loc = en.text.location(at, at + 6)
    assert (loc.line, loc.column, loc.end_column) == (6, 45, 51)


def test_xliff20_english_source_is_read_as_en_to_zh(tmp_path: Path) -> None:
    m = read_cat(write_file(tmp_path, "b.xliff", XLIFF20))
    assert (m.pairs[0].zh[0].text.text, m.pairs[0].en[0].text.text) == ("约530项试验。", "About 350 trials.")


@pytest.mark.parametrize(
    ("name", "text", "line", "column"),
    [("a.xlf", XLIFF12, 10, 18), ("b.xlf", XLIFF20, 5, 29), ("c.tmx", TMX, 4, 92), ("d.po", PO, 6, 14)],
)
def test_number_mismatch_points_at_the_unit(tmp_path: Path, name: str, text: str, line: int, column: int) -> None:
    result = check_file(write_file(tmp_path, name, text), None, Flags())
    numbers = [f for f in result.findings if f.rule == "number-mismatch"]
    assert numbers, result.findings
    f = numbers[0]
    assert (f.location.line, f.location.column) == (line, column)
    assert dict(f.data)["unit"]


def test_deleted_target_is_untranslated(tmp_path: Path) -> None:
    text = XLIFF12.replace("<target>About 530 trials<ph id=\"3\">&lt;b&gt;</ph>.</target>", "<target/>")
    result = check_file(write_file(tmp_path, "a.xlf", text), None, Flags())
    assert [(f.rule, f.location.line, dict(f.data)["unit"]) for f in result.findings] == [("untranslated", 9, "u2")]


def test_a_broken_file_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a readable"):
        read_cat(write_file(tmp_path, "a.xlf", "<xliff version='1.2'><file>"))


PO_PLURAL = '''msgid ""
msgstr ""
"Language: zh_CN\\n"
"Plural-Forms: nplurals=1; plural=0;\\n"

msgid "One file"
msgid_plural "%d files"
msgstr[0] "%d 个文件"

msgctxt "menu"
msgid "Open 3 windows"
msgstr "打开 3 个窗口"

#, fuzzy
#| msgid "Close 4 tabs"
msgid "Close 5 tabs"
msgstr "关闭 4 个标签页"

msgid "translator-credits"
msgstr "张三 <zhang@example.org>, 2019"

#~ msgid "Old 7 things"
#~ msgstr "旧的 8 个东西"
'''


def test_po_plural_entry_keeps_later_entries_paired(tmp_path: Path) -> None:
    m = read_cat(write_file(tmp_path, "p.po", PO_PLURAL))
    pairs = [(p.section, p.en[0].text.text, p.zh[0].text.text if p.zh else "") for p in m.pairs]
    assert pairs == [("One file", "%d files", "%d 个文件"), ("menu|Open 3 windows", "Open 3 windows", "打开 3 个窗口"),
                     ("Close 5 tabs", "Close 5 tabs", "")]
    loc = m.pairs[1].zh[0].location
    assert (loc.line, loc.column) == (12, 9)


def test_po_fuzzy_entry_is_one_untranslated_finding_and_credits_are_skipped(tmp_path: Path) -> None:
    result = check_file(write_file(tmp_path, "p.po", PO_PLURAL), None, Flags())
    # the English source has no Chinese: untranslated (a warning), as a Chinese source without English would be
    assert [(f.rule, f.severity.value, f.location.line, dict(f.data)["unit"]) for f in result.findings] == [
        ("untranslated", "warning", 16, "Close 5 tabs")]
    assert any("1 unit marked as not translated yet" in n for n in result.notes)


XLIFF_STATES = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="a" source-language="en-US" target-language="zh-CN" datatype="plaintext"><body>
  <trans-unit id="n"><source>Truck without 2 axles</source>
   <target state="needs-translation">Truck without 2 axles</target></trans-unit>
  <trans-unit id="k" translate="no"><source>ACME 3000</source><target>ACME 4000</target></trans-unit>
  <trans-unit id="t"><source>Open the [forum](/forums/) now.</source>
   <target state="translated">现在打开[论坛](/forums/)。</target></trans-unit>
  <trans-unit id="a"><source>&amp;Find...</source><target>查找(&amp;F)...</target></trans-unit>
 </body></file>
</xliff>
"""


def test_xliff_needs_translation_is_untranslated_and_translate_no_is_skipped(tmp_path: Path) -> None:
    m = read_cat(write_file(tmp_path, "s.xlf", XLIFF_STATES))
    assert [p.section for p in m.pairs] == ["n", "t", "a"]
    assert m.pairs[0].zh == ()
    result = check_file(write_file(tmp_path, "s.xlf", XLIFF_STATES), None, Flags())
    assert [(f.rule, dict(f.data)["unit"], f.message) for f in result.findings] == [
        ("untranslated", "n", "no Chinese for: Truck without 2 axles")]


def test_markdown_link_target_and_accelerator_are_not_unit_text(tmp_path: Path) -> None:
    m = read_cat(write_file(tmp_path, "s.xlf", XLIFF_STATES))
    zh = m.pairs[1].zh[0].text
    assert zh.text == "现在打开论坛。"
    at = zh.text.index("。")
    assert zh.location(at, at + 1).column == 49  # the 。 after the link's ")" in the file
    assert m.pairs[1].en[0].text.text == "Open the forum now."
    assert m.pairs[2].zh[0].text.text == "查找..."


XLIFF20_INITIAL = XLIFF20.replace("<segment>", '<segment state="initial">')


def test_xliff20_initial_segment_is_untranslated(tmp_path: Path) -> None:
    m = read_cat(write_file(tmp_path, "i.xliff", XLIFF20_INITIAL))
    assert m.pairs[0].zh == () and m.pairs[0].en[0].text.text == "About 350 trials."


def test_xliff20_unit_not_for_translation_is_skipped(tmp_path: Path) -> None:
    text = XLIFF20.replace('<unit id="a">', '<unit id="a" translate="no">')
    assert read_cat(write_file(tmp_path, "n.xliff", text)).pairs == ()


ONE_LINE = ('<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
            '<file original="a" source-language="en-US" target-language="zh-CN" datatype="xml"><body>'
            '<trans-unit id="1"><source>Open 3 files</source><target>打开 3 个文件</target></trans-unit>'
            '<trans-unit id="2"><source>Close 5 tabs</source><alt-trans><source>Close 5 tabs</source>'
            '<target>关闭 5 个标签页</target></alt-trans></trans-unit><trans-unit id="3"><source>Keep 7 days</source>'
            '<target>保留 8 天</target></trans-unit></body></file></xliff>')


def test_units_on_one_line_are_told_apart_and_alt_trans_is_no_target(tmp_path: Path) -> None:
    m = read_cat(write_file(tmp_path, "o.xlf", ONE_LINE))
    sides = [(p.section, p.en[0].text.text, p.zh[0].text.text if p.zh else "") for p in m.pairs]
    assert sides == [("1", "Open 3 files", "打开 3 个文件"), ("2", "Close 5 tabs", ""),
                     ("3", "Keep 7 days", "保留 8 天")]
    result = check_file(write_file(tmp_path, "o.xlf", ONE_LINE), None, Flags())
    number = next(f for f in result.findings if f.rule == "number-mismatch")
    assert number.location.line == 1
    assert ONE_LINE[number.location.column - 1] in "78"  # the third unit's number, not the first unit's


PO_ITSTOOL = '''msgid ""
msgstr ""
"Language: zh_CN\\n"

#. (itstool) path: item/p
#: C/keys.page:10
msgid "<keyseq><key>Ctrl</key><key>R</key></keyseq>"
msgstr "<keyseq><key>Ctrl</key><key>R</key></keyseq>"

#. (itstool) path: page/p
#: C/keys.page:12
msgid "Press <keyseq><key>Ctrl</key><key>B</key></keyseq> for the <gui>Binary</gui> button."
msgstr "按 <keyseq><key>Ctrl</key><key>B</key></keyseq> 使用<gui>二进制</gui>按钮。"
'''


def test_itstool_po_markup_is_read_as_markup(tmp_path: Path) -> None:
    m = read_cat(write_file(tmp_path, "h.po", PO_ITSTOOL))
    assert [(p.en[0].text.text, p.zh[0].text.text) for p in m.pairs] == [
        ("\ufffc", "\ufffc"), ("Press \ufffc for the Binary button.", "按 \ufffc 使用二进制按钮。")]
    zh = m.pairs[1].zh[0].text
    at = zh.text.index("二进制")
    assert zh.location(at, at + 3).column == 63  # 二进制 inside <gui>, in the file
    result = check_file(write_file(tmp_path, "h.po", PO_ITSTOOL), None, Flags())
    assert [f.rule for f in result.findings if f.rule == "untranslated-span"] == []  # a key sequence is no text


@pytest.mark.parametrize(("name", "text"), [
    ("fr.xlf", XLIFF12.replace('source-language="zh-CN" target-language="en"',
                               'source-language="fr" target-language="de"')),
    ("ja.xlf", XLIFF12.replace('target-language="en"', 'target-language="ja-JP"')),
    ("fr.po", PO.replace("zh_CN", "fr")),
], ids=["fr-de", "zh-ja", "po-fr"])
def test_a_file_declaring_another_language_is_refused(tmp_path: Path, name: str, text: str) -> None:
    with pytest.raises(InputError, match="Chinese-English files only") as exc:
        read_cat(write_file(tmp_path, name, text))
    assert "\n" not in str(exc.value)


def test_multilingual_tmx_pairs_the_chinese_and_english_variants(tmp_path: Path) -> None:
    tmx = TMX.replace('<tuv xml:lang="en">', '<tuv xml:lang="ja-JP"><seg>試験は350件。</seg></tuv><tuv xml:lang="en">')
    m = read_cat(write_file(tmp_path, "m.tmx", tmx))
    assert (m.pairs[0].zh[0].text.text, m.pairs[0].en[0].text.text) == ("已有350项试验。", "About 530 trials.")
    en_first = TMX.replace('srclang="zh-CN"', 'srclang="*all*"').replace(
        '<tuv xml:lang="zh-CN"><seg>已有350项试验。</seg></tuv>', '<tuv xml:lang="de"><seg>Etwa 530.</seg></tuv>'
        '<tuv xml:lang="zh-CN"><seg>已有350项试验。</seg></tuv>')
    m = read_cat(write_file(tmp_path, "n.tmx", en_first))
    assert (m.pairs[0].zh[0].text.text, m.pairs[0].en[0].text.text) == ("已有350项试验。", "About 530 trials.")


SEGMENTED = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="a.docx" source-language="zh-CN" target-language="en-US" datatype="x-undefined"><body>
<trans-unit id="7"><source>已有350项试验。再生医学发展迅速。</source>
<seg-source><mrk mid="1" mtype="seg">已有350项试验。</mrk><mrk mid="2" mtype="seg">再生医学发展迅速。</mrk></seg-source>
<target><mrk mid="1" mtype="seg">About 530 trials.</mrk>TARGET2</target></trans-unit>
</body></file></xliff>
"""


@pytest.mark.parametrize("second", ['<mrk mid="2" mtype="seg"/>', '<mrk mid="2" mtype="seg"></mrk>', ""])
def test_a_segment_left_empty_in_a_segmented_unit_is_untranslated(tmp_path: Path, second: str) -> None:
    path = write_file(tmp_path, "m.xlf", SEGMENTED.replace("TARGET2", second))
    m = read_cat(path)
    assert [(p.section, p.zh[0].text.text, [s.text.text for s in p.en]) for p in m.pairs] == [
        ("7:1", "已有350项试验。", ["About 530 trials."]), ("7:2", "再生医学发展迅速。", [])]
    found = {(f.rule, f.location.line) for f in check_file(path, None, Flags()).findings}
    assert {("untranslated", 5), ("number-mismatch", 6)} <= found  # the second segment, in the <seg-source>


def test_a_segmented_unit_is_read_whole_when_its_target_is_not_segmented(tmp_path: Path) -> None:
    text = SEGMENTED.replace('<mrk mid="1" mtype="seg">About 530 trials.</mrk>TARGET2', "About 530 trials.")
    m = read_cat(write_file(tmp_path, "m.xlf", text))
    assert [(p.section, p.zh[0].text.text) for p in m.pairs] == [("7", "已有350项试验。再生医学发展迅速。")]


def test_tmx_without_languages_is_refused_saying_why(tmp_path: Path) -> None:
    bare = TMX.replace(' xml:lang="zh-CN"', "").replace(' xml:lang="en"', "")
    with pytest.raises(InputError, match=r"m\.tmx: no <tuv> declares its language \(xml:lang"):
        read_cat(write_file(tmp_path, "m.tmx", bare))


def test_tmx_units_without_languages_are_counted_in_a_note(tmp_path: Path) -> None:
    bare_unit = "<tu><tuv><seg>没有语言。</seg></tuv><tuv><seg>No language.</seg></tuv></tu>"
    one_more = TMX.replace("</body>", bare_unit + "</body>")
    m = read_cat(write_file(tmp_path, "m.tmx", one_more))
    assert [p.zh[0].text.text for p in m.pairs] == ["已有350项试验。"]
    assert "1 translation unit not read: no <tuv> of it declares its language (xml:lang)" in m.notes


@pytest.mark.parametrize("name", ["h.xlf", "h.tmx"])
def test_xml_of_another_kind_is_refused_saying_why(tmp_path: Path, name: str) -> None:
    with pytest.raises(InputError, match=r"not a readable \w+ file \(no \w+ root element\)"):
        read_cat(write_file(tmp_path, name, "<html>not a CAT file</html>"))


ENTITIES = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="a" source-language="en" target-language="zh-CN" datatype="plaintext"><body>
  <trans-unit id="u1"><source>R&amp;D &lt;10</source><target>&#x5206;&#27852;R&amp;D&lt;</target></trans-unit>
 </body></file>
</xliff>
"""


def test_a_span_starting_or_ending_on_an_entity_covers_the_whole_entity(tmp_path: Path) -> None:
    path = write_file(tmp_path, "e.xlf", ENTITIES)
    m = read_cat(path)
    src = m.sources[0]
    zh, en = m.pairs[0].zh[0].text, m.pairs[0].en[0].text
    assert zh.text == "分泌R&D<" and en.text == "R&D <10"

    def written(mt: MappedText, start: int, end: int) -> str:
        loc = mt.location(start, end)
        a = src.line_starts[loc.line - 1] + loc.column - 1
        return src.text[a:src.line_starts[loc.end_line - 1] + loc.end_column - 1]

    assert [written(zh, i, i + 1) for i in range(len(zh.text))] == ["&#x5206;", "&#27852;", "R", "&amp;", "D", "&lt;"]
    assert written(zh, 0, 2) == "&#x5206;&#27852;" and written(zh, 3, 6) == "&amp;D&lt;"
    assert written(en, 0, 3) == "R&amp;D" and written(en, 1, 2) == "&amp;"
    assert written(zh.slice(2, 6), 0, 4) == "R&amp;D&lt;"  # a sentence cut from the unit keeps the ends


def test_a_po_escape_is_one_character_spanning_its_backslash_and_letter(tmp_path: Path) -> None:
    path = write_file(tmp_path, "q.po", 'msgid ""\nmsgstr ""\n"Language: zh_CN\\n"\n\nmsgid "Say \\"hi\\""\n'
                                    'msgstr "说\\"你好\\""\n')
    m = read_cat(path)
    zh = m.pairs[0].zh[0].text
    assert zh.text == '说"你好"'
    loc = zh.location(4, 5)
    assert (loc.line, loc.column, loc.end_column) == (6, 14, 16)  # \" at columns 14-15


def test_a_cat_file_with_the_extension_of_another_format_is_read_as_what_it_is(tmp_path: Path) -> None:
    as_tmx = write_file(tmp_path, "memory.tmx", XLIFF12)  # an XLIFF saved as .tmx
    ms = read_cat(as_tmx)
    assert [p.section for p in ms.pairs] == ["u1", "u2"]
    assert ms.notes == ("read as XLIFF (its content), not TMX (its extension)",)
    as_xlf = write_file(tmp_path, "strings.xlf", PO)  # a PO file saved as .xlf
    ms = read_cat(as_xlf)
    assert [p.zh[0].text.text for p in ms.pairs] == ["约530项试验。"]
    assert ms.notes == ("read as PO (its content), not XLIFF (its extension)",)
    result = check_file(as_tmx, None, Flags())
    assert {f.rule for f in result.findings} == {"number-mismatch"}  # the 350/530 of u2, at its place
    (f,) = result.findings
    assert (f.location.line, dict(f.data)["unit"]) == (10, "u2")


def test_a_broken_xml_file_is_one_line_with_its_place(tmp_path: Path) -> None:
    broken = write_file(tmp_path, "cut.xlf", XLIFF12[:XLIFF12.index("</source>")])
    with pytest.raises(InputError) as err:
        read_cat(broken)
    message = str(err.value)
    assert message.startswith(f"{broken}: line 5: not a readable XLIFF file (") and "\n" not in message
    assert "<string>" not in message and message.endswith("; export it again from the CAT tool")


def test_the_segments_read_add_up_to_the_unit_translate_toolkit_reads(tmp_path: Path) -> None:
    # translate-toolkit (3.20) reads a segmented unit's <source> and <target> whole, with no segment model; the
    # segments read here from <seg-source> are that text cut at its <mrk> marks, each at its place in the file
    from translate.storage.xliff import xlifffile

    text = SEGMENTED.replace("TARGET2", '<mrk mid="2" mtype="seg">Regenerative medicine is growing fast.</mrk>')
    path = write_file(tmp_path, "m.xlf", text)
    (unit,) = xlifffile.parsestring(text.encode("utf-8")).units  # type: ignore[no-untyped-call]
    m = read_cat(path)
    assert "".join(p.zh[0].text.text for p in m.pairs) == unit.source
    assert "".join(p.en[0].text.text for p in m.pairs) == unit.target
    lines = text.splitlines()
    for p in m.pairs:  # each segment at its line and column in the <seg-source> and the <target>
        for s in (p.zh[0], p.en[0]):
            loc = s.location
            assert lines[loc.line - 1][loc.column - 1:loc.end_column - 1] == s.text.text


SDL_LOCKED = """<?xml version="1.0" encoding="utf-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0">
<file original="a.docx" source-language="zh-CN" target-language="en-US" datatype="x-sdlfilterframework2"><body>
<trans-unit id="t1">
<source>已有350项试验。再生医学发展迅速。</source>
<seg-source><mrk mtype="seg" mid="1">已有350项试验。</mrk><mrk mtype="seg" mid="2">再生医学发展迅速。</mrk></seg-source>
<target><mrk mtype="seg" mid="1">About 530 trials.</mrk><mrk mtype="seg" mid="2"></mrk></target>
<sdl:seg-defs><sdl:seg id="1" conf="ApprovedSignOff" locked="true" percent="100"/><sdl:seg id="2"/></sdl:seg-defs>
</trans-unit>
</body></file></xliff>
"""
MQ_LOCKED = """<?xml version="1.0" encoding="utf-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:mq="MQXliff">
<file original="a" source-language="en-US" target-language="zh-CN" datatype="x-memoq"><body>
<trans-unit id="1" mq:status="ManuallyConfirmed" mq:locked="locked"><source>About 350 trials.</source>
<target>约530项试验。</target></trans-unit>
<trans-unit id="2" mq:status="ManuallyConfirmed" mq:locked="no"><source>About 40 trials.</source>
<target>约40项试验。</target></trans-unit>
<group translate="no"><trans-unit id="3"><source>Contoso 350</source><target>Contoso 530</target></trans-unit>
<group translate="yes"><trans-unit id="4"><source>About 7 trials.</source><target>约7项试验。</target></trans-unit>
</group></group>
</body></file></xliff>
"""


def test_locked_segments_are_left_out_with_a_note_unless_included(tmp_path: Path) -> None:
    """A Trados segment locked by its tool (here an approved 100% match with a wrong number) is not the
    translator's to edit: left out by default, counted in a note; --include-locked checks it."""
    path = write_file(tmp_path, "a.sdlxliff", SDL_LOCKED)
    m = read_cat(path)
    assert [p.section for p in m.pairs] == ["t1:2"]
    assert any(n.startswith("1 locked segment not checked") for n in m.notes)
    found = {f.rule for f in check_file(path, None, Flags()).findings}
    assert found == {"untranslated"}
    found = {f.rule for f in check_file(path, None, Flags(include_locked=True)).findings}
    assert found == {"untranslated", "number-mismatch"}
    assert not any("locked" in n for n in read_cat(path, include_locked=True).notes)


def test_memoq_locks_and_inherited_translate_no(tmp_path: Path) -> None:
    """memoQ's mq:locked="locked" locks the unit; translate="no" on a <group> holds for its units unless a nearer
    group says yes; both counted in notes."""
    m = read_cat(write_file(tmp_path, "a.mqxliff", MQ_LOCKED))
    assert [p.section for p in m.pairs] == ["2", "4"]
    assert "1 locked segment not checked" in " ".join(m.notes)
    assert '1 unit marked translate="no" not checked' in m.notes
    assert [p.section for p in read_cat(write_file(tmp_path, "b.mqxliff", MQ_LOCKED), include_locked=True).pairs] == \
        ["1", "2", "4"]


INNO = r'''msgid ""
msgstr ""
"Language: zh_CN\n"

msgid "This will install the editor on your computer.%n%nIt is covered by the GNU General Public License version 2."
msgstr "将会在您的电脑上安装编辑器。%n%n本软件受 GNU 通用公共许可证第 2 版保护。"

msgid "Processing failed:\n{0}"
msgstr "处理失败：\\n{0}"

msgid "Saved in C:\\new"
msgstr "已保存到 C:\\new"
'''


def test_line_break_escapes_are_line_breaks(tmp_path: Path) -> None:
    """%n (Inno Setup, Java) and a backslash-n kept as two characters are line breaks, mapped to the whole escape:
    the English stop before %n%n ends its sentence as the Chinese 。 does; a path's \\new stays text."""
    from zhen_qa.aligner.build import load_manuscript

    path = write_file(tmp_path, "setup.po", INNO)
    m = load_manuscript(path)
    first, second, third = m.pairs
    assert [s.text.text for s in first.en] == ["This will install the editor on your computer.",
                                               "It is covered by the GNU General Public License version 2."]
    assert len(first.zh) == 2
    assert second.zh[0].text.text == "处理失败：\n{0}"
    brk = second.zh[0].text.text.index("\n")
    loc = second.zh[0].text.location(brk, brk + 1)
    assert loc.end_column == loc.column + 3  # the whole escape as the PO file writes it (three characters)
    assert third.zh[0].text.text == "已保存到 C:\\new"


LOWER_AFTER_BREAK = r'''msgid ""
msgstr ""
"Language: zh_CN\n"

msgid "Could not open the file.\\nplease check the path and try again."
msgstr "无法打开文件。\\n请检查路径后重试。"

msgid "Copied to D:\\data\\new and \\\\srv\\share\\new"
msgstr "已复制到 D:\\data\\new 和 \\\\srv\\share\\new"
'''


def test_a_backslash_n_before_a_lower_case_letter_is_a_line_break_unless_it_parts_a_path(tmp_path: Path) -> None:
    """Program strings go on in lower case after a line break ("file.\\nplease check"): the English is two
    sentences as the Chinese is, so no sentence is left without counterpart; in a path (D:\\data\\new,
    \\\\srv\\share\\new) the backslash-n stays text."""
    from zhen_qa.aligner.build import load_manuscript
    from zhen_qa.checks.run import Flags, check_file

    path = write_file(tmp_path, "app.po", LOWER_AFTER_BREAK)
    first, second = load_manuscript(path).pairs
    assert [s.text.text for s in first.en] == ["Could not open the file.", "please check the path and try again."]
    assert "\n" not in second.en[0].text.text and "\\new" in second.en[0].text.text
    assert [f.rule for f in check_file(path, None, Flags()).findings if f.rule == "untranslated"] == []


APPROVED = """<?xml version="1.0" encoding="utf-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0"
  xmlns:mq="MQXliff">
<file original="a" source-language="zh-CN" target-language="en-US" datatype="plaintext"><body>
<trans-unit id="t1">
<source>已有350项试验。再生医学发展迅速。</source>
<seg-source><mrk mtype="seg" mid="1">已有350项试验。</mrk><mrk mtype="seg" mid="2">再生医学发展迅速。</mrk></seg-source>
<target><mrk mtype="seg" mid="1">About 530 trials.</mrk><mrk mtype="seg" mid="2">It grows.</mrk></target>
<sdl:seg-defs><sdl:seg id="1" conf="ApprovedSignOff"/><sdl:seg id="2" conf="Translated"/></sdl:seg-defs>
</trans-unit>
<trans-unit id="u2" approved="yes"><source>共有40例。</source><target>There were 41 cases.</target></trans-unit>
<trans-unit id="u3"><source>共有7例。</source><target state="final">There were 8 cases.</target></trans-unit>
<trans-unit id="u4" mq:status="Reviewer1Confirmed"><source>共有9例。</source><target>There were 10 cases.</target>
</trans-unit>
<trans-unit id="u5" mq:status="ManuallyConfirmed"><source>共有3例。</source><target>There were 4 cases.</target>
</trans-unit>
</body></file></xliff>
"""


def test_approved_segments_are_checked_unless_skip_approved(tmp_path: Path) -> None:
    """Segments signed off in review (Trados ApprovedSignOff, XLIFF approved="yes" and state final, memoQ
    proofread) are checked by default; --skip-approved leaves them out with a note. A translator's own
    confirmation (memoQ ManuallyConfirmed, Trados Translated) is no approval."""
    path = write_file(tmp_path, "a.sdlxliff", APPROVED)
    assert [p.section for p in read_cat(path).pairs] == ["t1:1", "t1:2", "u2", "u3", "u4", "u5"]
    m = read_cat(path, skip_approved=True)
    assert [p.section for p in m.pairs] == ["t1:2", "u5"]
    assert "4 approved segments not checked (approved or signed off in review; left out by --skip-approved)" \
        in m.notes
    found = check_file(path, None, Flags(skip_approved=True)).findings
    assert len([f for f in found if f.rule == "number-mismatch"]) == 1
    assert len([f for f in check_file(path, None, Flags()).findings if f.rule == "number-mismatch"]) == 5
    from click.testing import CliRunner

    from zhen_qa.cli import main

    result = CliRunner().invoke(main, ["check", path, "--skip-approved"], catch_exceptions=False)
    assert "4 approved segments not checked" in result.output
    assert result.output.count("[number-mismatch]") == 1
    assert "By rule (worst severity first, then as zhen-qa rules lists them): number-mismatch 1" in result.output


def test_backslash_n_before_a_file_name_is_a_path(tmp_path: Path) -> None:
    """A one-level relative path (no drive, no other backslash) whose last part is a file name stays text:
    Documents\\notes.txt is no line break before "otes.txt"; a break before a word still is one."""
    from zhen_qa.aligner.build import load_manuscript

    po = (
        'msgid ""\nmsgstr ""\n"Language: zh_CN\\n"\n\n'
        'msgid "Open Documents\\\\notes.txt."\nmsgstr "打开 Documents\\\\notes.txt。"\n\n'
        'msgid "Could not open it\\\\nplease retry."\nmsgstr "无法打开\\\\n请重试。"\n'
    )
    m = load_manuscript(write_file(tmp_path, "paths.po", po))
    first, second = m.pairs
    assert "".join(s.text.text for s in first.en) == "Open Documents\\notes.txt."
    assert "\n" in "".join(s.text.text for s in second.en)


def test_line_break_escapes_cost_linear_time(tmp_path: Path) -> None:
    """Many backslash-n escapes before lower case in one unbroken run (no spaces) are read in linear time: the word
    before each escape is not rebuilt from the start of the text (it was: 20,000 escapes took over 2 s). Timed in
    CPU time, not wall time: on a loaded machine (CI, parallel sessions) wall time failed a linear reading."""
    import time

    from zhen_qa.manuscript.cat import _line_breaks
    from zhen_qa.manuscript.source import SourceText

    text = "中文\\nabc" * 20000
    src = SourceText("x.po", text)
    mt = MappedText(text, list(range(len(text))), src)
    t0 = time.process_time()
    out = _line_breaks(mt)
    assert time.process_time() - t0 < 2.0
    assert out.text.count("\n") == 20000


OMEGAT_KEYS = '''<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext" segtype="sentence"
    srclang="en"/>
  <body>
    <tu>
      <tuv lang="en"><seg>Press &lt;k0&gt;Ctrl&lt;/k0&gt; and &lt;k1&gt;Enter&lt;/k1&gt;&lt;x2/&gt; to save.</seg></tuv>
      <tuv lang="zh-CN"><seg>按&lt;k0&gt;Ctrl&lt;/k0&gt;和&lt;k1&gt;Enter&lt;/k1&gt;&lt;x2/&gt;保存。</seg></tuv>
    </tu>
  </body>
</tmx>
'''


def test_omegat_shortcut_tags_are_markup_not_prose(tmp_path: Path) -> None:
    """The other checks read an OmegaT memory's units without its shortcut tags (their digits are no numbers,
    their letters no words), and each character still points at its place in the file; a TMX of another tool
    keeps <k0> as text."""
    path = tmp_path / "project_save.tmx"
    path.write_text(OMEGAT_KEYS, encoding="utf-8")
    pair = read_cat(str(path)).pairs[0]
    en, zh = pair.en[0].text, pair.zh[0].text
    assert en.text == "Press Ctrl and Enter to save."
    assert zh.text == "按Ctrl和Enter保存。"
    line = OMEGAT_KEYS.split("\n")[7]
    loc = zh.location(zh.text.index("和"), zh.text.index("保"))
    assert (loc.line, line[loc.column - 1:loc.end_column - 1]) == (8, "和&lt;k1&gt;Enter")
    other = tmp_path / "other.tmx"
    other.write_text(OMEGAT_KEYS.replace('creationtool="OmegaT"', 'creationtool="Other"'), encoding="utf-8")
    assert read_cat(str(other)).pairs[0].zh[0].text.text.startswith("按<k0>Ctrl</k0>")


SPHINX_PO = r'''msgid ""
msgstr ""
"Language: zh_CN\n"
"Content-Type: text/plain; charset=UTF-8\n"

msgid "Press the :kbd:`Ctrl` key and click the :guilabel:`Lock` button."
msgstr "按下 :kbd:`Ctrl` 键并单击 :guilabel:`锁定` 按钮。"

msgid "Click on :guilabel:`OK` to log in."
msgstr "点击:guilabel:`OK`来登录。"

msgid "Press the button to lock all computers:"
msgstr "按下按钮锁定所有计算机: :kbd:`Ctrl`"
'''


def test_a_sphinx_role_prefix_is_markup_but_a_role_glued_to_chinese_is_text(tmp_path: Path) -> None:
    m = read_cat(write_file(tmp_path, "user.po", SPHINX_PO))
    assert m.pairs[0].zh[0].text.text == "按下 `Ctrl` 键并单击 `锁定` 按钮。"
    assert m.pairs[0].en[0].text.text == "Press the `Ctrl` key and click the `Lock` button."
    result = check_file(write_file(tmp_path, "user.po", SPHINX_PO), None, Flags())
    found = [(f.rule, f.location.line, f.location.column) for f in result.findings if f.rule == "punctuation-width"]
    # the glued role prints as text (docutils does not read it), and a half-width colon after Chinese stays one
    assert found == [("punctuation-width", 10, 11), ("punctuation-width", 13, 20)]


SPHINX_ICONS_PO = r'''msgid ""
msgstr ""
"Language: zh_CN\n"
"Content-Type: text/plain; charset=UTF-8\n"

msgid "The |powered-on| button hides all computers that are not powered on."
msgstr "|powered-on| 按钮隐藏所有未开机的计算机。"

msgid "powered-on"
msgstr ""

msgid "Power on"
msgstr ""

msgid "Screenshot"
msgstr ""

msgid "Click the Screenshot button."
msgstr "单击截图按钮。"
'''


def test_the_name_of_a_sphinx_image_substitution_is_no_unit_but_an_empty_label_is_untranslated(
        tmp_path: Path) -> None:
    m = read_cat(write_file(tmp_path, "user.po", SPHINX_ICONS_PO))
    assert [p.section for p in m.pairs] == [
        "The |powered-on| button hides all computers that are not powered on.", "Power on", "Screenshot",
        "Click the Screenshot button."]
    result = check_file(write_file(tmp_path, "user.po", SPHINX_ICONS_PO), None, Flags())
    assert [(f.rule, f.message) for f in result.findings if f.rule == "untranslated"] == [
        ("untranslated", "no Chinese for: Power on"), ("untranslated", "no Chinese for: Screenshot")]


ANGULAR_ICONS = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file source-language="en-US" target-language="zh-Hans" datatype="plaintext" original="ng2.template"><body>
  <trans-unit id="i1" datatype="html">
   <source><x id="START_TAG_MAT_ICON" ctype="x-mat_icon" equiv-text="&lt;mat-icon&gt;"/>playlist_remove\
<x id="CLOSE_TAG_MAT_ICON" ctype="x-mat_icon" equiv-text="&lt;/mat-icon&gt;"/></source>
  </trans-unit>
  <trans-unit id="i2" datatype="html">
   <source><x id="START_TAG_MAT_ICON_1" ctype="x-mat_icon" equiv-text="&lt;mat-icon&gt;"/>undo\
<x id="CLOSE_TAG_MAT_ICON" ctype="x-mat_icon" equiv-text="&lt;/mat-icon&gt;"/> Revert changes </source>
  </trans-unit>
  <trans-unit id="i3" datatype="html">
   <source>Unpair</source>
  </trans-unit>
  <trans-unit id="i4" datatype="html">
   <source><x id="START_BOLD_TEXT" ctype="x-b" equiv-text="&lt;b&gt;"/>Sort by date\
<x id="CLOSE_BOLD_TEXT" ctype="x-b" equiv-text="&lt;/b&gt;"/></source>
  </trans-unit>
 </body></file>
</xliff>
"""


def test_the_name_inside_an_icon_element_is_no_text(tmp_path: Path) -> None:
    # Angular writes <mat-icon>undo</mat-icon> as START_TAG_MAT_ICON / CLOSE_TAG_MAT_ICON placeholders; the word
    # between them is the icon's name in its font, drawn as a picture: no text, so a unit of an icon alone has nothing
    # to translate, and a unit of an icon and a label is the label
    m = read_cat(write_file(tmp_path, "app.zh-Hans.xlf", ANGULAR_ICONS))
    assert [(p.section, [s.text.text for s in p.en]) for p in m.pairs] == [
        ("i2", ["Revert changes"]), ("i3", ["Unpair"]), ("i4", ["Sort by date"])]
    label = m.pairs[0].en[0]
    line = ANGULAR_ICONS.splitlines()[7]
    assert (label.location.line, label.location.column) == (8, line.index("Revert") + 1)
    result = check_file(write_file(tmp_path, "app2.zh-Hans.xlf", ANGULAR_ICONS), None, Flags())
    found = [f.message for f in result.findings if f.rule == "untranslated"]
    # the label beside an icon, a UI word (review63 R6) and words inside another element stay untranslated
    assert found == ["no Chinese for: Revert changes", "no Chinese for: Unpair", "no Chinese for: Sort by date"]


SPHINX_DOCTEST_PO = r'''msgid ""
msgstr ""
"Language: zh_CN\n"
"Content-Type: text/plain; charset=UTF-8\n"

msgid "Slices give a part of the string (from position 0 to 2)::"
msgstr "切片提取字符串的一部分（从 0 号位到 2 号位）："

msgid ""
">>> word = 'Python'\n"
">>> word[0:2]  # characters from position 0 (included) to 2 (excluded)\n"
"'Py'"
msgstr ""
">>> word = 'Python'\n"
">>> word[0:2]  # 从 0 号位 (含) 到 2 号位 (不含) 的字符\n"
"'Py'"

msgid ""
">>> word[2:5]  # characters from position 2 (included) to 5 (excluded)\n"
"'tho'"
msgstr ""
">>> word[2:6]  # 从 2 号位 (含) 到 6 号位 (不含) 的字符\n"
"'tho'"

msgid "The prompt is three signs, one after another."
msgstr "提示符是三个符号, 一个接一个。"
'''


def test_a_doctest_block_kept_as_code_is_no_prose_but_a_changed_session_is_checked(tmp_path: Path) -> None:
    path = write_file(tmp_path, "introduction.po", SPHINX_DOCTEST_PO)
    m = read_cat(path)
    assert len(m.pairs) == 4  # the session is still a unit of the file
    assert m.pairs[1].zh == () and m.pairs[1].en == ()  # but has no prose: its code is the English's
    assert any("1 doctest block" in n for n in m.notes)
    result = check_file(path, None, Flags())
    lines = sorted({(f.rule, f.location.line) for f in result.findings})
    # the kept session (lines 9-16) gives nothing: no half-width brackets in its comment, no "untranslated" code;
    # the session whose code the translation changed (word[2:6] for word[2:5]) is still read and reported,
    # and so is the half-width full stop of the prose after it
    assert not [r for r in lines if 9 <= r[1] <= 16]
    assert ("number-mismatch", 22) in lines
    assert ("punctuation-width", 26) in lines


SPHINX_DOCTEST_ENGLISH_COMMENT_PO = r'''msgid ""
msgstr ""
"Language: zh_CN\n"
"Content-Type: text/plain; charset=UTF-8\n"

msgid ""
">>> 7 % 3  # the remainder is what the division leaves\n"
"1"
msgstr ""
">>> 7 % 3  # the remainder is what the division leaves\n"
"1"

msgid ""
">>> 7 / 2  # true division gives a float\n"
"3.5\n"
">>> 7 // 2  # the quotient is rounded down\n"
"3"
msgstr ""
">>> 7 / 2  # 真除法得到浮点数\n"
"3.5\n"
">>> 7 // 2  # the quotient is rounded down\n"
"3"

msgid ""
">>> n = 'Python'\n"
">>> n[0]\n"
"'P'"
msgstr ""
">>> n = 'Python'\n"
">>> n[0]\n"
"'P'"
'''


def test_a_doctest_block_whose_comment_is_left_in_english_is_still_reported(tmp_path: Path) -> None:
    path = write_file(tmp_path, "numbers.po", SPHINX_DOCTEST_ENGLISH_COMMENT_PO)
    m = read_cat(path)
    assert any("1 doctest block" in n for n in m.notes)  # only the session without comments is code
    result = check_file(path, None, Flags())
    found = sorted((f.rule, f.location.line) for f in result.findings)
    # the session copied whole (its comment in English) and the English comment left in the half-translated one
    # are reported, as before the doctest reading; the session without comments (lines 27-30) gives nothing
    assert ("untranslated-span", 10) in found
    assert ("untranslated-span", 21) in found
    assert not [r for r in found if r[1] >= 27]

"""tag-mismatch: a CAT unit's target keeps its source's inline tags, each closed after it opens."""
from __future__ import annotations

from pathlib import Path

from zhen_qa.checks.run import Flags, check_file
from zhen_qa.manuscript.cat import read_units

XLIFF = '''<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="en" target-language="zh-CN" datatype="html" original="ng2.template">
    <body>
      <trans-unit id="slide" datatype="html">
        <source>Slide <x id="INTERPOLATION"/> of <x id="INTERPOLATION_1"/></source>
        <target state="translated">第 <x id="INTERPOLATION"/> 张幻灯片</target>
      </trans-unit>
      <trans-unit id="moved" datatype="html">
        <source>Slide <x id="INTERPOLATION"/> of <x id="INTERPOLATION_1"/></source>
        <target state="translated">共 <x id="INTERPOLATION_1"/> 张中的第 <x id="INTERPOLATION"/> 张</target>
      </trans-unit>
      <trans-unit id="plural" datatype="html">
        <source>{VAR_PLURAL, plural, one {<x id="INTERPOLATION"/> item} other {<x id="INTERPOLATION"/> items}}</source>
        <target state="translated">{VAR_PLURAL, plural, other {<x id="INTERPOLATION"/> 个项目}}</target>
      </trans-unit>
      <trans-unit id="plural-dropped" datatype="html">
        <source>{VAR_PLURAL, plural, one {<x id="INTERPOLATION"/> item} other {<x id="INTERPOLATION"/> items}}</source>
        <target state="translated">{VAR_PLURAL, plural, one {<x id="INTERPOLATION"/> 个} other { 个项目}}</target>
      </trans-unit>
      <trans-unit id="bold">
        <source>Press <g id="1">Save</g> to keep <ph id="2">&lt;br/&gt;</ph>your changes.</source>
        <target>按<g id="1">保存</g>保留更改。<ph id="3">&lt;br/&gt;</ph></target>
      </trans-unit>
      <trans-unit id="pairs">
        <source><bpt id="1">&lt;b&gt;</bpt>Save<ept id="1">&lt;/b&gt;</ept> the file now.</source>
        <target><ept id="1">&lt;/b&gt;</ept>现在保存<bpt id="1">&lt;b&gt;</bpt>文件。</target>
      </trans-unit>
    </body>
  </file>
</xliff>
'''

OMEGAT = '''<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext"
    creationtoolversion="5.2.0" segtype="sentence" srclang="en"/>
  <body>
    <tu>
      <tuv lang="en"><seg>&lt;a0&gt;OmegaT&lt;/a0&gt; parses the text first.</seg></tuv>
      <tuv lang="zh-CN"><seg>首先解析文本。</seg></tuv>
    </tu>
    <tu>
      <tuv lang="en"><seg>Open &lt;g0&gt;the &lt;g1&gt;menu&lt;/g1&gt;&lt;/g0&gt; now.</seg></tuv>
      <tuv lang="zh-CN"><seg>现在打开&lt;g0&gt;&lt;g1&gt;菜单&lt;/g0&gt;&lt;/g1&gt;。</seg></tuv>
    </tu>
    <tu>
      <tuv lang="en"><seg>&lt;a0&gt;Download&lt;/a0&gt; it here.</seg></tuv>
      <tuv lang="zh-CN"><seg>在此&lt;a0&gt;下载&lt;/a0&gt;。</seg></tuv>
    </tu>
  </body>
</tmx>
'''


def _findings(tmp_path: Path, text: str, name: str) -> list[tuple[int, str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [(f.location.line, f.message) for f in check_file(str(path), None, Flags()).findings
            if f.rule == "tag-mismatch"]


def test_dropped_added_and_misordered_xliff_tags(tmp_path: Path) -> None:
    """A dropped <x id="INTERPOLATION_1"/>, a <ph> whose id changed and an <ept> before its <bpt> are reported;
    tags the target reorders (Angular's two interpolations swapped) are not, nor an ICU plural whose Chinese has
    one case where the English has two, each with its interpolation; a case that drops it while another keeps it
    is reported (ICU cases are compared case by case)."""
    found = _findings(tmp_path, XLIFF, "m.zh-CN.xlf")
    assert [line for line, _ in found] == [6, 18, 23, 27]  # a dropped tag: its place in the source
    assert found[0][1] == ('<x id="INTERPOLATION_1"/> of the English is missing from the Chinese: 第  张幻灯片')
    assert found[1][1].startswith('<x id="INTERPOLATION"/> of the English is missing from the Chinese')
    found = found[:1] + found[2:]
    assert found[1][1].startswith('<ph id="2"> of the English is missing from the Chinese; <ph id="3"> in the '
                                  "Chinese is not in the English")
    assert found[2][1] == ('<ept id="1"> in the Chinese closes before its opening tag or across another pair: '
                           "现在保存文件。")


def test_omegat_shortcut_tags_are_read_from_the_text(tmp_path: Path) -> None:
    """OmegaT writes <a0>…</a0> into its memory as text: a pair the target drops and two pairs that cross are
    reported, a pair kept is not."""
    found = _findings(tmp_path, OMEGAT, "project_save.tmx")
    assert [line for line, _ in found] == [7, 12]
    assert found[0][1].startswith("<a0>, </a0> of the English are missing from the Chinese")
    assert "</g0> in the Chinese closes before its opening tag or across another pair" in found[1][1]


def test_tags_come_from_the_tree_and_not_from_a_tmx_of_another_tool(tmp_path: Path) -> None:
    """<g0> written as text in a TMX no OmegaT made is text, not a tag; a reader's unit carries both sides'
    tags."""
    other = OMEGAT.replace('creationtool="OmegaT"', 'creationtool="Other"')
    assert _findings(tmp_path, other, "m.tmx") == []
    path = tmp_path / "t.xlf"
    path.write_text(XLIFF, encoding="utf-8")
    unit = read_units(str(path)).units[4]
    assert unit.tags is not None
    assert [t.shown for t in unit.tags[0]] == ['<g id="1">', "</g>", '<ph id="2">']


def _places(tmp_path: Path, text: str, name: str) -> list[tuple[str, str, str]]:
    """(language, the file's text from the finding's start to its end, excerpt) of each tag finding."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    lines = text.split("\n")
    out = []
    for f in check_file(str(path), None, Flags()).findings:
        loc = f.location
        assert loc.line == loc.end_line
        out.append((f.lang, lines[loc.line - 1][loc.column - 1:loc.end_column - 1], f.excerpt))
    return out


def test_a_tag_finding_points_at_the_tag(tmp_path: Path) -> None:
    """A finding points at the first tag the target adds or closes out of order (from the tag through the
    character after it, so a report can mark it), else at the first one it drops, in the source; a tag before the
    text points at its first character, one after it from its last character."""
    assert _places(tmp_path, XLIFF, "m.zh-CN.xlf") == [
        ("en", 'f <x id="INTERPOLATION_1"/>', "Slide  of"),  # dropped: the source's tag, after the text
        ("en", '<x id="INTERPOLATION"/> ', "{VAR_PLURAL, plural, one { item} other { items}}"),  # the "other" case's
        ("zh", '。<ph id="3">', "按保存保留更改。"),  # added (and one dropped): the target's tag
        ("zh", "现", "现在保存文件。"),  # <ept> before <bpt>, at the start of the target
    ]
    assert _places(tmp_path, OMEGAT, "project_save.tmx") == [
        ("en", "O", "OmegaT parses the text first."),
        ("zh", "&lt;/g0&gt;&lt;/g1&gt;。", "现在打开菜单。"),  # </g0> closes inside <g1>
    ]


PO_HTML = r'''msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"
"Language: zh_CN\n"

msgid "Click <b>Save</b> to keep your changes."
msgstr "点击<b>保存</b>保留更改。"

msgid "Read the <a href=\"https://example.org/guide\">guide</a> first."
msgstr "请先阅读<a href=\"https://example.org/zh/guide\">指南</a>。"

msgctxt "dropped"
msgid "Click <b>Save</b> to keep your changes."
msgstr "点击<b>保存保留更改。"

msgid "Line one.<br/>Line two."
msgstr "第一行。<br/>第二行。<br/>"

msgid "Shows the entries as \"<source> → <target>\" in an <html> label."
msgstr "条目显示为“<原文> → <译文>”，在 <html> 标签中。"

msgid "Open <i>the <b>menu</i></b> now."
msgstr "现在打开<i><b>菜单</i></b>。"
'''


def test_html_markup_in_po_strings_is_compared_as_tags(tmp_path: Path) -> None:
    """A program's PO strings carry HTML as text: a dropped </b> and an added <br/> are tag findings pointing at
    the tag; a link whose address is localised is the same tag; angle-bracketed words (<source>, a bare <html>
    that never closes) are text; a pair the source itself crosses is no finding of the target's."""
    found = _findings(tmp_path, PO_HTML, "m.zh_CN.po")
    assert found == [
        (13, "</b> of the English is missing from the Chinese: 点击保存保留更改。"),
        (17, "<br/> in the Chinese is not in the English: 第一行。 第二行。"),
    ]
    assert _places(tmp_path, PO_HTML, "m.zh_CN.po") == [
        ("en", "</b> ", "Click Save to keep your changes."),
        ("zh", "。<br/>", "第二行。"),  # the second <br/>: <br> is a line break of the prose
    ]
    path = tmp_path / "m.zh_CN.po"
    units = read_units(str(path)).units
    assert [u.target.text for u in units[:2]] == ["点击保存保留更改。", "请先阅读指南。"]  # markup is not prose
    assert units[4].source.text.startswith('Shows the entries as "<source> → <target>" in an <html> label.')


PO_METAVARIABLES = '''msgid ""
msgstr ""
"Language: zh_CN\\n"

msgid "Usage: convert <input file> <output file>"
msgstr "用法：convert <输入文件> <输出文件>"

msgid "Usage: cp <source path> <target path>"
msgstr "用法：cp <源路径> <目标路径>"

msgid "Replace <label text> with your own words."
msgstr "将 <标签文字> 替换为你自己的文字。"

msgid "The wait must be <a few seconds> long."
msgstr "等待须为 <几秒>。"

msgid "Press <b class>Save</b> or <a href=x>here</a>."
msgstr "按<b class>保存或<a href=x>这里</a>。"
'''


def test_a_commands_metavariable_in_angle_brackets_is_not_markup(tmp_path: Path) -> None:
    """`<input file>`, `<source path>`, `<label text>`, `<a few seconds>` name an HTML element and then words: a
    usage string's metavariables, not tags (words are attributes only when one has a value, `href=x`); they stay
    prose. A tag that closes later (`<b class>…</b>`) is markup whatever follows its name."""
    assert _findings(tmp_path, PO_METAVARIABLES, "m.zh_CN.po") == [
        (17, "</b> of the English is missing from the Chinese: 按保存或这里。")]
    units = read_units(str(tmp_path / "m.zh_CN.po")).units
    assert [u.source.text for u in units[:2]] == ["Usage: convert <input file> <output file>",
                                                 "Usage: cp <source path> <target path>"]


XCODE = '''<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
  <file original="Localizable.strings" source-language="en" target-language="zh-Hans" datatype="plaintext">
    <body>
      <trans-unit id="dose" xml:space="preserve">
        <source>Manual Dose: &lt;b&gt;%1$@&lt;/b&gt; %2$@</source>
        <target>手动剂量：%1$@ %2$@</target>
      </trans-unit>
    </body>
  </file>
</xliff>
'''

ITSTOOL = '''msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

#. (itstool) path: page/p
#: C/solve.page:20
msgid "Press the <gui>=</gui> button or the <key>Enter</key> key."
msgstr "按 <gui>=</gui> 按钮或回车键。"

#. (itstool) path: page/p
#: C/solve.page:24
msgid "See <link xref=\\"keyboard\\"/> for more."
msgstr "更多信息请参见 <link xref=\\"keyboard\\"/>。"
'''


def test_escaped_html_in_xliff_and_mallard_in_itstool_po_are_tags(tmp_path: Path) -> None:
    """An Xcode string's <b> escaped in the XLIFF text and an itstool PO's Mallard <key> are markup the target
    must keep, compared as tags (any element in an itstool PO, HTML elements in program strings)."""
    assert _findings(tmp_path, XCODE, "Localizable.zh-Hans.xliff") == [
        (6, "<b>, </b> of the English are missing from the Chinese: 手动剂量：%1$@ %2$@")]
    assert _findings(tmp_path, ITSTOOL, "help.zh_CN.po") == [
        (7, "<key>, </key> of the English are missing from the Chinese: 按 = 按钮或回车键。")]


SEGMENTED = '''<?xml version="1.0" encoding="utf-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" version="1.2">
  <file original="a.docx" source-language="en-US" target-language="zh-CN" datatype="x-sdlfilterframework2">
    <body>
      <trans-unit id="u1">
        <source>Press <g id="1">Save</g>. Then <x id="2"/>close it.</source>
        <seg-source><mrk mtype="seg" mid="1">Press <g id="1">Save</g>.</mrk>
          <mrk mtype="seg" mid="2">Then <x id="2"/>close it.</mrk></seg-source>
        <target><mrk mtype="seg" mid="1">按保存。</mrk>
          <mrk mtype="seg" mid="2">然后<x id="2"/>关闭<x id="3"/>它。</mrk></target>
        <sdl:seg-defs><sdl:seg id="1" conf="Translated"/><sdl:seg id="2" conf="Translated"/></sdl:seg-defs>
      </trans-unit>
    </body>
  </file>
</xliff>
'''


def test_a_tag_finding_in_a_segmented_unit_points_at_the_tag_of_its_segment(tmp_path: Path) -> None:
    """Trados segments a unit (<mrk mtype="seg"> in <seg-source> and <target>): a tag is placed inside its
    segment's mark, a dropped one in the <seg-source>."""
    assert _places(tmp_path, SEGMENTED, "a.docx.sdlxliff") == [
        ("en", '<g id="1">S', "Press Save."),
        ("zh", '<x id="3"/>它', "然后关闭它。"),
    ]

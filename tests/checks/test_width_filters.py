"""A Qt file dialog's filter list (`文本文件 (*.txt);;所有文件 (*)`) written in a Chinese translation: its brackets and
`;;` are the syntax Qt parses, no half-width punctuation of the Chinese; a filter alone only in a Qt Linguist file;
brackets of Chinese prose beside it, and a bracketed pattern where Qt reads none, are still reported."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from tests.checks.typography_kit import found
from zhen_qa.checks.width_filters import file_filters
from zhen_qa.cli import main


def _marks(text: str, qt: bool = False) -> str:
    return "".join(text[i] for i in sorted(file_filters(text, qt)))


def test_the_brackets_and_double_semicolons_of_a_filter_list_are_its_syntax() -> None:
    assert _marks("可执行文件(*.exe);;所有文件(*.*)") == "();;()"
    assert _marks("XML 文件 (*.xml);;文本文件 (*.txt);;CSV 文件 (*.csv)") == "();;();;()"
    assert _marks("图像 (*.png *.jpg *.tar.gz);;所有文件 (*)") == "();;()"  # a lone star joined by ;; too
    assert _marks("源文件 (*.c;*.h)", qt=True) == "()"  # one filter alone: in a Qt Linguist file
    assert _marks("XML 文件 (*.xml)", qt=True) == "()"


def test_a_bracketed_pattern_where_qt_reads_no_filter_is_left_to_the_check() -> None:
    # review69 R6: outside a Qt file a filter is Qt's syntax only in a `;;` list; alone it is display text or prose
    assert _marks("源文件 (*.c;*.h)") == ""
    assert _marks("自动文本文件 (*.autotext)") == ""  # a Java file chooser's description: shown, not parsed
    assert _marks("支持的格式为图片文件 (*.png *.jpg)") == ""
    # Qt reads a filter's patterns only at its end (before `;;` or the string's end): an aside inside a message is
    # prose even in a Qt file
    assert _marks("把图片文件 (*.png) 拖到这里", qt=True) == ""


def test_brackets_that_are_no_filter_are_left_to_the_check() -> None:
    assert _marks("标有(*)的字段为必填项") == ""  # a lone star, no list: a mark of the prose
    assert _marks("配置文件(data.json)") == ""  # a file name, no pattern
    assert _marks("文件(*.txt 文件)") == ""  # Chinese inside: a parenthesis of the prose
    assert _marks("(可选) 路径;;其他 (*)", qt=True) == ""
    assert _marks("全部文件 (%1)") == ""  # a placeholder: what it holds is not in the text


def test_a_filter_list_in_chinese_text_is_no_half_width_punctuation() -> None:
    zh = ["请选择项目文件(*.cppcheck);;所有文件(*.*)"]
    assert found(zh, ["Choose a project file (*.cppcheck);;All files (*.*)"], "punctuation-width") == []


def test_half_width_brackets_of_chinese_prose_beside_a_filter_are_still_reported() -> None:
    zh = ["导出报告(可选),格式为 XML 文件 (*.xml);;所有文件 (*)"]
    fs = found(zh, ["Export the report (optional), as XML files (*.xml);;All files (*)"], "punctuation-width")
    assert sorted(f.message for f in fs) == ['half-width "(" and ")" in Chinese text: (可选)',
                                           'half-width "," in Chinese text']


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>Project files (*.proj);;All files (*.*)</source>
        <translation>项目文件 (*.proj);;所有文件 (*.*)</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation>日志文件(*.log *.txt)</translation>
    </message>
    <message>
        <source>Open a log file. Choose its type below.</source>
        <translation>打开日志文件。在下面选择它的类型。</translation>
    </message>
    <message>
        <source>(Optional) Path to the log folder</source>
        <translation>(可选) 日志文件夹的路径</translation>
    </message>
</context>
</TS>
"""


def test_a_qt_file_dialog_filter_is_not_reported_but_a_chinese_bracket_is(tmp_path: Path) -> None:
    path = tmp_path / "app_zh_CN.ts"
    path.write_text(TS, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(path)])
    lines = [line for line in result.output.splitlines() if "[punctuation-width]" in line]
    assert [line.split("[punctuation-width] ")[1] for line in lines] == [  # the message named as Linguist finds it
        'unit MainWindow "(Optional) Path to the log folder": half-width "(" and ")" in Chinese text: (可选)']
    assert lines[0].startswith(f"{path}:20:")  # read as a Qt file though a message of two sentences is split


def test_a_prose_aside_naming_file_types_in_a_page_is_still_reported() -> None:
    # review69 R6: a documentation page's aside in half-width brackets, no Qt filter: punctuation of the Chinese
    zh = ["支持的格式为图片文件 (*.png *.jpg)"]
    fs = found(zh, ["Supported formats are image files (*.png *.jpg)"], "punctuation-width")
    assert [f.message for f in fs] == ['half-width "(" and ")" in Chinese text: (*.png *.jpg)']


TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="en" adminlang="en" segtype="sentence" datatype="plaintext" o-tmf="x"
creationtool="OmegaT" creationtoolversion="1"/><body>
<tu><tuv lang="en"><seg>Glossary files (*.glossary)</seg></tuv>
<tuv lang="zh-CN"><seg>术语表文件 (*.glossary)</seg></tuv></tu>
<tu><tuv lang="en"><seg>Text files (*.txt);;All files (*)</seg></tuv>
<tuv lang="zh-CN"><seg>文本文件 (*.txt);;所有文件 (*)</seg></tuv></tu>
</body></tmx>
"""


def test_a_file_description_in_another_cat_file_is_still_reported(tmp_path: Path) -> None:
    # review69 R6: a Java program's file-chooser description in an OmegaT memory is shown, not parsed: its
    # half-width brackets are the Chinese text's; a `;;` list is Qt's syntax in any file
    path = tmp_path / "tool.zh-CN.tmx"
    path.write_text(TMX, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(path)])
    lines = [line for line in result.output.splitlines() if "[punctuation-width]" in line]
    assert [line.split("[punctuation-width] ")[1] for line in lines] == [
        'half-width "(" and ")" in Chinese text: (*.glossary)']
    assert lines[0].startswith(f"{path}:5:")

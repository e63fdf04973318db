"""A file dialog's filter list (`文本文件 (*.txt);;所有文件 (*)`) written in a Chinese translation: its brackets and
`;;` are the syntax the program parses, no half-width punctuation of the Chinese; brackets of Chinese prose beside
it are still reported."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from tests.checks.typography_kit import found
from zhen_qa.checks.width_filters import file_filters
from zhen_qa.cli import main


def _marks(text: str) -> str:
    return "".join(text[i] for i in sorted(file_filters(text)))


def test_the_brackets_and_double_semicolons_of_a_filter_list_are_its_syntax() -> None:
    assert _marks("可执行文件(*.exe);;所有文件(*.*)") == "();;()"
    assert _marks("XML 文件 (*.xml);;文本文件 (*.txt);;CSV 文件 (*.csv)") == "();;();;()"
    assert _marks("图像 (*.png *.jpg *.tar.gz);;所有文件 (*)") == "();;()"  # a lone star joined by ;; too
    assert _marks("源文件 (*.c;*.h)") == "()"


def test_brackets_that_are_no_filter_are_left_to_the_check() -> None:
    assert _marks("标有(*)的字段为必填项") == ""  # a lone star, no list: a mark of the prose
    assert _marks("配置文件(data.json)") == ""  # a file name, no pattern
    assert _marks("文件(*.txt 文件)") == ""  # Chinese inside: a parenthesis of the prose
    assert _marks("(可选) 路径;;其他 (*)") == ""
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
    assert [line.split("[punctuation-width] ")[1] for line in lines] == [
        'half-width "(" and ")" in Chinese text: (可选)']
    assert lines[0].startswith(f"{path}:16:")

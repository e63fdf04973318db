"""A bare `<p>` or `<li>` in a program's string is markup though it never closes (HTML lets its end tag be left out):
a translation that drops it loses the paragraph; any other bare, never-closed name stays text."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from zhen_qa.cli import main
from zhen_qa.manuscript.source import MappedText, SourceText
from zhen_qa.manuscript.text_tags import text_tags

PO = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: zh_CN\\n"

msgid "The file was saved.<p>You can close this window now."
msgstr "文件已保存。现在可以关闭此窗口。"

msgid "Steps:<li>Open the file<li>Save it"
msgstr "步骤：<li>打开文件<li>保存文件"

msgid "Usage: cp <source> <title>"
msgstr "用法：cp <源> <标题>"
"""


def test_a_dropped_lone_p_is_a_tag_finding(tmp_path: Path) -> None:
    path = tmp_path / "app.zh_CN.po"
    path.write_text(PO, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(path), "--format", "json"], catch_exceptions=False)
    found = [(f["rule"], f["line"]) for f in json.loads(result.stdout)["findings"]]
    assert found == [("tag-mismatch", 6)]


def test_only_p_and_li_are_markup_unclosed() -> None:
    text = "a<p>b <li>c <input> <title> <p class>d"
    src = SourceText.from_text("x.po", text)
    tags = text_tags(MappedText.span(src, 0, len(text)))
    assert [t.key for t in tags] == ["p", "li"]

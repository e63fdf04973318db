"""A CAT file's finding names its unit in the text and HTML reports (the id a translator searches the CAT tool
for), beside the line:column an editor jumps to; a PO entry, whose id is its msgid, does not repeat it."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from zhen_qa.cli import main

XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="zh-CN" target-language="en" datatype="plaintext" original="app">
    <body>
      <trans-unit id="login.title" resname="LoginTitle">
        <source>共有350项临床试验。</source>
        <target>There were 530 clinical trials.</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""
PO = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: zh_CN\\n"

msgid "There were 350 trials."
msgstr "共有530项试验。"
"""


def _check(path: Path, *args: str) -> str:
    result = CliRunner().invoke(main, ["check", str(path), *args], catch_exceptions=False)
    assert result.exit_code == 1, result.output
    return result.stdout


def test_text_and_html_name_the_xliff_unit(tmp_path: Path) -> None:
    path = tmp_path / "app.zh-CN.xlf"
    path.write_text(XLIFF, encoding="utf-8")
    line = next(x for x in _check(path).splitlines() if "[number-mismatch]" in x)
    assert line.startswith(f"{path}:7:") and "[number-mismatch] unit login.title: " in line
    html = tmp_path / "r.html"
    _check(path, "-o", str(html))
    assert '<span class="unit">unit login.title</span>' in html.read_text(encoding="utf-8")


def test_a_po_entry_is_not_named_twice(tmp_path: Path) -> None:
    path = tmp_path / "app.zh_CN.po"
    path.write_text(PO, encoding="utf-8")
    line = next(x for x in _check(path).splitlines() if "[number-mismatch]" in x)
    assert " unit " not in line

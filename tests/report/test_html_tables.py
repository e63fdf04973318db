"""The document view lays a Markdown table out as a table: one row a source row, its cells side by side."""
from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

ZH = ("# 插件配置\n\n下表列出插件的属性。\n\n| 名称 | 类型 | 描述 |\n| --- | --- | --- |\n"
      "| `endpoint` | string | 服务的地址,必须填写。 |\n| timeout | integer | 请求的超时时间。 |\n"
      "| endpoint_addrs | array[string] | 端点地址的列表。 |\n\n配置完成后重启服务。\n")
EN = ("# Plugin configuration\n\nThe table lists the attributes of the plugin.\n\n| Name | Type | Description |\n"
      "| --- | --- | --- |\n| `endpoint` | string | The address of the service, required. |\n"
      "| timeout | integer | The timeout of a request. |\n"
      "| endpoint_addrs | array[string] | A list of endpoint addresses. |\n\n"
      "Restart the service after configuring it.\n")


class _Tables(HTMLParser):
    """The document view's tables as lists of rows of cell texts (line-number cells included)."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[list[list[str]]] = []
        self.cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table" and ("class", "md-table") in attrs:
            self.tables.append([])
        elif tag == "tr" and self.tables:
            self.tables[-1].append([])
        elif tag in ("td", "th") and self.tables and self.tables[-1]:
            self.cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self.cell is not None and self.tables:
            self.tables[-1][-1].append("".join(self.cell))
            self.cell = None
        elif tag == "table":
            self.cell = None

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)


def test_a_markdown_table_is_one_row_a_source_row_not_one_cell_a_line(tmp_path: Path) -> None:
    from zhen_qa.checks.registry import RULES
    from zhen_qa.checks.run import Flags, check_file
    from zhen_qa.report.html import render_html
    from zhen_qa.report.model import Report

    (tmp_path / "a.zh.md").write_text(ZH, encoding="utf-8")
    (tmp_path / "a.en.md").write_text(EN, encoding="utf-8")
    fr = check_file(str(tmp_path / "a.zh.md"), str(tmp_path / "a.en.md"), Flags(select=("punctuation-width",)))
    (comma,) = fr.findings
    assert comma.location.line == 7
    page = render_html(Report((fr,), RULES, {}), root=str(tmp_path)).decode("utf-8")
    parser = _Tables()
    parser.feed(page)
    zh, en = parser.tables
    # a row is its line number, then its cells (the comma's marker "1" is shown in its cell); a first cell the
    # reader does not take as text (an identifier) is shown as the file writes it
    assert zh == [["5", "名称", "类型", "描述"], ["7", "endpoint", "string", "服务的地址1,必须填写。"],
                  ["8", "timeout", "integer", "请求的超时时间。"],
                  ["9", "endpoint_addrs", "array[string]", "端点地址的列表。"]]
    assert en[1] == ["7", "endpoint", "string", "The address of the service, required."]
    # the finding is marked in its cell, and the paragraphs around the table are paragraphs as before
    assert 'id="f-1"' in page.split('<table class="md-table">')[1].split("</table>")[0]
    assert '<span class="ln">11</span>配置完成后重启服务。' in page

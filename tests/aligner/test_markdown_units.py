"""The units of a structured Markdown section (`aligner.markdown_units`): a table row's cells together, any other
block alone; a heading of one sentence and a list item keep their place in the structure, a paragraph has none."""
from __future__ import annotations

from zhen_qa.aligner.markdown_units import is_heading, is_row, section_units, structured, unit_place, value_cell
from zhen_qa.manuscript.markdown import markdown_blocks
from zhen_qa.manuscript.source import SourceText

PAGE = ("## 安装\n\n本工具支持三种安装方式。\n\n- 使用包管理器安装\n\n"
        "| 名称 | 类型 |\n|---|---|\n| timeout | integer |\n")


def test_a_page_is_cut_into_units_with_their_places() -> None:
    blocks = markdown_blocks(SourceText.from_text("zh.md", PAGE))
    assert structured(blocks)
    units = section_units(blocks)
    assert [len(u) for u in units] == [1, 1, 1, 2, 2]  # heading, paragraph, item, header row, body row
    assert [unit_place(u, "zh") for u in units[:3]] == [("heading", 2), None, ("item", 0)]
    assert is_heading(units[0], "zh") and not is_heading(units[1], "zh")
    assert is_row(units[4]) and not is_row(units[1])
    assert all(value_cell(b) for b in units[4])  # `timeout`, `integer`: values, not prose

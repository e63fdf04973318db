"""missing_column: the term-missing findings of one table column that never renders the term as listed are one
finding (galacean-heldout-g: 删除资源 / 复制资源 / 搜索资源 for "Delete asset" …, 资产 listed; gm57)."""
from __future__ import annotations

from pathlib import Path

from tests.checks.terms_kit import page_term_findings
from zhen_qa.checks.missing_column import table_column
from zhen_qa.manuscript.document import Role, Sentence
from zhen_qa.manuscript.source import MappedText, SourceText

ASSET = "asset,资产,asset,,assets\n"
# the page renders the term as listed in most sentences: no page summary (`missing_summary`)
HEAD = ("## 快捷键\n\n每个资产都有快捷键。\n\n选中资产后按键。\n\n资产可以拖动。\n\n资产可以重命名。\n\n"
        "| 快捷键 | 功能 |\n| --- | --- |\n")
HEAD_EN = ("## Shortcuts\n\nEach asset has shortcuts.\n\nSelect an asset and press a key.\n\nAn asset can be dragged."
           "\n\nAn asset can be renamed.\n\n| Shortcut | Function |\n| --- | --- |\n")
CODE = "\n运行 `make`。\n"
CODE_EN = "\nRun `make`.\n"


def _rows(actions: list[str]) -> str:
    return "".join(f"| `{k}` | {a} |\n" for k, a in zip("DFCVX", actions))


def test_a_column_that_never_renders_the_term_is_one_finding(tmp_path: Path) -> None:
    zh = HEAD + _rows(["删除资源", "复制资源", "搜索资源"]) + CODE
    en = HEAD_EN + _rows(["Delete asset", "Duplicate asset", "Search asset"]) + CODE_EN
    found = page_term_findings(tmp_path, zh, en, ASSET)
    assert len(found) == 1  # fails before: one finding a row
    assert "the same in the table column's rows at English lines 14 and 15" in found[0].message
    assert [w["line"] for w in dict(found[0].data)["with"]] == [14, 15]  # every row kept in its data


def test_a_column_that_renders_the_term_elsewhere_keeps_each_miss(tmp_path: Path) -> None:
    zh = HEAD + _rows(["删除资产", "复制资源", "搜索资源"]) + CODE  # the first row says 资产: the column has the term
    en = HEAD_EN + _rows(["Delete asset", "Duplicate asset", "Search asset"]) + CODE_EN
    assert len(page_term_findings(tmp_path, zh, en, ASSET)) == 2


def test_the_column_of_a_table_row() -> None:
    text = "Intro.\n\n| a | b |\n| --- | --- |\n| x | Delete asset |\n| y | Copy asset |\n\nAfter.\n"
    source = SourceText.from_text("t.md", text)

    def at(word: str) -> tuple[int, int] | None:
        start = text.index(word)
        return table_column(Sentence(MappedText.span(source, start, start + len(word)), "en", Role.PARAGRAPH), 0)

    table = text.index("| a |")
    assert at("Delete") == (table, 1) and at("Copy") == (table, 1) and at("x |") == (table, 0)
    assert at("Intro") is None and at("After") is None

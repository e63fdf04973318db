"""untranslated: a Chinese heading glossed with its English term, whose English heading is that term alone."""
from __future__ import annotations

from zhen_qa.aligner.build import build_from_texts
from zhen_qa.checks.engine import check_manuscript
from zhen_qa.checks.heading_gloss import gloss_heading_dropped

ZH = ("# 连接器特性\n\n连接器有一些公共的核心特性。\n\n### 精确一次（exactly-once）\n\n"
      "如果数据源中的每条数据仅由源向下游发送一次，我们认为该连接器支持精确一次。\n\n### 列投影\n\n"
      "连接器可以仅从数据源读取指定列。\n")
EN = ("# Connector features\n\nConnectors have some common core features.\n\n### {heading}\n\n"
      "If each piece of data in the data source is sent downstream by the source only once, we think this connector "
      "supports exactly once.\n\n### column projection\n\nThe connector can read only the specified columns from "
      "the data source.\n")


def _untranslated(en_heading: str) -> list[str]:
    ms = build_from_texts(ZH, EN.format(heading=en_heading), "a.zh.md", "a.en.md", presplit=False)
    return [f.message for f in check_manuscript(ms, select=["untranslated"])]


def test_a_chinese_heading_glossed_with_the_english_slug_heading_the_reader_drops_is_translated() -> None:
    assert _untranslated("exactly-once") == []


def test_a_glossed_heading_whose_english_page_has_another_heading_is_still_reported() -> None:
    assert _untranslated("at-least-once") != []


def test_the_gloss_must_be_the_english_heading_alone() -> None:
    page = "### exactly-once\n\nText.\n### Exactly-once delivery\n"
    assert gloss_heading_dropped("精确一次（exactly-once）", page, ["Text."])
    assert not gloss_heading_dropped("精确一次（exactly-once）", "### exactly-once semantics\n", [])
    assert not gloss_heading_dropped("精确一次（exactly-once）", page, ["exactly-once"])  # read: paired or reported
    assert not gloss_heading_dropped("精确一次", page, [])

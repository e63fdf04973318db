"""The link destinations a sentence writes, read from its file."""
from __future__ import annotations

from zhen_qa.aligner.build import build_from_texts
from zhen_qa.aligner.link_targets import link_targets

ZH = ("# 标题\n\n安装见[安装指南](install.md)。配置见[配置](<config.md> \"配置\")和[端口](ports.md#list)。"
      "最后一句没有链接。\n")
EN = "# Title\n\nSee the guide at [Install](install.md)\n"


def test_each_sentence_writes_the_destinations_of_its_own_links() -> None:
    m = build_from_texts(ZH, EN, "zh.md", "en.md", presplit=False)
    zh = [s for p in m.pairs for s in p.zh]
    found = {s.text.text: link_targets(s) for s in zh}
    assert found["安装见安装指南。"] == {"install.md"}
    assert found["配置见配置和端口。"] == {"config.md", "ports.md#list"}
    assert found["最后一句没有链接。"] == frozenset()


def test_a_link_that_ends_the_sentence_without_a_stop_is_read() -> None:
    m = build_from_texts(ZH, EN, "zh.md", "en.md", presplit=False)
    en = [s for p in m.pairs for s in p.en]
    assert [link_targets(s) for s in en if "guide" in s.text.text] == [{"install.md"}]

"""A term in a link text quoting a heading: the heading has the finding (`term_heading_quoted`)."""
from __future__ import annotations

from pathlib import Path

from tests.checks.terms_kit import page_term_lines
from zhen_qa.checks.term_heading_quoted import slug, split_address

GLOSSARY = "browser,浏览器,browser,,\nplugin,插件,plugin,,\n"
ZH = ("# 进阶用法\n\nVant 支持现代浏览器。\n\n旧的浏览器需要引入 `polyfill` 文件。\n\n## 桌面端适配\n\n"
      "如果需要在桌面端使用，可以引入 `touch-emulator` 模块。\n\n## 常见问题\n\n"
      "在桌面端不能操作组件？参见[桌面端适配](#/zh-CN/advanced#zhuo-mian-duan-gua-pei)。\n")
EN = ("# Advanced Usage\n\nVant supports modern browsers.\n\nOld browsers need a `polyfill` file.\n\n"
      "## Adapt to PC Browsers\n\nTo use it on the desktop, import the `touch-emulator` module.\n\n## FAQ\n\n"
      "Cannot operate components on the desktop? See [Adapt to PC Browsers](#/en-US/advanced#adapt-to-pc-browsers).\n")


def test_a_link_text_quoting_a_heading_leaves_the_finding_to_the_heading(tmp_path: Path) -> None:
    """vant faq 79: 参见[桌面端适配](#/zh-CN/advanced-usage#zhuo-mian-duan-gua-pei) for "See [Adapt to PC
    Browsers](#/en-US/advanced-usage#adapt-to-pc-browsers)": the heading it quotes (line 7) keeps its finding."""
    assert page_term_lines(tmp_path, ZH, EN, GLOSSARY, "en") == [7]  # fails before: [7, 13]


def test_a_dropped_term_in_the_heading_itself_is_still_found(tmp_path: Path) -> None:
    """The real defect of this shape: the quoted heading drops the term (line 7), whatever the links say."""
    assert 7 in page_term_lines(tmp_path, ZH, EN, GLOSSARY, "en")


def test_a_link_text_in_the_translators_own_words_keeps_its_finding(tmp_path: Path) -> None:
    """The English link text is not the anchor's title ("the PC browser guide" for #adapt-to-pc-browsers): its
    words are the sentence's own, and the Chinese 桌面端指南 drops the term."""
    en = EN.replace("See [Adapt to PC Browsers]", "See [the PC browser guide]")
    zh = ZH.replace("参见[桌面端适配]", "参见[桌面端指南]")
    assert page_term_lines(tmp_path, zh, en, GLOSSARY, "en") == [7, 13]


def test_a_chinese_without_the_link_or_linking_elsewhere_keeps_the_finding(tmp_path: Path) -> None:
    """The Chinese names the place in words, or links another page: no shared quote, the term is missing there."""
    bare = ZH.replace("参见[桌面端适配](#/zh-CN/advanced#zhuo-mian-duan-gua-pei)。", "请在桌面端适配。")
    assert page_term_lines(tmp_path, bare, EN, GLOSSARY, "en") == [7, 13]
    other = ZH.replace("#/zh-CN/advanced#", "#/zh-CN/quickstart#")
    assert page_term_lines(tmp_path, other, EN, GLOSSARY, "en") == [7, 13]


def test_a_chinese_term_in_a_link_quoting_its_heading(tmp_path: Path) -> None:
    """The other direction: 「插件」 in the Chinese link text quoting the Chinese heading ## 安装插件, the English link
    quoting "## Installation" on another page; the heading pair (line 7) keeps its finding, a Chinese link to a page
    the English does not link keeps it too."""
    zh = ("# 指南\n\n插件扩展了构建。\n\n每个插件都是一个函数。\n\n## 安装插件\n\n运行 `npm i` 即可。\n\n"
          "更多说明见[安装插件](/zh/guide#an-zhuang-cha-jian)。\n")
    en = ("# Guide\n\nPlugins extend the build.\n\nEach plugin is a function.\n\n## Installation\n\nRun `npm i`.\n\n"
          "More in [Installation](/en/guide#installation).\n")
    assert page_term_lines(tmp_path, zh, en, GLOSSARY, "zh") == [7]  # fails before: [7, 11]
    moved = zh.replace("(/zh/guide#an-zhuang-cha-jian)", "(/zh/other#an-zhuang-cha-jian)")
    assert page_term_lines(tmp_path, moved, en, GLOSSARY, "zh") == [7, 11]
    # a link to a heading of its own page is a table-of-contents entry, `term_toc_entry`'s: not taken here
    same = zh.replace("(/zh/guide#", "(#"), en.replace("(/en/guide#", "(#")
    assert page_term_lines(tmp_path, *same, GLOSSARY, "zh") == [7, 11]


def test_slug_and_address() -> None:
    """GitHub's heading slug; a hash-routed address's page without its locale segment, and its anchor."""
    assert slug("Adapt to PC Browsers") == "adapt-to-pc-browsers"
    assert slug("What's new?") == "whats-new"
    assert split_address("#/en-US/advanced-usage#adapt-to-pc-browsers") == ("advanced-usage", "adapt-to-pc-browsers")
    assert split_address("#/zh-CN/advanced-usage#zhuo") == ("advanced-usage", "zhuo")
    assert split_address("/docs/intro-cn#front") == ("docs/intro", "front")
    assert split_address("./guide.md")[1] == ""  # no anchor: no heading quoted

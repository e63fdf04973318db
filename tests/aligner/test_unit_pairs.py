"""Units paired before the aligner where the Markdown structure settles them: same-shape tables row by row, list
items by their links, sections by heading level."""
from __future__ import annotations

from tests.aligner.beads import unpaired
from zhen_qa.aligner.build import build_from_texts
from zhen_qa.aligner.unit_pairs import increasing
from zhen_qa.manuscript.document import Manuscript
from zhen_qa.manuscript.script import script_share

NAMES_ZH = ["孟加拉语（孟加拉国）", "加泰罗尼亚语", "加利西亚语（西班牙）", "印度尼西亚语", "马拉雅拉姆语",
            "斯洛文尼亚语"]
NAMES_EN = ["Bangla (Bangladesh)", "Catalan", "Galician (Spain)", "Indonesian", "Malayalam", "Slovenian"]
CODES = ["bn_BD", "ca_ES", "gl_ES", "id_ID", "ml_IN", "sl_SI"]


def _table(header: str, names: list[str], codes: list[str]) -> str:
    rows = "".join(f"| {n} | {c} |\n" for n, c in zip(names, codes))
    return f"| {header} | code |\n| --- | --- |\n{rows}"


def _unpaired(m: Manuscript, lang: str) -> list[str]:
    return [s.text.text for s in unpaired(m, lang)]


def _paired(m: Manuscript) -> set[tuple[str, str]]:
    return {(p.zh[b.zh[0]].text.text, p.en[b.en[0]].text.text) for p in m.pairs for b in p.beads if b.zh and b.en}


def _check(zh: str, en: str) -> Manuscript:
    return build_from_texts(zh, en, "zh.md", "en.md", presplit=False)


def test_same_shape_table_pairs_row_by_row() -> None:
    zh = "# 语言\n\n目前支持以下语言：\n\n" + _table("语言", NAMES_ZH, CODES)
    en = "# Languages\n\nThe following languages are supported:\n\n" + _table("Language", NAMES_EN, CODES)
    m = _check(zh, en)
    assert _unpaired(m, "zh") == [] and _unpaired(m, "en") == []
    assert ("马拉雅拉姆语", "Malayalam") in _paired(m)


def test_tables_of_different_shape_fall_back_to_the_aligner() -> None:
    zh = "# 语言\n\n" + _table("语言", NAMES_ZH + ["这是一种只在中文表格中出现的语言。"], CODES + ["xx_XX"])
    en = "# Languages\n\n" + _table("Language", NAMES_EN, CODES)
    m = _check(zh, en)
    assert "这是一种只在中文表格中出现的语言。" in _unpaired(m, "zh")
    assert _unpaired(m, "en") == []


def test_cell_whose_counterpart_is_a_link_title_kept_in_english_is_not_untranslated() -> None:
    zh = ("# 兼容\n\n| 特性 | 说明 |\n| --- | --- |\n"
          "| [CSS 逻辑属性](https://developer.mozilla.org/CSS_Logical_Properties) | 需要较新的浏览器版本支持。 |\n")
    en = ("# Compatibility\n\n| Feature | Notes |\n| --- | --- |\n"
          "| [CSS Logical Properties](https://developer.mozilla.org/CSS_Logical_Properties) "
          "| Needs a recent browser. |\n")
    m = _check(zh, en)
    assert _unpaired(m, "zh") == []


def test_cell_whose_counterpart_is_blank_is_still_untranslated() -> None:
    zh = ("# 参数\n\n| 名称 | 说明 |\n| --- | --- |\n| timeout | 发送数据的超时时间，单位为秒。 |\n"
          "| retries | 失败后重试的次数。 |\n")
    en = ("# Parameters\n\n| Name | Notes |\n| --- | --- |\n| timeout | Timeout for sending data, in seconds. |\n"
          "| retries | |\n")
    m = _check(zh, en)
    assert _unpaired(m, "zh") == ["失败后重试的次数。"]


STATUS_ZH = ("# 状态码\n\n下表列出了常见的状态码。\n\n| 状态码 | 名称 | 含义 |\n| --- | --- | --- |\n"
             "| 200 | SUCCESS_STATUS | 成功状态 |\n| 201 | INCOMPATIBLE_VERSION | 版本不兼容 |\n"
             "| 202 | CONFIGURATION_ERROR | - |\n| 203 | START_UP_ERROR | 启动时出错 |\n\n以上是全部状态码。\n")


def test_a_short_cell_whose_english_cell_is_blank_is_reported() -> None:
    """`| 200 | SUCCESS_STATUS | 成功状态 |` beside `| 200 | SUCCESS_STATUS |  |`: the English row has no prose (a
    number, an identifier, a blank), so it is no unit and the Chinese row is read as a row with no counterpart,
    reported by its prose cells only, and a cell of two words is a value by length. Its English cell is blank: the
    translator left it empty, so it is reported whatever its length (iotdb Status-Codes, tbl56's leftover)."""
    en = ("# Status Codes\n\nThe table below lists the common status codes.\n\n| Status Code | Name | Meaning |\n"
          "| --- | --- | --- |\n| 200 | SUCCESS_STATUS |  |\n| 201 | INCOMPATIBLE_VERSION | Incompatible version |\n"
          "| 202 | CONFIGURATION_ERROR | - |\n| 203 | START_UP_ERROR | Startup error |\n\n"
          "These are all the status codes.\n")
    m = _check(STATUS_ZH, en)
    assert _unpaired(m, "zh") == ["成功状态"] and _unpaired(m, "en") == []
    cell = unpaired(m, "zh")[0].location
    assert (cell.line, cell.column, cell.end_column) == (7, 26, 30)  # the cell's place, for the untranslated finding


def test_cells_empty_or_dashed_on_both_sides_or_kept_values_are_not_reported() -> None:
    """A cell blank on both sides, a dash on both, or a number or code against a blank is nothing left out (a code
    span's placeholder left alone is no text the untranslated check reports)."""
    zh = ("# 参数\n\n下表列出了参数。\n\n| 名称 | 默认值 | 说明 |\n| --- | --- | --- |\n| timeout | 30 |  |\n"
          "| retries | - | 失败后重试的次数。 |\n| mode | fast | `quick` |\n")
    en = ("# Parameters\n\nThe table below lists the parameters.\n\n| Name | Default | Notes |\n| --- | --- | --- |\n"
          "| timeout |  |  |\n| retries | - | Times to retry after a failure. |\n| mode | fast |  |\n")
    m = _check(zh, en)
    assert [t for t in _unpaired(m, "zh") if script_share(t) != (0, 0)] == [] and _unpaired(m, "en") == []


def test_a_short_english_cell_whose_chinese_cell_is_blank_is_reported() -> None:
    """The other way round: the Chinese left the cell empty, the English says it."""
    zh = STATUS_ZH.replace("| 成功状态 |", "|  |")
    en = ("# Status Codes\n\nThe table below lists the common status codes.\n\n| Status Code | Name | Meaning |\n"
          "| --- | --- | --- |\n| 200 | SUCCESS_STATUS | Success |\n"
          "| 201 | INCOMPATIBLE_VERSION | Incompatible version |\n| 202 | CONFIGURATION_ERROR | - |\n"
          "| 203 | START_UP_ERROR | Startup error |\n\nThese are all the status codes.\n")
    m = _check(zh, en)
    assert _unpaired(m, "en") == ["Success"] and _unpaired(m, "zh") == []


LINKS_ZH = """# 介绍

这是一个企业级的界面设计语言和组件库。

## 链接

- [首页](/index-cn)
- [所有组件](/components/overview-cn)
- [国内镜像](/docs/mirrors)
- [更新日志](/changelog)
- [动效](https://motion.ant.design)
- [设计规范速查手册](https://github.com/ant-design/ant-design/wiki/cheatsheet)
- [常见问题](/docs/react/faq)
"""
LINKS_EN = """# Introduction

This is an enterprise-class UI design language and component library.

## Links

- [Home page](/)
- [Components](/components/overview)
- [China Mirrors](/docs/mirrors)
- [Change Log](/changelog)
- [Ant Motion](https://motion.ant.design)
- [FAQ](/docs/react/faq)
"""


def test_list_items_pair_by_their_links() -> None:
    m = _check(LINKS_ZH, LINKS_EN)
    pairs = _paired(m)
    assert ("更新日志", "Change Log") in pairs and ("常见问题", "FAQ") in pairs
    # 动效's English item is a link title kept as it is (not prose): its counterpart, not a missing item;
    # the cheat sheet is in the Chinese list only
    assert _unpaired(m, "zh") == ["设计规范速查手册"]


def _aligned_zh(m: Manuscript) -> list[str]:
    return [p.zh[i].text.text for p in m.pairs for b in p.beads for i in b.zh]


def test_item_is_left_out_only_when_its_link_is_in_the_english_file() -> None:
    assert "动效" not in _aligned_zh(_check(LINKS_ZH, LINKS_EN))  # its counterpart is there, not prose
    en = LINKS_EN.replace("- [Ant Motion](https://motion.ant.design)\n", "")
    assert "动效" in _aligned_zh(_check(LINKS_ZH, en))  # aligned and checked like any item


COMMUNITY_ZH = """## 加入社区

如果你的贡献足够多，你可以申请成为协作者。

你还可以参考下面两篇社区成员写的贡献指南：

- [如何快速成为贡献者](https://blog.example.cn/p/1) [@lin](https://github.com/lin)
- [从零开始参与开源](https://blog.example.cn/p/2)

[如何在 GitHub 上贡献代码](https://articles.example.cn/a/3)
"""
COMMUNITY_EN = """## Being a collaborator

If you are an active contributor, you can apply to be a collaborator.

You can also refer to the following guide:

[How to Contribute to an Open Source Project](https://videos.example.com/course)
"""


def test_links_to_articles_the_other_page_does_not_link_are_localisation() -> None:
    m = _check(COMMUNITY_ZH, COMMUNITY_EN)
    assert _unpaired(m, "zh") == []  # Chinese articles where the English points to an English video
    zh = COMMUNITY_ZH.replace("https://articles.example.cn/a/3", "https://videos.example.com/course")
    m = _check(zh, COMMUNITY_EN)  # the same link: its counterpart is the English link line, kept as it is (not prose)
    assert "如何在 GitHub 上贡献代码" not in _aligned_zh(m) and _unpaired(m, "zh") == []
    zh = COMMUNITY_ZH.replace("[从零开始参与开源](https://blog.example.cn/p/2)", "从零开始参与开源")
    assert "从零开始参与开源" in _unpaired(_check(zh, COMMUNITY_EN), "zh")  # prose, not only a link


def test_sections_whose_headings_nest_differently_pair_at_the_top_level() -> None:
    zh = ("# 国际化\n\n## 配置\n\n我们提供了配置组件来设置语言。\n\n目前支持以下语言：\n\n"
          + _table("语言", NAMES_ZH, CODES)
          + "\n## 增加语言包\n\n如果你找不到你需要的语言包，欢迎你创建一个新的语言包。\n")
    en = ("# Internationalization\n\n## Configuration\n\nWe provide a component to set the language.\n\n"
          "### Supported languages\n\n" + _table("Language", NAMES_EN, CODES)
          + "\n## Adding a new language\n\n"
          "If your language is not in the list, feel free to create a locale package.\n")
    m = _check(zh, en)
    assert _unpaired(m, "zh") == []
    assert ("如果你找不到你需要的语言包，欢迎你创建一个新的语言包。",
            "If your language is not in the list, feel free to create a locale package.") in _paired(m)


def test_increasing_keeps_the_longest_chain() -> None:
    assert increasing([(0, 0), (1, 2), (2, 1), (3, 3)]) in ([(0, 0), (1, 2), (3, 3)], [(0, 0), (2, 1), (3, 3)])
    assert increasing([(0, 3), (1, 0), (2, 1), (3, 2)]) == [(1, 0), (2, 1), (3, 2)]
    assert increasing([]) == []


RECORDS_EN = """# Records

## Iterating over a Record

Use the [items](/commands/docs/items.md) command to iterate over each pair of key and value:

```nu
{ "apples": 543, "bananas": 411 } | items {|fruit, count| $"We have ($fruit) ($count)" }
```

Alternatively, you can [transpose](/commands/docs/transpose.md) the record into a table with columns, and then iterate
over rows:

```nu
{ "apples": 543, "bananas": 411 }
| transpose fruit count
| each {|f| $"We have ($f.count) ($f.fruit)" }
```
"""
RECORDS_ZH = """# 记录

## 遍历记录

你可以先将记录转换为表格，然后遍历其键值对：

```nu
{ "apples": 543, "bananas": 411 }
| transpose fruit count
| each {|f| $"We have ($f.count) ($f.fruit)" }
```
"""


def test_a_lead_in_pairs_with_the_lead_in_of_the_same_code() -> None:
    """A2 (nushell working_with_records): the Chinese lead-in before the `transpose` example translates the English
    lead-in before that example; the English paragraph left without Chinese is the `items` one, though 键值对 (key
    and value) made the aligner favour it."""
    m = _check(RECORDS_ZH, RECORDS_EN)
    assert _unpaired(m, "en") == ["Use the items command to iterate over each pair of key and value:"]
    assert _unpaired(m, "zh") == []


def test_a_dropped_lead_in_is_still_the_paragraph_reported() -> None:
    """The real defect of the same shape: the Chinese drops the lead-in of the second example, its two code blocks
    now in a row after the first lead-in: that paragraph introduces the first block only, so it pairs with the
    `items` lead-in and the `transpose` lead-in is reported."""
    zh = RECORDS_ZH.replace("你可以先将记录转换为表格，然后遍历其键值对：\n",
                            "使用 [items](/commands/docs/items.md) 命令遍历每一对键和值：\n\n"
                            "```nu\n{ \"apples\": 543, \"bananas\": 411 } | items {|fruit, count| "
                            "$\"We have ($fruit) ($count)\" }\n```\n")
    m = _check(zh, RECORDS_EN)
    assert [s[:40] for s in _unpaired(m, "en")] == ["Alternatively, you can transpose the rec"]


TUTORIAL_ZH = """# history

[`history`使用教程](https://docs.example.org/tutorials.html?language=cn&id=command-history)

`history`命令打印当前会话执行过的命令：

默认保存的条数如下：

- 输入 `history -c` 清空历史
- 输入 `history -n 5` 只显示最近的五条
"""
TUTORIAL_EN = """# history

[`history` usage tutorial](https://docs.example.org/tutorials.html?language=en&id=command-history)

Use `history` command to print the commands of the current session:

The default number kept is:

- type `history -c` to clear the history
- type `history -n 5` to show only the last five
"""


def _anywhere_zh(m: Manuscript) -> list[str]:
    return [*_aligned_zh(m), *_unpaired(m, "zh")]


def test_a_link_line_to_the_other_language_edition_of_the_same_page_is_its_counterpart() -> None:
    """The English link line is a link title kept as it is (not prose); its address differs from the Chinese one only
    by the language marker (`language=cn` / `language=en`, `/zh-cn/` / `/en/`): the same page, so the Chinese link
    line is its translation, neither aligned nor unpaired."""
    m = _check(TUTORIAL_ZH, TUTORIAL_EN)
    assert not any("使用教程" in t for t in _anywhere_zh(m))
    for zh_mark, en_mark in (("lang=zh-CN", "lang=en-US"), ("/zh-cn/", "/en/")):
        zh = TUTORIAL_ZH.replace("tutorials.html?language=cn", f"tutorials.html?{zh_mark}" if "=" in zh_mark
                                 else f"{zh_mark}tutorials.html?x=1")
        en = TUTORIAL_EN.replace("tutorials.html?language=en", f"tutorials.html?{en_mark}" if "=" in en_mark
                                 else f"{en_mark}tutorials.html?x=1")
        assert not any("使用教程" in t for t in _anywhere_zh(_check(zh, en))), zh_mark


def test_a_link_line_to_another_page_is_still_aligned_and_checked() -> None:
    """The English link line points to another page (another id, or another language than Chinese and English): in a
    section whose list items pair by their code (so not links to other material, `_localised`), the Chinese link line
    has no counterpart by its address and is aligned like any paragraph."""
    for en in (TUTORIAL_EN.replace("id=command-history", "id=command-session"),
               TUTORIAL_EN.replace("language=en", "language=fr")):
        assert any("使用教程" in t for t in _anywhere_zh(_check(TUTORIAL_ZH, en)))

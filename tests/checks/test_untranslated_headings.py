"""Short headings and table cells a Chinese Markdown page leaves in English: prose is reported, names are not."""
from __future__ import annotations

from zhen_qa.aligner.build import build_from_texts
from zhen_qa.checks.context import CheckContext, Options
from zhen_qa.checks.untranslated import run


def spans(zh: str, en: str) -> list[tuple[int, int, str]]:
    m = build_from_texts(zh, en, "zh.md", "en.md", presplit=False)
    return [(f.location.line, f.location.column, f.excerpt)
            for f in run(CheckContext(m, options=Options())) if f.rule == "untranslated-span"]


ZH_PAGE = """# 小部件

## Register widgets

每个小部件都需要一个唯一的名字，名字会显示在控制台里。

## 配置缓存

缓存按照注册的顺序生效。
"""
EN_PAGE = """# Widgets

## Register widgets

Every widget needs a unique name, which is shown in the console.

## Configure the cache

The cache takes effect in the order it was registered.
"""


def test_a_two_word_heading_left_in_english_is_reported_on_the_chinese_page() -> None:
    assert spans(ZH_PAGE, EN_PAGE) == [(3, 4, "Register widgets")]


def test_a_heading_the_chinese_text_writes_in_english_is_a_term_kept() -> None:
    zh = ZH_PAGE.replace("每个小部件", "每个 register widgets 步骤中的小部件")
    assert spans(zh, EN_PAGE) == []


def test_a_heading_whose_capitalised_word_the_chinese_text_uses_is_a_name() -> None:
    zh = ZH_PAGE.replace("## Register widgets", "## Quasar widgets").replace("每个小部件", "每个 Quasar 小部件")
    en = EN_PAGE.replace("## Register widgets", "## Quasar widgets")
    assert spans(zh, en) == []


def test_a_heading_opening_with_a_word_no_dictionary_knows_is_a_name() -> None:
    zh = ZH_PAGE.replace("## Register widgets", "## Zorbulon hosting")
    en = EN_PAGE.replace("## Register widgets", "## Zorbulon hosting")
    assert spans(zh, en) == []


def test_acronyms_and_code_names_in_a_heading_are_names() -> None:
    for heading in ("## UA widgets", "## KeepAlive widgets", "## Register"):
        zh, en = ZH_PAGE.replace("## Register widgets", heading), EN_PAGE.replace("## Register widgets", heading)
        assert spans(zh, en) == [], heading


ZH_TABLE = """# 小部件

## 选项

| 选项 | 说明 | 默认值 |
| --- | --- | --- |
| name | 小部件的名字 | - |
| order | Order in which the widget loads | 0 |
| enabled | 是否启用缓存 | true |
"""
EN_TABLE = """# Widgets

## Options

| Option | Description | Default |
| --- | --- | --- |
| name | The widget's name | - |
| order | Order in which the widget loads | 0 |
| enabled | Whether the cache is enabled | true |
"""


def test_a_description_cell_left_in_english_in_a_translated_column_is_reported() -> None:
    assert spans(ZH_TABLE, EN_TABLE) == [(8, 11, "Order in which the widget loads")]


def test_a_cell_in_a_column_the_chinese_table_never_translates_is_a_value() -> None:
    zh = ZH_TABLE.replace("小部件的名字", "The widget's name").replace("是否启用缓存", "Whether the cache is enabled")
    assert spans(zh, EN_TABLE) == []


def test_a_value_cell_without_function_words_is_not_prose() -> None:
    zh = ZH_TABLE.replace("Order in which the widget loads", "last two major versions")
    en = EN_TABLE.replace("Order in which the widget loads", "last two major versions")
    assert spans(zh, en) == []


COMPARISON = """| Product | Client | Ordering | Storage | Benchmark |
| --- | --- | --- | --- | --- |
| Alpha | Java, C++, Go | Supported, with a sync mode to avoid loss | Not Supported | tp1 / ratio 0.8 / bs 256 |
| Beta | Java, Scala etc. | Ensure ordering of records within a shard | Supported | tp1 / ratio 0.9 / bs 128 |
"""


def test_prose_cells_of_a_table_the_chinese_page_leaves_in_english_are_reported() -> None:
    """A comparison table copied whole into the Chinese page, header row included (no cell has Chinese): its cells
    of prose are untranslated; its values and names (language lists, Not Supported, benchmark settings) are not."""
    zh = "# 对比\n\n下表比较了两种产品的特性。\n\n" + COMPARISON
    en = "# Comparison\n\nThe table compares the features of the two products.\n\n" + COMPARISON
    # both cells of prose are in the Ordering column: one finding for the column (`table_copies`)
    assert spans(zh, en) == [(7, 27, "Supported, with a sync mode to avoid loss")]
    m = build_from_texts(zh, en, "zh.md", "en.md", presplit=False)
    (f,) = [f for f in run(CheckContext(m, options=Options())) if f.rule == "untranslated-span"]
    assert [(c["line"], c["text"]) for c in dict(f.data)["sentences"]] == [
        (7, "Supported, with a sync mode to avoid loss"), (8, "Ensure ordering of records within a shard")]


def test_a_cell_of_prose_in_an_english_table_is_words_not_identifiers() -> None:
    from zhen_qa.checks.copied_text import _english_table_prose

    assert _english_table_prose("Supported, with a sync mode to avoid loss")
    assert _english_table_prose("The role of nodes in the cluster, available types are [master, worker]")
    assert not _english_table_prose("authenticator: org.acme.auth.Standard, config: {tokens: conf/server}")
    assert not _english_table_prose("tp1 / ratio 0.8 / bs 256") and not _english_table_prose("Java, Scala etc.")


def test_an_english_column_of_a_table_with_a_chinese_header_stays_a_value() -> None:
    """The same rows under a translated header row: the Chinese page worked on the table and kept the columns in
    English by choice (a column left in English throughout), nothing reported."""
    zh = "# 对比\n\n下表比较了两种产品的特性。\n\n" + COMPARISON.replace(
        "| Product | Client | Ordering | Storage | Benchmark |", "| 产品 | 客户端 | 顺序 | 存储 | 基准 |")
    en = "# Comparison\n\nThe table compares the features of the two products.\n\n" + COMPARISON
    assert spans(zh, en) == []


def test_example_data_under_identifier_headers_is_a_copy() -> None:
    """A table of example data the Chinese page shows as the English does (header cells c1_string, c1_integer):
    its values are the program's data, the same in both pages by design, even a string value of words."""
    table = ("| data | c1_string | c1_integer | c1_float |\n| --- | --- | --- | --- |\n"
             "| too much content not to show | this is a string | 42 | 3.14 |\n")
    zh = "# 示例\n\n那么数据结果表将会像这样。\n\n" + table
    en = "# Example\n\nThe result table will look like this.\n\n" + table
    assert spans(zh, en) == []


def test_type_values_and_log_messages_of_an_english_table_are_literals() -> None:
    """Tables both pages keep in English, header included, whose columns hold values or a program's text (Type:
    `list of strings`, `map of int to duration`; Message: `connection refused by server`): code and output a
    Chinese page quotes as they are, no prose left untranslated."""
    params = ("| Name | Type | Default |\n| --- | --- | --- |\n| hosts | list of strings | none |\n"
              "| retry | map of int to duration | see below |\n")
    log = ("| Level | Message |\n| --- | --- |\n| WARN | connection refused by server |\n"
           "| ERROR | failed to load the config file |\n")
    zh = "# 配置\n\n下表列出了客户端的参数。\n\n" + params + "\n日志中可能出现以下信息：\n\n" + log
    en = ("# Configuration\n\nThe table below lists the parameters of the client.\n\n" + params
          + "\nThe log may show the following messages:\n\n" + log)
    assert spans(zh, en) == []


def test_a_cell_finds_its_table_part_whatever_the_order_of_the_blocks() -> None:
    """The manuscript may list a table row's cells out of file order (a row's key cell after its code cell):
    each route cell (/items/(string: name)/versions, three lower-case words, prose if read as a paragraph) is
    still found in its own cell, here with the blocks given in reverse, and read as a literal both pages keep."""
    from zhen_qa.checks.sentence_parts import Parts

    text = ("# 接口\n\n接口的状态如下，每个接口都返回一个对象。\n\n"
            "| 序号 | 方法 | 路径 | 返回 |\n| --- | --- | --- | --- |\n"
            + "".join(f"| {n} | GET | /items/(string: name)/versions/{n} | `Item.class` |\n" for n in range(1, 9))
            + "\n## 说明\n\n所有接口都需要先登录，登录后才能调用，调用失败时会返回错误码。\n")
    ms = build_from_texts(text, text, "a.zh.md", "a.en.md", presplit=False)
    parts = Parts(list(reversed(ms.blocks)))
    routes = [s for p in ms.pairs for s in p.zh if s.text.text.startswith("/items")]
    assert len(routes) == 8
    for route in routes:
        found = parts.part(route)
        assert found is not None and (found.kind, found.column) == ("cell", 2), route.text.text
    assert [e for _, _, e in spans(text, text) if e.startswith("/items")] == []


def test_a_heading_the_chinese_text_writes_as_inline_code_is_a_command() -> None:
    zh = ZH_PAGE.replace("## Register widgets", "## widgetctl preview")
    zh = zh.replace("每个小部件", "`widgetctl preview` 命令中的每个小部件")
    en = EN_PAGE.replace("## Register widgets", "## widgetctl preview")
    assert spans(zh, en) == []


def test_a_heading_the_chinese_text_writes_hyphenated_is_a_term_kept() -> None:
    """review50b S13: 通过 tree-shaking 移除 — the page writes the heading's term in English, hyphenated."""
    zh = ZH_PAGE.replace("## Register widgets", "## Tree Shaking").replace("每个小部件",
                                                                       "通过 tree-shaking，每个小部件")
    en = EN_PAGE.replace("## Register widgets", "## Tree Shaking")
    assert spans(zh, en) == []


def test_a_heading_the_english_page_names_inside_a_sentence_is_a_name() -> None:
    """review50b S12: "install Visual Studio" — a name keeps its capitals inside the English sentence."""
    zh = ZH_PAGE.replace("## Register widgets", "## Visual Studio")
    en = EN_PAGE.replace("## Register widgets", "## Visual Studio").replace(
        "Every widget", "After you install Visual Studio, every widget")
    assert spans(zh, en) == []
    assert spans(zh, EN_PAGE.replace("## Register widgets", "## Visual Studio")) == [(3, 4, "Visual Studio")]


def test_a_title_case_heading_on_a_page_of_sentence_case_headings_is_a_name() -> None:
    """review50b S12 residual: the English page never writes "Visual Studio" in a sentence, but its other headings
    are in sentence case ("Configure the cache", "Clear old entries"): its Title Case heading is a product's name."""
    zh = ZH_PAGE.replace("## Register widgets", "## Visual Studio") + "\n## 清除旧条目\n\n旧条目每天清除一次。\n"
    en = EN_PAGE.replace("## Register widgets", "## Visual Studio") + "\n## Clear old entries\n\nOld entries are" \
        " cleared once a day.\n"
    assert spans(zh, en) == []
    titled = en.replace("## Configure the cache", "## Cache Settings")  # one other heading in Title Case
    assert spans(zh.replace("## 配置缓存", "## 缓存设置"), titled) == [(3, 4, "Visual Studio")]


def test_a_stock_section_label_on_a_page_of_sentence_case_headings_is_not_a_name() -> None:
    """review51 R10: authors Title-Case stock section labels (Basic Usage, Quick Start) even on a page of sentence-case
    headings; the page's style does not make such a label a name, and left in English on the Chinese page it is
    reported."""
    zh = "# 主题\n\n## 安装插件\n\n运行命令安装插件。\n\n## 配置选项\n\n在配置文件中设置选项。\n\n## Basic Usage\n\n" \
        "在组件中调用 useTheme() 读取当前主题。\n"
    en = "# Theme\n\n## Install the plugin\n\nRun the command to install the plugin.\n\n## Configure the options\n\n" \
        "Set the options in the config file.\n\n## Basic Usage\n\nCall useTheme() in a component to read the current" \
        " theme.\n"
    assert spans(zh, en) == [(11, 4, "Basic Usage")]


REST_ZH = """# 图模式

## 查看图的模式

发送请求查看某个图当前的模式。

### Method & Url

```
GET /graphs/{graph}/mode
```

### Response Status

```
200
```

### Response Body

```
{"mode": "NONE"}
```

## 设置图的模式

发送请求修改某个图的模式。

### Method & Url

```
PUT /graphs/{graph}/mode
```

### Request Body

```
"RESTORING"
```

### Response Status

```
200
```

### Response Body

```
{"mode": "RESTORING"}
```
"""
REST_EN = (REST_ZH.replace("# 图模式", "# Graph mode").replace("## 查看图的模式", "## View the graph mode")
           .replace("发送请求查看某个图当前的模式。", "Send a request to view the current mode of a graph.")
           .replace("## 设置图的模式", "## Set the graph mode")
           .replace("发送请求修改某个图的模式。", "Send a request to change the mode of a graph."))


def test_labels_a_reference_page_repeats_under_each_section_are_kept_in_english_by_design() -> None:
    # Response Status and Response Body under both endpoints; Request Body once, beside them in the same scheme
    assert spans(REST_ZH, REST_EN) == []


def test_one_such_heading_left_in_english_among_chinese_headings_is_still_reported() -> None:
    zh = (REST_ZH.replace("### Method & Url", "### 请求方法").replace("### Response Status", "### 响应状态")
          .replace("### Response Body", "### 响应体"))
    assert spans(zh, REST_EN) == [(35, 5, "Request Body")]


def test_a_heading_repeated_under_one_section_only_is_no_fixed_label() -> None:
    zh = ZH_PAGE.replace("## 配置缓存", "## Register widgets")
    en = EN_PAGE.replace("## Configure the cache", "## Register widgets")
    assert [line for line, _col, _text in spans(zh, en)] == [3, 7]


COMPONENTS_ZH = """# 组件

## 按钮

按钮用于触发一个操作。

### Basic Usage

点击按钮即可提交表单。

### 参数说明

可以设置按钮的尺寸和颜色。

## 输入框

输入框用于输入文字。

### Basic Usage

在输入框中输入内容后按回车键。

### 参数说明

可以设置输入框的长度和占位文字。
"""
COMPONENTS_EN = """# Components

## Button

A button triggers an action.

### Basic Usage

Click the button to submit the form.

### Parameters

You can set the size and color of the button.

## Input

An input box is used to enter text.

### Basic Usage

Type some content into the input box and press Enter.

### Parameters

You can set the length and placeholder text of the input box.
"""


def test_a_heading_repeated_under_two_sections_beside_chinese_siblings_is_still_reported() -> None:
    """review53 R4: the page translates its headings (参数说明) and left one template heading in English twice."""
    assert [(line, text) for line, _col, text in spans(COMPONENTS_ZH, COMPONENTS_EN)] == [
        (7, "Basic Usage"), (19, "Basic Usage")]


def test_a_heading_naming_a_command_its_code_block_runs_is_a_name() -> None:
    """`#### toolctl init` over a code block running `$ toolctl init --help`: the section documents that command,
    a name kept in both pages. A heading of ordinary words on the same page is still reported, and so is the same
    heading when no code block runs it."""
    block = "```shell\n$ toolctl init --help | grep priority\n```\n"
    zh = (f"# 安装\n\n## 使用命令行\n\n命令行工具可以安装控制面组件。\n\n#### toolctl init\n\n{block}\n"
          "## Register widgets\n\n每个小部件都需要一个唯一的名字，名字会显示在控制台里。\n")
    en = (f"# Install\n\n## Use the command line\n\nThe command-line tool installs the control plane components.\n\n"
          f"#### toolctl init\n\n{block}\n"
          "## Register widgets\n\nEvery widget needs a unique name, which is shown in the console.\n")
    assert [(line, text) for line, _col, text in spans(zh, en)] == [(13, "Register widgets")]
    without = spans(zh.replace(block, "运行该命令。\n"), en.replace(block, "Run the command.\n"))
    assert [text for _line, _col, text in without] == ["toolctl init", "Register widgets"]

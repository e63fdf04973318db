"""checks.untranslated_headings: short headings a Chinese Markdown page leaves in English: prose is reported, names
are not."""
from __future__ import annotations

from tests.checks.untranslated_kit import spans

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


GROUP_ZH = """# 小部件

## 小部件管理

控制台的菜单如下。

### Account Management

用于管理控制台的账户。

### Quota Management

用于设置每个团队的配额。

### Audit Settings

用于选择需要记录的操作。
"""
GROUP_EN = """# Widgets

## Widget management

The console's menus are as follows.

### Account Management

Used to manage the console's accounts.

### Quota Management

Used to set each team's quota.

### Audit Settings

Used to choose the operations to record.
"""


def test_a_group_of_sibling_headings_all_kept_in_english_as_names_is_the_pages_choice_of_names() -> None:
    # three siblings under one parent, none with Chinese, each written as a name (every word capitalised), the prose
    # under them translated: the console's menus
    assert spans(GROUP_ZH, GROUP_EN) == []


STEPS = (("### Account Management", "### Register widgets"), ("### Quota Management", "### Remove widgets"),
         ("### Audit Settings", "### Rename widgets"))


def _steps(page: str, count: int = 3) -> str:
    for name, step in STEPS[:count]:
        page = page.replace(name, step)
    return page


def test_a_group_of_sentence_case_headings_kept_in_english_is_still_reported() -> None:
    # review67 R3: steps written in sentence case are prose a translator forgot, not a console's menus
    assert spans(_steps(GROUP_ZH), _steps(GROUP_EN)) == [(7, 5, "Register widgets"), (11, 5, "Remove widgets"),
                                                         (15, 5, "Rename widgets")]


def test_one_sentence_case_heading_makes_the_group_no_names() -> None:
    zh, en = _steps(GROUP_ZH, 1), _steps(GROUP_EN, 1)
    assert [text for _line, _col, text in spans(zh, en)] == ["Register widgets", "Quota Management",
                                                             "Audit Settings"]


def test_one_heading_left_in_english_beside_chinese_siblings_is_still_reported() -> None:
    zh = GROUP_ZH.replace("### Quota Management", "### 配额管理").replace("### Audit Settings", "### 审计设置")
    assert spans(zh, GROUP_EN) == [(7, 5, "Account Management")]


def test_two_sibling_headings_in_english_are_no_group_and_are_still_reported() -> None:
    zh = GROUP_ZH.replace("### Audit Settings", "### 审计设置")
    assert spans(zh, GROUP_EN) == [(7, 5, "Account Management"), (11, 5, "Quota Management")]


def test_a_group_at_the_top_of_the_page_without_a_parent_heading_is_still_reported() -> None:
    zh = GROUP_ZH.replace("# 小部件\n\n## 小部件管理\n\n控制台的菜单如下。\n\n", "").replace("### ", "## ")
    en = GROUP_EN.replace("# Widgets\n\n## Widget management\n\nThe console's menus are as follows.\n\n", "")
    en = en.replace("### ", "## ")
    assert [text for _line, _col, text in spans(zh, en)] == ["Account Management", "Quota Management",
                                                             "Audit Settings"]

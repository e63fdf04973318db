"""A custom container's title left in English on the Chinese page is reported; a localised or a name title is not."""
from __future__ import annotations

from zhen_qa.aligner.build import build_from_texts
from zhen_qa.checks.context import CheckContext, Options
from zhen_qa.checks.untranslated import run

ZH = """# 指南

## 用法

::: warning Deprecated since version 2
这个选项已经废弃，请使用新的选项。
:::

::: tip 提示
你可以在配置文件中设置它。
:::

::: details Vue 3
适用于 Vue 3 的写法。
:::

```md
::: danger Do not copy this line
```
"""
EN = """# Guide

## Usage

::: warning Deprecated since version 2
This option is deprecated, use the new option instead.
:::

::: tip
You can set it in the configuration file.
:::

::: details Vue 3
How to write it for Vue 3.
:::

```md
::: danger Do not copy this line
```
"""


def test_a_container_title_left_in_english_on_the_chinese_page_is_reported() -> None:
    m = build_from_texts(ZH, EN, "zh.md", "en.md", presplit=False)
    found = [(f.rule, f.location.path, f.location.line, f.location.column, f.message)
             for f in run(CheckContext(m, options=Options())) if f.rule == "untranslated-span"]
    # not the localised 提示, not the name "Vue 3", not a line inside a code fence, nothing on the English page
    assert found == [("untranslated-span", "zh.md", 5, 13,
                      'English left in the Chinese: container title "Deprecated since version 2"')]

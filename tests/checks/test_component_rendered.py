"""A Chinese table written out by hand where the English page renders it through a self-closing MDX component is
not untranslated; a Chinese table where the English has no component at that place, and Chinese prose beside the
table, are still reported."""
from __future__ import annotations

from zhen_qa.aligner.build import build_from_texts
from zhen_qa.checks.engine import check_manuscript

RULES = ["untranslated", "extra-target"]
TABLE = ("| 权限 | 描述 |\n| --- | --- |\n| `autostart:allow-disable` | 启用 disable 命令，不需要预先配置作用域。 |\n"
         "| `autostart:deny-disable` | 拒绝没有预先配置作用域的 disable 命令。 |\n")
ZH = "## 权限\n\n默认情况下，所有插件命令都被阻止，无法访问。\n\n" + TABLE
EN = ("## Permissions\n\nBy default all plugin commands are blocked and cannot be accessed.\n\n"
      "<PluginPermissions plugin={frontmatter.plugin} />\n")


def _found(zh: str, en: str) -> list[tuple[str, int]]:
    ms = build_from_texts(zh, en, "a.zh.mdx", "a.en.mdx", presplit=False)
    return [(f.rule, f.location.line) for f in check_manuscript(ms, select=RULES)]


def test_a_table_the_english_renders_through_a_component_is_not_untranslated() -> None:
    assert _found(ZH, EN) == []


def test_a_table_where_the_english_has_no_component_is_still_reported() -> None:
    en = EN.replace("<PluginPermissions plugin={frontmatter.plugin} />\n", "")
    assert [rule for rule, _line in _found(ZH, en)] == ["untranslated"]


def test_a_component_in_another_section_excuses_nothing() -> None:
    zh = "## 用法\n\n插件可以在前端使用。\n\n" + ZH.replace("## 权限", "## 权限列表")
    en = ("## Usage\n\nThe plugin can be used from the frontend.\n\n<PluginPermissions plugin={frontmatter.plugin} />"
          "\n\n## Permissions\n\nBy default all plugin commands are blocked and cannot be accessed.\n")
    assert [rule for rule, _line in _found(zh, en)] == ["untranslated"]


def test_a_chinese_page_that_keeps_the_component_and_adds_a_table_added_it() -> None:
    zh = ZH + "\n<PluginPermissions plugin={frontmatter.plugin} />\n"
    assert [rule for rule, _line in _found(zh, EN)] == ["untranslated"]


def test_chinese_prose_beside_the_table_is_still_reported() -> None:
    zh = ZH + "\n这些权限还可以在能力文件中按窗口分别授予，而无需修改插件的源代码。\n"
    assert [rule for rule, _line in _found(zh, EN)] == ["untranslated"]


def test_a_deleted_lead_paragraph_before_the_table_is_still_reported() -> None:
    en = EN.replace("By default all plugin commands are blocked and cannot be accessed.\n\n", "")
    assert [(rule, line) for rule, line in _found(ZH, en)] == [("untranslated", 3)]


STEPS_ZH = ("## 设置\n\n按照以下步骤在应用中启用该插件。\n\n1. 如果还没有 Tauri 项目，请先创建一个。\n"
            "2. 使用包管理器将插件添加到项目中：\n\n```sh\nnpm run tauri add notification\n```\n\n"
            "3. 在能力配置文件中为主窗口授予通知插件的默认权限，否则所有命令都会被拒绝。\n\n## 用法\n\n"
            "该插件可以在 JavaScript 和 Rust 中使用。\n")
STEPS_EN = ("## Setup\n\nFollow these steps to enable the plugin in your app.\n\n"
            "1. Create a new Tauri project if you do not have one.\n"
            "2. Add the plugin to the project with your package manager:\n\n"
            "<CommandTabs npm=\"npm run tauri add notification\" yarn=\"yarn run tauri add notification\" />\n\n"
            "## Usage\n\nThe plugin can be used from JavaScript and from Rust.\n")


def test_a_dropped_step_of_a_list_whose_other_steps_are_paired_is_still_reported() -> None:
    assert _found(STEPS_ZH, STEPS_EN) == [("untranslated", 12)]


ROWS_ZH = ("## 平台\n\n该插件支持以下平台。\n\n| 平台 | 说明 |\n| --- | --- |\n| Windows | 使用原生的 toast API。 |\n"
           "| macOS | 需要通知权限。 |\n| Android | 在 Android 13 及以上版本中，需要在运行时向用户请求通知权限。 |\n\n"
           "## 用法\n\n该插件可以在 JavaScript 和 Rust 中使用。\n")
ROWS_EN = ("## Platforms\n\nThe plugin supports the following platforms.\n\n| Platform | Notes |\n| --- | --- |\n"
           "| Windows | Uses the native toast API. |\n| macOS | Needs the notification permission. |\n\n"
           "<Compatibility plugin=\"notification\" />\n\n## Usage\n\n"
           "The plugin can be used from JavaScript and from Rust.\n")


def test_a_dropped_row_of_a_table_whose_other_rows_are_paired_is_still_reported() -> None:
    assert _found(ROWS_ZH, ROWS_EN) == [("untranslated", 9)]

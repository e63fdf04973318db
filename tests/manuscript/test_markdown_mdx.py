"""MDX has no indented code blocks: prose indented inside `<Tabs>/<TabItem>` is prose in an .mdx file, while an
indented block in a .md file is still code, and a fence stays code at any indentation in MDX."""
from __future__ import annotations

from pathlib import Path

from zhen_qa.checks.run import Flags, check_file
from zhen_qa.manuscript.markdown import markdown_blocks
from zhen_qa.manuscript.source import SourceText

TABS = ("## Setup\n\n<Tabs>\n  <TabItem label=\"Automatic\">\n\n"
        "    Use your project's package manager to add the dependency:\n\n"
        "    ```sh\n    npm run tauri add autostart\n    ```\n\n  </TabItem>\n</Tabs>\n")


def _texts(text: str, path: str) -> list[str]:
    return [b.text.text for b in markdown_blocks(SourceText.from_text(path, text))]


def test_prose_indented_inside_a_jsx_element_is_prose_in_mdx() -> None:
    assert _texts(TABS, "a.mdx") == ["Setup", "Use your project's package manager to add the dependency:"]


def test_an_indented_block_in_a_markdown_file_is_still_code() -> None:
    assert _texts("## Setup\n\nRun this:\n\n    npm run tauri add autostart\n", "a.md") == ["Setup", "Run this:"]


def test_an_indented_fence_in_mdx_is_still_code() -> None:
    assert not any("npm run" in t for t in _texts(TABS, "a.mdx"))


def _check(tmp_path: Path, zh: str, en: str) -> list[tuple[str, int]]:
    zh_path, en_path = tmp_path / "zh.mdx", tmp_path / "en.mdx"
    zh_path.write_text(zh, encoding="utf-8")
    en_path.write_text(en, encoding="utf-8")
    return [(f.rule, f.location.line) for f in check_file(str(zh_path), str(en_path), Flags()).findings
            if f.rule == "untranslated"]


ZH = ("## 设置\n\n<Tabs>\n  <TabItem label=\"自动\">\n\n使用项目的包管理器来添加依赖。\n\n"
      "```sh\nnpm run tauri add autostart\n```\n\n{}  </TabItem>\n</Tabs>\n")


def test_an_indented_english_step_is_the_chinese_steps_counterpart(tmp_path: Path) -> None:
    assert _check(tmp_path, ZH.format(""), TABS) == []


def test_a_chinese_step_whose_english_step_is_absent_is_still_reported(tmp_path: Path) -> None:
    zh = ZH.format("然后在能力配置文件中为主窗口授予自启动插件的全部默认权限。\n\n")
    assert _check(tmp_path, zh, TABS) == [("untranslated", 12)]


HTML_TABLE = ("## Data\n\nThe frame looks like this:\n\n<table border=\"1\" class=\"dataframe\">\n  <tbody>\n    <tr>\n"
              "      <td>Ortho Evra</td>\n      <td>birth control</td>\n    </tr>\n  </tbody>\n</table>\n")


def test_an_indented_html_table_of_output_stays_out_of_the_prose_in_mdx() -> None:
    assert _texts(HTML_TABLE, "a.mdx") == ["Data", "The frame looks like this:"]
    assert _texts(HTML_TABLE, "a.md") == ["Data", "The frame looks like this:"]


PROSE_TABLE = ("## Options\n\n<table>\n  <tbody>\n    <tr>\n      <td>retries</td>\n"
               "      <td>How many times the plugin tries again after a request fails.</td>\n"
               "    </tr>\n  </tbody>\n</table>\n")


def test_a_hand_written_html_table_is_prose_in_mdx_however_indented() -> None:
    assert any("How many times the plugin tries again" in t for t in _texts(PROSE_TABLE, "a.mdx"))


MENTIONS = ("## Tables\n\nA Markdown table compiles to a `<table>` element.\n\n"
            "<Tabs>\n  <TabItem label=\"Markdown\">\n\n"
            "    The header row must be followed by the delimiter row.\n\n  </TabItem>\n</Tabs>\n\n"
            "Close a raw HTML table with `</table>`.\n")


def test_code_span_mentions_of_table_tags_mask_nothing_between_them() -> None:
    assert "The header row must be followed by the delimiter row." in _texts(MENTIONS, "a.mdx")

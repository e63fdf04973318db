"""A page's Markdown flavour by what the page says: front matter, suffix, ES module lines outside code."""
from __future__ import annotations

from pathlib import Path

from zhen_qa.checks.run import Flags, check_file
from zhen_qa.manuscript.markdown_flavor import is_mdx
from zhen_qa.manuscript.source import SourceText

IMPORTS = "import Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n\n"
TABS = """## {heading}

<Tabs>
  <TabItem label="{label}">

{steps}

    ```sh
    npm run tauri add autostart
    ```

  </TabItem>
</Tabs>
"""
ZH_STEPS = "    使用项目的包管理器来添加依赖。\n\n    然后在能力配置文件中为主窗口授予自启动插件的全部默认权限。"
EN_STEPS = "    Use your project's package manager to add the dependency:"


def _mdx(text: str, path: str = "page.md") -> bool:
    return is_mdx(SourceText.from_text(path, text))


def test_an_es_module_line_makes_a_md_page_mdx() -> None:
    assert _mdx(IMPORTS + "# Setup\n\nText.\n")
    assert _mdx("# Setup\n\nexport const year = 2024;\n\nText.\n")
    assert _mdx("# A\n", "page.mdx")


def test_imports_in_code_or_a_script_element_or_prose_leave_a_md_page_commonmark() -> None:
    assert not _mdx("# A\n\n```js\nimport Tabs from '@theme/Tabs';\n```\n")
    assert not _mdx("<script setup>\nimport { VPTeamMembers } from 'vitepress/theme'\n</script>\n\n# Team\n")
    assert not _mdx("# A\n\nimport 语句可以加载模块。\n")


def test_front_matter_format_decides_over_the_page() -> None:
    assert not _mdx("---\ntitle: A\nformat: md\n---\n" + IMPORTS + "# A\n")
    assert _mdx("---\nformat: mdx\n---\n\n# A\n")
    assert _mdx("---\nformat: detect\n---\n" + IMPORTS + "# A\n")


def _check(tmp_path: Path, zh: str, en: str) -> list[tuple[str, int]]:
    (tmp_path / "t.zh.md").write_text(zh, encoding="utf-8")
    (tmp_path / "t.en.md").write_text(en, encoding="utf-8")
    result = check_file(str(tmp_path / "t.zh.md"), str(tmp_path / "t.en.md"), Flags())
    return [(f.rule, f.location.line) for f in result.findings]


def test_a_step_indented_in_a_tab_of_an_mdx_md_page_is_prose(tmp_path: Path) -> None:
    zh = IMPORTS + TABS.format(heading="设置", label="自动", steps=ZH_STEPS)
    en = IMPORTS + TABS.format(heading="Setup", label="Automatic", steps=EN_STEPS)
    assert _check(tmp_path, zh, en) == [("untranslated", 11)]  # the second step has no English


def test_an_indented_block_of_a_commonmark_page_is_still_code(tmp_path: Path) -> None:
    zh = TABS.format(heading="设置", label="自动", steps=ZH_STEPS)
    en = TABS.format(heading="Setup", label="Automatic", steps=EN_STEPS)
    assert _check(tmp_path, zh, en) == []

"""A documentation page's reference list: `## References` of links in structured Markdown is a heading of the page
(`pairing._front_and_body` drops a reference-list heading only outside it), and the link titles kept in English under
it are the counterparts of the Chinese items (`unit_pairs._counterparts`, the section heading's `quoted` anchors)."""
from __future__ import annotations

from pathlib import Path

from zhen_qa.checks.run import Flags, check_file


def test_a_reference_list_of_links_under_references_and_its_chinese_are_not_reported(tmp_path: Path) -> None:
    zh = ("# 使用文档站\n\n文档站基于静态站点生成器构建，适合编写组件库的文档。\n\n## 参考\n\n"
          "- [文档站指南与插件](https://docs.example.org/)\n"
          "- [`workspace-dev-plugin`](https://www.npmjs.com/package/workspace-dev-plugin)\n")
    en = ("# Using the docs site\n\nThe docs site is built on a static site generator, suited to writing the docs of "
          "a component library.\n\n## References\n\n- [Docs site guide & plugins](https://docs.example.org/)\n"
          "- [`workspace-dev-plugin`](https://www.npmjs.com/package/workspace-dev-plugin)\n")
    (tmp_path / "p.zh.md").write_text(zh, encoding="utf-8")
    (tmp_path / "p.en.md").write_text(en, encoding="utf-8")
    result = check_file(str(tmp_path / "p.zh.md"), str(tmp_path / "p.en.md"), Flags())
    assert [(f.rule, f.location.line) for f in result.findings
            if f.rule in ("untranslated", "extra-target")] == []

"""Code blocks both pages have as anchors of the unit alignment (`aligner.code_anchors`, `unit_pairs.pair_units`)."""
from __future__ import annotations

from pathlib import Path

from zhen_qa.aligner.code_anchors import codes, places, shared
from zhen_qa.checks.run import Flags, check_file
from zhen_qa.manuscript.markdown import markdown_blocks
from zhen_qa.manuscript.source import SourceText

CODE = ("```js\n// postcss.config.js\nmodule.exports = {\n  plugins: {\n    'postcss-pxtorem': {\n"
        "      rootValue: 37.5,\n    },\n  },\n};\n```\n")


def _findings(tmp_path: Path, zh: str, en: str) -> list[tuple[str, str, int]]:
    (tmp_path / "p.zh.md").write_text(zh, encoding="utf-8")
    (tmp_path / "p.en.md").write_text(en, encoding="utf-8")
    result = check_file(str(tmp_path / "p.zh.md"), str(tmp_path / "p.en.md"), Flags())
    return [(f.rule, "zh" if f.location.path.endswith("zh.md") else "en", f.location.line) for f in result.findings]


def test_the_code_of_a_block_is_kept_without_comments_and_chinese_strings() -> None:
    blocks = markdown_blocks(SourceText.from_text("zh.md", (
        "# 标题\n\n下面是示例：\n\n```js\n// 1. 引入组件\nimport { Button } from 'vant'; // 按钮\n"
        "console.log('你好');\n\napp.use(Button);\n```\n\n注册后即可使用。\n")))
    code = "import { Button } from 'vant';\napp.use(Button);"
    assert codes([[b] for b in blocks]) == [("", ""), ("", code), (code, "")]
    assert places(codes([[b] for b in blocks])) == [(1.5, code)]


def test_shared_code_is_code_found_once_on_each_side() -> None:
    zh = places([("", "a"), ("a", "b"), ("", "b"), ("c", "")])
    en = places([("c", ""), ("", "a"), ("", ""), ("", "")])
    assert zh == [(0.5, "a"), (1.5, "b"), (2.5, "b"), (2.5, "c")]
    assert shared(zh, en) == [(0.5, 1.5), (2.5, -0.5)]


def test_an_english_lead_in_to_code_whose_chinese_was_deleted_is_reported(tmp_path: Path) -> None:
    """The Chinese paragraph before the code block is deleted; after the code the Chinese page has a tip the English
    page lacks. The English lead-in is before the code, the tip after it: they do not pair, and the lead-in is not
    named in the tip's finding either (a code block both pages have lies between them)."""
    zh = ("# 适配\n\n## 示例配置\n\n" + CODE + "\n> 提示：在配置插件时，同样应避免忽略 node_modules 目录，"
          "否则组件的样式将无法被正确编译。\n\n## 其他尺寸\n\n"
          "如果设计稿的尺寸不是 375，而是 750 或其他大小，可以调整 rootValue 配置。\n")
    en = ("# Adaptation\n\n## Config Example\n\nHere is a basic PostCSS config example that you can adapt to the needs "
          "of your project.\n\n" + CODE + "\n## Other Sizes\n\nIf the size of the design draft is 750 or other sizes, "
          "you can adjust the rootValue.\n")
    found = _findings(tmp_path, zh, en)
    assert ("extra-target", "en", 5) in found
    assert ("untranslated", "zh", 16) in found


"""A Chinese punctuation mark typed twice (，，, 。。, 、、) is reported by repeated-char at its place; the ellipsis
and the dash (……, ——), longer runs and marks inside code are not."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from tests.checks.typography_kit import EN, cols, found
from zhen_qa.checks.doubled_punctuation import punctuation_doubles
from zhen_qa.cli import main


def test_a_chinese_mark_typed_twice_is_a_doubling_at_its_place() -> None:
    for zh, doubled in (("我们已提供了优化的分布式实现，，并且支持多种插件。", "，，"),
                        ("结果如下。。然后继续。", "。。"), ("苹果、、香蕉和梨都可以。", "、、"),
                        ("参数如下：：名称和类型。", "：：")):
        fs = found([zh], [EN], "repeated-char")
        assert cols(fs, zh) == [doubled], zh
        assert fs[0].suggestion == doubled[0] and fs[0].message == f'"{doubled[0]}" is doubled: "{doubled}"'


def test_marks_written_doubled_and_longer_runs_are_no_doubling() -> None:
    """…… and —— are one mark each; 。。。 is an ellipsis written with the wrong mark (style, not a slip); ！！ is
    emphasis; a comma then a full stop is two different marks."""
    for zh in ("等等……然后——结束。", "真的吗。。。好吧、、、", "太好了！！真的吗？？", "分号；然后，。"):
        assert list(punctuation_doubles(zh)) == [], zh
        assert found([zh], [EN], "repeated-char") == [], zh


def test_a_doubled_mark_inside_code_is_not_prose(tmp_path: Path) -> None:
    """The same slip in running text is reported; inside an inline code span or a fenced block it is code's."""
    (tmp_path / "p.zh.md").write_text(
        "# 配置\n\n在配置中写入 `a，，b` 即可，，然后启动服务。\n\n```\nprint(\"，，\")\n```\n", encoding="utf-8")
    (tmp_path / "p.en.md").write_text(
        "# Configuration\n\nWrite `a，，b` in the configuration, then start the service.\n\n"
        "```\nprint(\"，，\")\n```\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(tmp_path / "p.zh.md"), "--en", str(tmp_path / "p.en.md"),
                                       "--select", "repeated-char", "--format", "json"], catch_exceptions=False)
    found_at = [(f["message"], f["line"], f["column"]) for f in json.loads(result.output)["findings"]]
    assert found_at == [('"，" is doubled: "，，"', 3, 17)]

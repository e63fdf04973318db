"""A Chinese item's number glued to its title (2.直接加减数字) joins the bead of the English list item of that number
(`aligner.item_titles`)."""
from __future__ import annotations

from pathlib import Path

from zhen_qa.checks.run import Flags, check_file

ZH = """# 参数

内置参数可以在任务中直接引用。它们在运行时被替换为实际的值。

- 也可以通过以下两种方式：

  1.使用 add_months() 函数，该函数用于加减月份，
  第一个入口参数为时间格式
  * 后 N 年：$[add_months(yyyyMMdd,12*N)]
  2.直接加减数字
  在自定义格式后直接“+/-”数字
  * 后 N 周：$[yyyyMMdd+7*N]
"""
EN = """# Parameters

Built-in parameters can be used in any task. They are replaced with their values at run time.

- Or define by the following two ways:

  1. Use add_months() function to add or minus number of months.
     The first parameter is the time format.
     - Next N years：`$[add_months(yyyyMMdd,12*N)]`
  2. Add or minus numbers directly after the time format.
     - Next N weeks：`$[yyyyMMdd+7*N]`
"""


def _beads(tmp_path: Path, zh: str, en: str) -> tuple[list[tuple[str, int]], list[tuple[list[str], list[str]]]]:
    (tmp_path / "p.zh.md").write_text(zh, encoding="utf-8")
    (tmp_path / "p.en.md").write_text(en, encoding="utf-8")
    result = check_file(str(tmp_path / "p.zh.md"), str(tmp_path / "p.en.md"), Flags())
    findings = [(f.rule, f.location.line) for f in result.findings if f.rule.startswith("untranslated")
                or f.rule == "extra-target"]
    beads = [([p.zh[i].text.text for i in b.zh], [p.en[j].text.text for j in b.en]) for p in result.pairs
             for b in p.beads]
    return findings, beads


def test_a_numbered_title_glued_to_its_number_joins_the_english_item_of_that_number(tmp_path: Path) -> None:
    findings, beads = _beads(tmp_path, ZH, EN)
    assert findings == []
    assert (["2.直接加减数字", "在自定义格式后直接“+/-”数字"],
            ["Add or minus numbers directly after the time format."]) in beads


def test_a_numbered_title_whose_english_item_has_another_number_stays_alone(tmp_path: Path) -> None:
    findings, _beads_ = _beads(tmp_path, ZH.replace("2.直接加减数字", "3.直接加减数字"), EN)
    assert ("untranslated", 10) in findings


R3_ZH = """# 开发

1.安装依赖之前，请确认已经安装了 Node.js 的长期支持版本，否则构建会失败并且不会给出任何提示。
运行 npm install 安装所有依赖。
2.配置代理
在 vite.config.ts 中设置 server.proxy 字段。
"""
R3_EN = """# Development

1. Run npm install to install all dependencies.
2. Set the server.proxy field in vite.config.ts.
"""


def test_a_numbered_sentence_with_a_stop_is_not_a_title_and_stays_alone(tmp_path: Path) -> None:
    """review51 R3: `1.安装依赖之前，请确认…。` is a full sentence (a comma, a stop, 40 Han characters) the English item
    dropped, not a title the item renders: it stays untranslated; the title 2.配置代理 still joins its item."""
    findings, beads = _beads(tmp_path, R3_ZH, R3_EN)
    assert ("untranslated", 3) in findings
    assert (["2.配置代理", "在 vite.config.ts 中设置 server.proxy 字段。"],
            ["Set the server.proxy field in vite.config.ts."]) in beads

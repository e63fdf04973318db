"""A list both pages hold with as many items pairs item by item."""
from __future__ import annotations

from pathlib import Path

from zhen_qa.aligner.item_lists import items_in_step
from zhen_qa.aligner.markdown_units import section_units
from zhen_qa.checks.run import Flags, check_file
from zhen_qa.manuscript.document import Bead, Block
from zhen_qa.manuscript.markdown import markdown_blocks
from zhen_qa.manuscript.source import SourceText

ZH_LIST = "# 清单\n\n构建前请检查：\n\n- 配置静态生成。\n- 将主机设置为本机。\n- 设置输出目录。\n- 使用命令编译。\n"
EN_LIST = ("# Checklist\n\nBefore you build, check:\n\n- Configure static generation.\n- Use the device host IP.\n"
           "- Set the output directory.\n- Compile with the command.\n")


def _units(text: str, path: str) -> list[list[Block]]:
    return section_units(markdown_blocks(SourceText.from_text(path, text))[1:])  # the title left out


def _pairs(beads: list[Bead]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(b.zh, b.en) for b in beads]


def test_a_lone_item_beside_a_lone_item_of_lists_of_one_length_pairs_in_order() -> None:
    zu, eu = _units(ZH_LIST, "a.zh.md"), _units(EN_LIST, "a.en.md")
    beads = [Bead((0,), (0,), 1.0), Bead((1,), (1,), 0.5), Bead((2,), (2,), 0.5), Bead((3,), (), 0.7),
             Bead((), (3,), 0.6), Bead((4,), (4,), 1.0)]  # item 3 alone on both sides (code spans only)
    out, made = items_in_step(beads, zu, eu)
    assert _pairs(out) == [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3,), (3,)), ((4,), (4,))]
    assert ((3,), (3,)) in made


def test_a_lead_in_joined_to_the_first_item_keeps_its_partner_and_the_items_pair() -> None:
    zu, eu = _units(ZH_LIST, "a.zh.md"), _units(EN_LIST, "a.en.md")
    beads = [Bead((0,), (0, 1), 0.3), Bead((1,), (2,), 0.1), Bead((2,), (3,), 0.2), Bead((3, 4), (4,), 0.2)]
    out, _made = items_in_step(beads, zu, eu)
    assert _pairs(out) == [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3,), (3,)), ((4,), (4,))]


def test_lists_of_different_lengths_keep_their_beads() -> None:
    zu = _units(ZH_LIST, "a.zh.md")
    eu = _units(EN_LIST.replace("- Set the output directory.\n", ""), "a.en.md")
    beads = [Bead((0,), (0,), 1.0), Bead((1,), (1,), 0.5), Bead((2,), (2,), 0.5), Bead((3,), (), 0.7),
             Bead((4,), (3,), 1.0)]
    assert items_in_step(beads, zu, eu) == (beads, set())


DIALOG_ZH = """# 对话框

## 用法

对话框插件可以在 JavaScript 和 Rust 中使用。

在 Rust：

- [建立一个询问对话框](#建立一个询问对话框)
- [建立消息对话框](#建立消息对话框)
- [建立一个文件选择器对话框](#建立一个文件选择器对话框)

### JavaScript

可以在 JavaScript API 参考中查看所有选项。
"""
DIALOG_EN = """# Dialog

## Usage

The dialog plugin is available in both JavaScript and Rust.

in Rust:

- [Build an Ask Dialog](#build-an-ask-dialog)
- [Build a Message Dialog](#build-a-message-dialog)
- [Build a File Selector Dialog](#build-a-file-selector-dialog)

{note}
### JavaScript

See all the options in the JavaScript API reference.
"""
NOTE = """:::note
The file dialog APIs returns file system paths on Linux, Windows and macOS.

On iOS, a `file://<path>` URIs are returned.

On Android, content URIs are returned.

The filesystem plugin works with any path format out of the box.
:::
"""


def _check(tmp_path: Path, zh: str, en: str) -> list[tuple[str, int, str]]:
    (tmp_path / "d.zh.md").write_text(zh, encoding="utf-8")
    (tmp_path / "d.en.md").write_text(en, encoding="utf-8")
    result = check_file(str(tmp_path / "d.zh.md"), str(tmp_path / "d.en.md"), Flags())
    return [(f.rule, f.location.line, f.message) for f in result.findings]


def test_a_note_missing_after_a_list_of_links_is_one_passage(tmp_path: Path) -> None:
    found = _check(tmp_path, DIALOG_ZH, DIALOG_EN.format(note=NOTE + "\n"))
    assert [(rule, line) for rule, line, _message in found] == [("extra-target", 14)]
    assert found[0][2].startswith("4 sentences in a row (lines 14-20) have no Chinese")


def test_an_item_left_out_of_the_english_list_is_still_reported(tmp_path: Path) -> None:
    en = DIALOG_EN.format(note="").replace("- [Build a Message Dialog](#build-a-message-dialog)\n", "")
    found = _check(tmp_path, DIALOG_ZH, en)  # counts differ: left as the unit aligner paired it (which of the
    assert [rule for rule, _line, _message in found] == ["untranslated"]  # weakly tied link titles it reports varies)


def test_a_list_is_items_opening_their_lines_at_one_indentation() -> None:
    from zhen_qa.aligner.item_lists import _lists

    text = ("# 清单\n\n- 第一项。\n- 第二项。\n\n  第二项的第二段。\n- 第三项。\n  - 嵌套的一项。\n  - 嵌套的另一项。\n"
            "- 第四项。\n- 第五项。\n")
    units = _units(text, "n.zh.md")
    assert [[units[i][0].text.text for i in r] for r in _lists(units, "zh")] == [
        ["第一项。", "第二项。"], ["嵌套的一项。", "嵌套的另一项。"], ["第四项。", "第五项。"]]


def test_an_empty_unit_is_no_item() -> None:
    from zhen_qa.aligner.item_lists import _lists

    units = _units(ZH_LIST, "a.zh.md")
    assert _lists([*units[:2], [], *units[2:]], "zh") == [range(3, 6)]  # item 1 alone before the empty unit

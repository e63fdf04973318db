"""A sentence bead across a heading on each side is cut at the headings (`aligner.heading_splits`)."""
from __future__ import annotations

from pathlib import Path

from zhen_qa.aligner.heading_splits import split_at_headings
from zhen_qa.checks.run import Flags, check_file
from zhen_qa.manuscript.document import Bead, Role, Sentence
from zhen_qa.manuscript.source import MappedText, SourceText


def _sentences(lines: list[str], lang: str) -> list[Sentence]:
    """One sentence a line, each its own paragraph (a blank line between)."""
    source = SourceText.from_text(f"p.{lang}.md", "\n\n".join(lines) + "\n")
    out, start = [], 0
    for line in lines:
        out.append(Sentence(MappedText(line, list(range(start, start + len(line))), source), lang, Role.PARAGRAPH))
        start += len(line) + 2
    return out

ZH = """# 项目管理

## 创建项目

点击“项目管理”进入项目管理页面，点击“创建项目”按钮，输入项目名称和项目描述，点击“提交”，创建新的项目。

![project](img/project-create.png)

## 项目工作组授权

## 项目首页

在项目管理页面点击项目名称链接，进入项目首页，项目首页包含该项目的任务实例状态统计和工作流实例状态统计。
"""
EN = """# Project

This page describes the Project screen. The following table explains the terms it uses:

| Term | Description |
|---|---|
| DAG | Tasks in a workflow are assembled as a directed acyclic graph. |
| Task | A task is a discrete action in a workflow. |

## Project List

On the project screen, the list shows every existing project with its name, owner and update time.

## Create Project

- Click `Project Management` to enter the project management page, click `Create Project`, enter the
  project name and description, and click `Submit` to create a new project.

![project-list](img/project-create.png)

## Project Worker Group Authorization

- On the project management page, click the `Worker Group Authorization` button to enter the worker group
  authorization page, select the worker group, and click `Submit`: the project can then use the worker group.

## Project Overview

- Click the project name link on the project management page to enter the project home page, which contains
  the task status statistics and the workflow status statistics of the project.
"""


def test_an_english_item_whose_chinese_was_deleted_before_a_heading_is_reported(tmp_path: Path) -> None:
    """The Chinese paragraph under 项目工作组授权 is deleted (and the Chinese page lacks the English intro and its
    Project List section): the orphaned English item is not taken into the bead of the next two headings."""
    (tmp_path / "p.zh.md").write_text(ZH, encoding="utf-8")
    (tmp_path / "p.en.md").write_text(EN, encoding="utf-8")
    result = check_file(str(tmp_path / "p.zh.md"), str(tmp_path / "p.en.md"), Flags())
    beads = [([p.zh[i].text.text for i in b.zh], [p.en[j].text.text[:30] for j in b.en]) for p in result.pairs
             for b in p.beads]
    assert (["项目首页"], ["Project Overview"]) in beads
    assert ([], ["On the project management page"]) in beads
    listed = [s["line"] for f in result.findings if f.rule == "extra-target"
              for s in dict(f.data).get("sentences", [])] + [f.location.line for f in result.findings
                                                             if f.rule == "extra-target"]
    assert 23 in listed


def test_a_bead_is_cut_at_its_two_headings_and_alt_text_stays_with_them() -> None:
    heading = ([False, True, False, False], [False, True, False])
    units = ([0, 1, 2, 3], [4, 5, 6])  # each sentence its own block
    sentences = (_sentences(["甲。", "标题", "project", "乙。"], "zh"), _sentences(["A.", "Title", "B."], "en"))
    assert split_at_headings([Bead((0, 1, 2, 3), (0, 1, 2), 0.3)], heading, units, sentences) == [
        Bead((0,), (0,), 0.3), Bead((1,), (1,), 0.3), Bead((2, 3), (2,), 0.3)]
    assert split_at_headings([Bead((1, 2), (0, 1), 0.3)], heading, units, sentences) == [
        Bead((), (0,), 0.3), Bead((1, 2), (1,), 0.3)]
    one = [Bead((0, 1), (2,), 0.3)]  # no heading on the English side: kept
    assert split_at_headings(one, heading, units, sentences) == one


def test_sentences_cut_off_a_heading_join_the_bead_holding_the_rest_of_their_paragraph() -> None:
    """The English question's first two sentences went with the headings; its last pairs with the Chinese answer."""
    heading = ([True, False], [True, False, False, False])
    units = ([0, 1], [2, 3, 3, 3])
    beads = [Bead((0,), (0, 1, 2), 0.2), Bead((1,), (3,), 0.4)]
    sentences = (_sentences(["标题", "回答。"], "zh"), _sentences(["Title", "A.", "B.", "C."], "en"))
    assert split_at_headings(beads, heading, units, sentences) == [Bead((0,), (0,), 0.2), Bead((1,), (1, 2, 3), 0.4)]
    apart = ([True, False], [True, False, False, False]), ([0, 1], [2, 3, 4, 5])  # the three are blocks of their own
    assert split_at_headings(beads, *apart, sentences) == [
        Bead((0,), (0,), 0.2), Bead((), (1,), 0.2), Bead((), (2,), 0.2), Bead((1,), (3,), 0.4)]


def test_a_line_the_next_lines_of_its_paragraph_continue_joins_their_bead() -> None:
    """通过插件 / a link line / 实现组件自动按需导入…: one Markdown paragraph, several blocks of the reader (varlet)."""
    source = SourceText.from_text("p.zh.md", "## 自动引入\n\n通过插件\n实现组件自动按需导入。\n")
    zh = [Sentence(MappedText(t, list(range(a, a + len(t))), source), "zh", Role.PARAGRAPH)
          for t, a in (("自动引入", 3), ("通过插件", 9), ("实现组件自动按需导入。", 14))]
    en = _sentences(["Automatic Import", "Via plugins, import components on demand."], "en")
    beads = [Bead((0, 1), (0,), 0.6), Bead((2,), (1,), 0.5)]
    assert split_at_headings(beads, ([True, False, False], [True, False]), ([0, 1, 2], [3, 4]), (zh, en)) == [
        Bead((0,), (0,), 0.6), Bead((1, 2), (1,), 0.5)]

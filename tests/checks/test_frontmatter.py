"""Front-matter findings of a thesis: a Chinese field written in English is one `wrong-language` finding."""
from __future__ import annotations

from pathlib import Path

from zhen_qa.aligner.build import load_manuscript
from zhen_qa.checks.engine import check_manuscript
from zhen_qa.report.findings import Finding

THESIS = r"""\documentclass{thuthesis}
\thusetup{
  title = {移动操作机器人的系统设计},
  title* = {System Design of a Mobile Manipulation Robot},
}
\begin{document}
\begin{abstract}
  本文提出了一种新的移动操作机器人，并在实际系统中验证了方法的有效性。
  \thusetup{
    keywords = {移动操作机器人, 路径规划, 手眼标定},
  }
\end{abstract}
\begin{abstract*}
  This paper proposes a new mobile manipulation robot and verifies the method on a real system.
  \thusetup{
    keywords* = {Mobile Manipulation Robot, Path Planning, Hand-eye Calibration},
  }
\end{abstract*}
\mainmatter
\chapter{引言}
机器人技术发展迅速。
\end{document}
"""


def _findings(tmp_path: Path, text: str) -> list[Finding]:
    path = tmp_path / "main.tex"
    path.write_text(text, encoding="utf-8")
    return [f for f in check_manuscript(load_manuscript(str(path)), None) if f.rule != "monolingual-section"]


def test_a_translated_front_matter_gives_nothing(tmp_path: Path) -> None:
    assert [(f.rule, f.location.line) for f in _findings(tmp_path, THESIS)] == []


def test_english_keywords_given_as_the_chinese_are_one_finding(tmp_path: Path) -> None:
    # the Chinese keywords copied from the English: one wrong-language finding, not also "the English is identical
    # to the Chinese" on each keyword line
    english = "Mobile Manipulation Robot, Path Planning, Hand-eye Calibration"
    text = THESIS.replace("移动操作机器人, 路径规划, 手眼标定", english)
    found = _findings(tmp_path, text)
    assert [(f.rule, f.location.line, f.lang) for f in found] == [("wrong-language", 10, "zh")]
    assert found[0].message == "the Chinese keywords have no Chinese: they are written in English"


def test_an_english_title_given_as_the_chinese_is_one_finding(tmp_path: Path) -> None:
    text = THESIS.replace("{移动操作机器人的系统设计}", "{System Design of a Mobile Manipulation Robot}")
    found = _findings(tmp_path, text)
    assert [(f.rule, f.location.line, f.lang) for f in found] == [("wrong-language", 3, "zh")]
    assert found[0].message == "the Chinese title has no Chinese: it is written in English"


def test_a_chinese_title_given_as_the_english_is_one_finding(tmp_path: Path) -> None:
    # the mirror: the English title slot holds the Chinese title (whu-thesis `title* = {…}` copied from `title`); one
    # wrong-language finding, not also untranslated-span "left in Chinese: the English repeats the Chinese text"
    text = THESIS.replace("{System Design of a Mobile Manipulation Robot}", "{移动操作机器人的系统设计}")
    found = _findings(tmp_path, text)
    assert [(f.rule, f.location.line, f.lang) for f in found] == [("wrong-language", 4, "en")]
    assert found[0].message == "the English title is written in Chinese"


def test_an_english_title_left_partly_in_chinese_is_still_reported(tmp_path: Path) -> None:
    # a real defect of the same neighbourhood: Chinese words left inside an English title are still a span finding
    text = THESIS.replace("{System Design of a Mobile Manipulation Robot}", "{System Design of a 移动操作 Robot}")
    assert [(f.rule, f.lang) for f in _findings(tmp_path, text)] == [("untranslated-span", "en")]



def test_the_excerpt_of_a_keyword_list_is_the_files_text(tmp_path: Path) -> None:
    # the excerpt joined the keywords by spaces ("Mobile Manipulation Robot Path Planning ..."), and the reader reads
    # the list's commas as full-width ones: the user wrote "a, b"
    english = "Mobile Manipulation Robot, Path Planning,\n                Hand-eye Calibration"
    found = _findings(tmp_path, THESIS.replace("移动操作机器人, 路径规划, 手眼标定", english))
    assert [f.excerpt for f in found] == ["Mobile Manipulation Robot, Path Planning, Hand-eye Calibration"]

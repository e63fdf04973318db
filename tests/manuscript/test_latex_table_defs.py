"""A class's own table and figure commands: their arguments are the float's label, spec and cells, not prose; the
argument typeset as the caption is the caption (`latex_table_defs`)."""
from __future__ import annotations

import os
from pathlib import Path

from zhen_qa.checks.run import Flags, check_file
from zhen_qa.manuscript.document import Role
from zhen_qa.manuscript.latex import read_latex
from zhen_qa.manuscript.latex_table_defs import TableDef, table_commands

FLOAT_CLS = r"""\NeedsTeXFormat{LaTeX2e}
\ProvidesClass{floatthesis}
\LoadClass{ctexbook}
\newcommand{\newcmds@floatthesis}{
\newcommand{\casetable}[5]{
{\centering
\begin{longtable}{##3}
\caption{##2}\label{##1}\\
##4\\ ##5
\end{longtable}}}
\newcommand{\fig}[4][htbp]{
\begin{figure}[##1]\centering\includegraphics[##3]{##4}\caption{##2}\label{##4}\end{figure}}
\newcommand{\subfig}[3]{\subfigure[##1]{\label{##3}\includegraphics[##2]{##3}}}
\newcommand{\note}[1]{\textbf{注：}##1}
}
\AtBeginDocument{\newcmds@floatthesis}
"""
FLOAT_MAIN = r"""\documentclass{floatthesis}
\begin{document}
\chapter{测试}
本章给出测试用例,见表。
\casetable{cases}{条件模块测试用例表}{ll}{输入 & 输出}{where (id>='1') & order by id asc}
\fig[htbp]{测试目录结构}{width=0.5\textwidth}{TestDir}
\subfig{一次失败的验证}{width=0.48\textwidth}{Fail}
结果表明系统工作正常。
\end{document}
"""


def _main(tmp_path: Path, main: str = FLOAT_MAIN) -> Path:
    (tmp_path / "floatthesis.cls").write_text(FLOAT_CLS, encoding="utf-8")
    path = tmp_path / "main.tex"
    path.write_text(main, encoding="utf-8")
    return path


def test_table_and_figure_commands_are_read_from_nested_definitions() -> None:
    assert table_commands([FLOAT_CLS]) == {"casetable": TableDef(5, False, (2,)), "fig": TableDef(4, True, (2,)),
                                          "subfig": TableDef(3, False, (1,))}  # \note typesets no float


def test_a_class_table_s_cells_are_no_prose_and_its_caption_is_a_caption(tmp_path: Path) -> None:
    blocks = [(b.role, b.text.text) for b in read_latex(str(_main(tmp_path))).blocks
              if b.role in (Role.PARAGRAPH, Role.CAPTION)]
    assert blocks == [(Role.PARAGRAPH, "本章给出测试用例,见表。"), (Role.CAPTION, "条件模块测试用例表"),
                      (Role.CAPTION, "测试目录结构"), (Role.CAPTION, "一次失败的验证"),
                      (Role.PARAGRAPH, "结果表明系统工作正常。")]


def _findings(path: Path) -> list[tuple[str, int]]:
    cwd = os.getcwd()
    os.chdir(path.parent)
    try:
        return [(f.rule, f.location.line) for f in check_file(path.name, None, Flags()).findings
                if f.rule != "monolingual-section"]
    finally:
        os.chdir(cwd)


def test_the_cells_give_no_finding_but_the_prose_and_caption_still_do(tmp_path: Path) -> None:
    """The SQL in the cells was reported as half-width punctuation and English left in Chinese; the half-width comma
    of the prose (line 4) and a doubled word in the caption are still reported."""
    main = FLOAT_MAIN.replace("条件模块测试用例表", "条件模块模块测试用例表")
    findings = _findings(_main(tmp_path, main))
    assert ("punctuation-width", 4) in findings
    assert any(rule.startswith("repeated") and line == 5 for rule, line in findings), findings
    assert not any(line == 5 and rule in ("punctuation-width", "untranslated-span") for rule, line in findings)

"""A thesis whose pages are input through its template's own commands (zjuthesis: \\inputbody under \\ifthenelse)."""
from __future__ import annotations

from pathlib import Path

import pytest

from zhen_qa.manuscript.document import Role
from zhen_qa.manuscript.latex import read_latex

CLS = r"""\NeedsTeXFormat{LaTeX2e}
\ProvidesClass{mythesis}
\DeclareStringOption[doctor]{GradLevel}
\DeclareStringOption[undergraduate]{Degree}
\ProcessKeyvalOptions*
\input{config/commands}
"""
COMMANDS = r"""% page-input commands, chosen by the degree
\ifthenelse{\equal{\Degree}{undergraduate}}
{
    \newcommand{\inputbody}[1]{\input{./body/undergraduate/#1}}
}
{
    \newcommand{\checkandinput}[2]
    {
        \IfFileExists{./#1/graduate/\GradLevel/#2}
        {\input{./#1/graduate/\GradLevel/#2}}
        {\input{./#1/graduate/#2}}
    }
    \newcommand{\inputbody}[1]{\checkandinput{body}{#1}}
    \newcommand{\chapternonum}[1]{\phantomsection\chapter*{#1}}
}
"""
MAIN = r"""\documentclass[
    Degree = graduate,   % 'undergraduate' or 'graduate'
    Title = {{面向测试的论文}},
]{mythesis}
\newcommand{\inputgraduate}
{
    \inputbody{abstract}
    \inputbody{content}
}
\begin{document}
\ifthenelse{\equal{\Degree}{undergraduate}}
{
    \inputbody{content}
}
{
    \inputgraduate{}
}
\end{document}
"""
ABSTRACT = r"""\chapternonum{摘要}

本文研究极大二分团枚举方法。

\noindent 关键词：二分图，枚举

\cleardoublepage
\chapternonum{Abstract}

This thesis studies maximal biclique enumeration.

\noindent Keywords: bipartite graph, enumeration
"""


def _tree(tmp_path: Path, main: str = MAIN) -> Path:
    (tmp_path / "config").mkdir()
    (tmp_path / "body" / "graduate" / "doctor").mkdir(parents=True)
    (tmp_path / "body" / "undergraduate").mkdir(parents=True)
    (tmp_path / "mythesis.cls").write_text(CLS, encoding="utf-8")
    (tmp_path / "config" / "commands.tex").write_text(COMMANDS, encoding="utf-8")
    (tmp_path / "body" / "graduate" / "abstract.tex").write_text(ABSTRACT, encoding="utf-8")
    (tmp_path / "body" / "graduate" / "doctor" / "content.tex").write_text(
        "\\chapter{绪论}\n\n本章介绍研究背景。\n", encoding="utf-8")
    (tmp_path / "body" / "undergraduate" / "content.tex").write_text(
        "\\chapter{模板示例}\n\n这是模板自带的示例正文。\n", encoding="utf-8")
    path = tmp_path / "thesis.tex"
    path.write_text(main, encoding="utf-8")
    return path


def test_template_page_input_commands_are_followed_in_the_branch_the_settings_select(tmp_path: Path) -> None:
    doc = read_latex(str(_tree(tmp_path)))
    read = {Path(s.path).relative_to(tmp_path).as_posix() for s in doc.sources}
    assert "body/graduate/abstract.tex" in read
    assert "body/graduate/doctor/content.tex" in read  # \IfFileExists: the GradLevel folder has it
    assert "body/undergraduate/content.tex" not in read  # Degree = graduate: the other branch is not read
    roles = {(b.role, b.lang) for b in doc.blocks}
    assert (Role.ABSTRACT, "zh") in roles and (Role.ABSTRACT, "en") in roles  # \chapternonum{摘要} -> \chapter*
    assert (Role.KEYWORDS, "zh") in roles and (Role.KEYWORDS, "en") in roles
    texts = " ".join(b.text.text for b in doc.blocks)
    assert "本章介绍研究背景" in texts and "模板自带" not in texts


def test_unreadable_setting_reads_both_branches(tmp_path: Path) -> None:
    main = MAIN.replace("Degree = graduate,", "").replace(r"\equal{\Degree}{undergraduate}", r"\boolean{ugrad}")
    path = _tree(tmp_path, main)
    (tmp_path / "mythesis.cls").write_text(CLS.replace("[undergraduate]{Degree}", "{Degree}"), encoding="utf-8")
    read = {Path(s.path).relative_to(tmp_path).as_posix() for s in read_latex(str(path)).sources}
    assert {"body/undergraduate/content.tex", "body/graduate/doctor/content.tex"} <= read


def test_a_command_that_inputs_itself_or_a_missing_page_is_one_note(tmp_path: Path) -> None:
    main = MAIN.replace(r"\inputbody{content}" + "\n}", r"\inputbody{content}" + "\n    \\inputbody{nothere}\n"
                        "    \\again{x}\n}").replace(
        r"\begin{document}", "\\newcommand{\\again}[1]{\\again{#1}\\input{#1}}\n\\begin{document}")
    doc = read_latex(str(_tree(tmp_path, main)))
    assert sum("nothere" in n and "not found" in n for n in doc.notes) == 1
    assert sum("again" in n and "deeper" in n for n in doc.notes) == 1
    assert sum("{x}" in n for n in doc.notes) == 1


def test_a_publication_list_chapter_and_its_sections_are_back_matter(tmp_path: Path) -> None:
    path = tmp_path / "main.tex"
    path.write_text("\\documentclass{ctexbook}\n\\begin{document}\n\\chapter{绪论}\n\n本章介绍研究背景。\n\n"
                    "\\chapter*{攻读博士学位期间取得的科研成果}\n\\section*{已发表的学术论文}\n\n"
                    "[1] 张三, 李四. 一种方法. 中国发明专利.\n\\end{document}\n", encoding="utf-8")
    texts = " ".join(b.text.text for b in read_latex(str(path)).blocks)
    assert "本章介绍研究背景" in texts and "李四" not in texts


def test_files_read_knows_the_pages_a_template_command_reads(tmp_path: Path) -> None:
    from zhen_qa.manuscript.latex_includes import files_read, read_by_mains

    main = _tree(tmp_path)
    read = {Path(p).relative_to(tmp_path.resolve()).as_posix() for p in files_read(str(main), taken_only=True)}
    assert {"body/graduate/abstract.tex", "body/graduate/doctor/content.tex"} <= read
    assert "body/undergraduate/content.tex" not in read
    chapters = [str(p) for p in tmp_path.rglob("*.tex")]
    left_out = {Path(p).relative_to(tmp_path).as_posix() for p in read_by_mains(chapters)}
    assert "body/graduate/doctor/content.tex" in left_out  # checked through the main file, not alone as well
    assert "body/undergraduate/content.tex" not in left_out


def test_a_command_that_calls_itself_several_times_ends_quickly_with_notes(tmp_path: Path) -> None:
    """review48b Z1: the depth bound alone let `\\pg{#1}\\pg{#1}\\pg{#1}\\pg{#1}` make 4^12 calls (a hang)."""
    import time

    from zhen_qa.manuscript.latex_includes import files_read

    (tmp_path / "intro.tex").write_text("\\chapter{绪论}\n\n本章介绍研究背景。\n", encoding="utf-8")
    main = tmp_path / "main.tex"
    main.write_text("\\documentclass{ctexbook}\n\\newcommand{\\pg}[1]{\\input{#1}\\pg{#1}\\pg{#1}\\pg{#1}\\pg{#1}}\n"
                    "\\begin{document}\n\\pg{intro}\n\\end{document}\n", encoding="utf-8")
    start = time.monotonic()
    doc = read_latex(str(main))
    assert str((tmp_path / "intro.tex").resolve()) in files_read(str(main), taken_only=True)
    assert time.monotonic() - start < 10
    assert "本章介绍研究背景" in " ".join(b.text.text for b in doc.blocks)
    assert len(doc.notes) <= 3 and any("pg" in n for n in doc.notes)


def test_a_page_command_that_also_typesets_the_chapter_heading_keeps_it(tmp_path: Path) -> None:
    """review48b Z3: `\\chapfile{相关工作}{rel}` = `\\chapter{#1}\\input{chapters/#2}` read only the file, so the
    heading was lost and the page's prose (never "in the body") dropped, while read_by_mains kept it from being
    checked alone."""
    (tmp_path / "chapters").mkdir()
    (tmp_path / "chapters" / "rel.tex").write_text("本章回顾相关工作。\n", encoding="utf-8")
    main = tmp_path / "main.tex"
    main.write_text("\\documentclass{ctexbook}\n\\newcommand{\\chapfile}[2]{\\chapter{#1}\\input{chapters/#2}}\n"
                    "\\begin{document}\n\\chapfile{相关工作}{rel}\n\\end{document}\n", encoding="utf-8")
    blocks = [(b.role, b.text.text) for b in read_latex(str(main)).blocks]
    assert (Role.HEADING, "相关工作") in blocks
    assert (Role.PARAGRAPH, "本章回顾相关工作。") in blocks


def test_a_setting_the_class_or_thesis_sets_otherwise_is_not_its_default(tmp_path: Path) -> None:
    """review48b Z4: the default `[undergraduate]` decided the branch although a void option (`\\setkeys`) or the
    thesis (`\\renewcommand{\\Degree}`) sets the value: the thesis's chapter was dropped and the template's sample
    read. Unknown now: both branches are read."""
    cls = ("\\DeclareStringOption[undergraduate]{Degree}\n\\ProcessKeyvalOptions*\n"
           "\\newcommand{\\inputbody}[1]{\\input{body/#1}}\n")
    body = ("\\begin{document}\n\\ifthenelse{\\equal{\\Degree}{graduate}}{\\inputbody{intro}}{\\inputbody{ug}}\n"
            "\\end{document}\n")
    (tmp_path / "body").mkdir()
    (tmp_path / "body" / "intro.tex").write_text("\\chapter{绪论}\n\n本章介绍研究背景。\n", encoding="utf-8")
    (tmp_path / "body" / "ug.tex").write_text("\\chapter{示例}\n\n模板示例。\n", encoding="utf-8")
    main = tmp_path / "main.tex"
    void = "\\DeclareVoidOption{graduate}{\\setkeys{mycls}{Degree=graduate}}\n"
    for cls_extra, preamble in ((void, "[graduate]{mycls}\n"),
                                ("", "{mycls}\n\\renewcommand{\\Degree}{graduate}\n")):
        (tmp_path / "mycls.cls").write_text(cls + cls_extra, encoding="utf-8")
        main.write_text("\\documentclass" + preamble + body, encoding="utf-8")
        texts = " ".join(b.text.text for b in read_latex(str(main)).blocks)
        assert "本章介绍研究背景" in texts
    # the option given and not set otherwise still decides
    (tmp_path / "mycls.cls").write_text(cls, encoding="utf-8")
    main.write_text("\\documentclass[Degree=graduate]{mycls}\n" + body, encoding="utf-8")
    texts = " ".join(b.text.text for b in read_latex(str(main)).blocks)
    assert "本章介绍研究背景" in texts and "模板示例" not in texts


def test_a_page_both_branches_of_an_unreadable_condition_input_is_read_once(tmp_path: Path) -> None:
    """review48b Z6: `\\ifthenelse{\\boolean{print}}{\\inputbody{cover}\\inputbody{intro}}{\\inputbody{intro}}` read
    body/intro.tex twice (both branches are read when the test cannot be decided): every finding came twice."""
    (tmp_path / "body").mkdir()
    (tmp_path / "body" / "intro.tex").write_text("\\chapter{绪论}\n\n本章介绍研究背景。\n", encoding="utf-8")
    (tmp_path / "body" / "cover.tex").write_text("封面\n", encoding="utf-8")
    (tmp_path / "mycls.cls").write_text("\\newcommand{\\inputbody}[1]{\\input{body/#1}}\n", encoding="utf-8")
    main = tmp_path / "main.tex"
    main.write_text("\\documentclass{mycls}\n\\begin{document}\n\\ifthenelse{\\boolean{print}}"
                    "{\\inputbody{cover}\\inputbody{intro}}{\\inputbody{intro}}\n\\end{document}\n", encoding="utf-8")
    doc = read_latex(str(main))
    assert [b.text.text for b in doc.blocks].count("本章介绍研究背景。") == 1
    assert sum("read already" in n for n in doc.notes) == 1


def test_and_binds_tighter_than_or_as_ifthen_evaluates() -> None:
    """review48b Z7: `a \\OR b \\AND c` was read left to right, (a or b) and c: with a true, ifthen's answer is true."""
    from zhen_qa.manuscript.latex_template import Template

    t = Template("/", settings={"Degree": "master"})
    assert t.condition(r"\equal{\Degree}{master} \OR \equal{\Degree}{doctor} \AND \equal{\Degree}{x}") is True
    assert t.condition(r"\equal{\Degree}{doctor} \AND \equal{a}{a} \OR \equal{b}{c}") is False
    assert t.condition(r"\NOT \equal{\Degree}{master} \OR \equal{a}{a}") is True
    assert t.condition(r"\boolean{x} \OR \equal{a}{a}") is None


def test_an_optional_first_argument_takes_its_default_or_the_value_given(tmp_path: Path) -> None:
    """review48b Z2: `\\newcommand{\\pg}[2][chapters]{\\input{#1/#2}}` was expanded with `#1` the first brace group
    (`\\pg{intro}` read `intro/`), its default ignored and `\\pg[appendix]{extra}` read wrongly."""
    from zhen_qa.manuscript.latex_includes import files_read

    pages = (("chapters", "intro", "本章介绍研究背景。"), ("appendix", "extra", "附录给出补充实验。"))
    for folder, name, text in pages:
        (tmp_path / folder).mkdir()
        (tmp_path / folder / f"{name}.tex").write_text(f"\\chapter{{{name}}}\n\n{text}\n", encoding="utf-8")
    main = tmp_path / "main.tex"
    main.write_text("\\documentclass{ctexbook}\n\\newcommand{\\pg}[2][chapters]{\\input{#1/#2}}\n"
                    "\\begin{document}\n\\pg{intro}\n\\pg[appendix]{extra}\n\\end{document}\n", encoding="utf-8")
    prose = " ".join(b.text.text for b in read_latex(str(main)).blocks)
    assert "本章介绍研究背景" in prose and "附录给出补充实验" in prose
    read = {Path(p).relative_to(tmp_path.resolve()).as_posix() for p in files_read(str(main), taken_only=True)}
    assert {"chapters/intro.tex", "appendix/extra.tex"} <= read


def test_a_page_command_whose_class_file_is_absent_is_a_note(tmp_path: Path) -> None:
    """review48b Z5: `\\inputpage{intro}` with the class that defines it (mythesis.cls) not in the thesis folder read
    nothing and said nothing: the page went unchecked silently."""
    (tmp_path / "intro.tex").write_text("\\chapter{绪论}\n\n本章介绍研究背景。\n", encoding="utf-8")
    main = tmp_path / "main.tex"
    main.write_text("\\documentclass{mythesis}\n\\newcommand{\\code}[1]{\\texttt{#1}}\n\\begin{document}\n"
                    "\\inputpage{intro}\n\\code{intro}\n\\end{document}\n", encoding="utf-8")
    notes = read_latex(str(main)).notes
    assert len(notes) == 1 and "\\inputpage{intro}" in notes[0] and "mythesis.cls" in notes[0]


@pytest.mark.parametrize("cls, command", [("ctexbook", "\\includestandalone"), ("ctexart", "\\verbatiminput"),
                                          ("ourthesis", "\\includestandalone")])
def test_no_note_for_a_standard_class_or_a_known_package_command(tmp_path: Path, cls: str, command: str) -> None:
    """review49b Q8: every class whose file is not in the folder (ctexbook, installed with LaTeX) counted as absent,
    and a package command naming a .tex file (a standalone TikZ figure, a listing) got the "page is not read" note."""
    (tmp_path / "arch.tex").write_text("\\begin{tikzpicture}\\end{tikzpicture}\n", encoding="utf-8")
    main = tmp_path / "main.tex"
    main.write_text(f"\\documentclass{{{cls}}}\n\\begin{{document}}\n\\chapter{{引言}}\n系统结构如图所示。\n"
                    f"{command}{{arch}}\n\\end{{document}}\n", encoding="utf-8")
    # (a thesis class of chapters only also gets the note that no English front matter was found: not this one's)
    assert [n for n in read_latex(str(main)).notes if not n.startswith("no English abstract")] == []


BILINGUAL_CLS = r"""\NeedsTeXFormat{LaTeX2e}
\ProvidesClass{bithesis}
\LoadClass{ctexbook}
\newif\ifthesis@english
\newcommand{\itemi}{}
\newcommand{\xchapter}[2]{
  \renewcommand{\itemi}{#1}
  \ifthesis@english
    \renewcommand{\itemi}{#2}
  \fi
  \chapter{\itemi}
  \addengcontents{chapter}{#2}
}
\newcommand{\xsection}[2]{
  \renewcommand{\itemi}{#1}
  \ifthesis@english
    \renewcommand{\itemi}{#2}
  \fi
  \section{\itemi}
}
"""


def test_a_heading_command_with_a_chinese_and_an_english_title_is_a_heading(tmp_path: Path) -> None:
    """XJTUThesis's `\\xchapter{中文}{English}` typesets its first argument through `\\chapter{\\itemi}` (the second in
    an English thesis, and in the English table of contents): a chapter heading, not two groups of prose, and its
    English title is no English left in the Chinese body."""
    (tmp_path / "bithesis.cls").write_text(BILINGUAL_CLS, encoding="utf-8")

    def read(chapter: str, section: str) -> list[tuple[Role, str]]:
        path = tmp_path / "thesis.tex"
        path.write_text(f"\\documentclass{{bithesis}}\n\\begin{{document}}\n{chapter}\n\n本章介绍一种推理框架。\n\n"
                        f"{section}\n\n本节概述方法。\n\\end{{document}}\n", encoding="utf-8")
        return [(b.role, b.text.text) for b in read_latex(str(path)).blocks]

    plain = read("\\chapter{视频摘要的推理框架}", "\\section{方法概述}")
    assert plain[0] == (Role.HEADING, "视频摘要的推理框架") and len(plain) == 4
    assert read("\\xchapter{视频摘要的推理框架}{Inference framework for video summarization}",
                "\\xsection{方法概述}{Method overview}") == plain

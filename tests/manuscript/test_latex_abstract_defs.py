"""A thesis class's own abstract commands and environments, read from their definitions (`latex_abstract_defs`):
an abstract page command `\\MakeAbstract{text}{keywords}` is read as the abstract and its keywords, an abstract
environment whose argument is the keywords gives them as keywords, not as the abstract's first words."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from zhen_qa.checks.run import Flags, check_file
from zhen_qa.manuscript.document import Role
from zhen_qa.manuscript.latex import read_latex
from zhen_qa.manuscript.latex_abstract_defs import AbstractDef, bilingual_args, command_def, environment_defs

PAGE_CLS = r"""\NeedsTeXFormat{LaTeX2e}
\ProvidesClass{pagethesis}
\LoadClass{ctexbook}
\newcommand{\MakeAbstract}[2]{
  \begin{center}\heiti 摘\hspace{0.5em}要\end{center}
  \songti #1
  \par
  \noindent{\songti\textbf{关键词：}#2}
}
\newcommand{\MakeAbstractEng}[2]{
  \clearpage
  \begin{center}\textbf{ABSTRACT}\end{center}
  #1
  \par
  \noindent{\textbf{Key words: }#2}
}
"""
PAGE_MAIN = r"""\documentclass{pagethesis}
\begin{document}
\MakeAbstract{
    本文研究双轮机器人的平衡控制。实验验证了方法的有效性。
}{双轮机器人，平衡控制}

\MakeAbstractEng{
    This thesis studies the balance control of a two-wheeled robot. ENGLISH_SECOND
}{two-wheeled robot, balance control}
\chapter{绪论}
正文。
\end{document}
"""
ENV_CLS = r"""\NeedsTeXFormat{LaTeX2e}
\ProvidesClass{envthesis}
\LoadClass{ctexbook}
\newenvironment{abstract}[1]
{
  \newcommand{\@keywords}{#1}
  \begin{center}\textbf{\@abstracttitle}\end{center}
}{
  \\[1\baselineskip]
  关键词：\@keywords
}
\newenvironment{englishabstract}[1]
{
  \newcommand{\@keywords}{#1}
  \begin{center}{\textbf{ABSTRACT}}\end{center}
}{
  \\[1\baselineskip]
  \textbf{KEY WORDS:} \@keywords
}
"""
ENV_MAIN = r"""\documentclass{envthesis}
\begin{document}
\begin{abstract}{三维重建，点云}
    本文研究三维重建。实验表明该方法有效。
\end{abstract}
\begin{englishabstract}{3D reconstruction, point cloud}
    This thesis studies 3D reconstruction. Experiments show that the method works.
\end{englishabstract}
\chapter{绪论}
正文。
\end{document}
"""


def _thesis(tmp_path: Path, cls_name: str, cls: str, main: str, cls_folder: str = "") -> Path:
    folder = tmp_path / cls_folder if cls_folder else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{cls_name}.cls").write_text(cls, encoding="utf-8")
    path = tmp_path / "main.tex"
    path.write_text(main, encoding="utf-8")
    return path


def _front(path: Path) -> list[tuple[Role, str, str]]:
    return [(b.role, b.lang, b.text.text) for b in read_latex(str(path)).blocks
            if b.role in (Role.ABSTRACT, Role.KEYWORDS)]


def test_a_command_typesetting_an_abstract_heading_is_read_by_its_arguments() -> None:
    assert command_def(2, r"\begin{center}摘\hspace{0.5em}要\end{center} #1 \par \textbf{关键词：}#2") == \
        AbstractDef("zh", (2,), (1,))
    assert command_def(2, r"{\bfseries ABSTRACT}\par #1\par\noindent\textbf{Key words: }#2") == \
        AbstractDef("en", (2,), (1,))


@pytest.mark.parametrize("arity, body", [
    (1, r"\section*{#1}"),  # a heading command: no abstract heading
    (1, r"\chapter*{摘要}\input{#1}"),  # a page-input command: the argument is a file name
    (2, r"\chapter*{摘要 / Abstract}#1 #2"),  # both languages' headings: not one abstract
    (0, r"\chapter*{摘要}\@cabstract"),  # no argument: the class's own text
    (1, r"\textbf{关键词：}#1"),  # a keywords line, not an abstract page
])
def test_other_commands_are_no_abstract_page(arity: int, body: str) -> None:
    assert command_def(arity, body) is None


def test_an_environment_whose_argument_follows_a_keywords_label_through_a_command() -> None:
    defs = environment_defs([ENV_CLS])
    assert defs["abstract"].keywords == (1,) and defs["englishabstract"] == AbstractDef("en", (1,))
    assert environment_defs([r"\newenvironment{abstract}[1]{\chapter*{#1}}{}"]) == {}


def test_the_class_abstract_command_is_read_as_abstract_and_keywords(tmp_path: Path) -> None:
    front = _front(_thesis(tmp_path, "pagethesis", PAGE_CLS,
                           PAGE_MAIN.replace("ENGLISH_SECOND", "Experiments verify the method.")))
    assert front == [
        (Role.ABSTRACT, "zh", "本文研究双轮机器人的平衡控制。实验验证了方法的有效性。"),
        (Role.KEYWORDS, "zh", "双轮机器人，平衡控制"),
        (Role.ABSTRACT, "en", "This thesis studies the balance control of a two-wheeled robot. "
                              "Experiments verify the method."),
        (Role.KEYWORDS, "en", "two-wheeled robot, balance control"),
    ]


def test_a_class_file_in_a_subfolder_of_the_thesis_is_read(tmp_path: Path) -> None:
    """TongjiThesis keeps tongjithesis.cls in style/, which its latexmkrc puts on TEXINPUTS."""
    path = _thesis(tmp_path, "pagethesis", PAGE_CLS, PAGE_MAIN.replace("ENGLISH_SECOND", "Experiments verify it."),
                   cls_folder="style")
    assert [role for role, _lang, _text in _front(path)] == [Role.ABSTRACT, Role.KEYWORDS] * 2


def test_two_class_files_of_that_name_in_subfolders_are_not_guessed(tmp_path: Path) -> None:
    path = _thesis(tmp_path, "pagethesis", PAGE_CLS, PAGE_MAIN.replace("ENGLISH_SECOND", "Experiments verify it."),
                   cls_folder="style")
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "pagethesis.cls").write_text(PAGE_CLS, encoding="utf-8")
    assert _front(path) == []


def test_the_environment_keywords_argument_is_keywords_not_the_first_words(tmp_path: Path) -> None:
    front = _front(_thesis(tmp_path, "envthesis", ENV_CLS, ENV_MAIN))
    assert front == [
        (Role.KEYWORDS, "zh", "三维重建，点云"),
        (Role.ABSTRACT, "zh", "本文研究三维重建。实验表明该方法有效。"),
        (Role.KEYWORDS, "en", "3D reconstruction, point cloud"),
        (Role.ABSTRACT, "en", "This thesis studies 3D reconstruction. Experiments show that the method works."),
    ]


def _findings(path: Path) -> list[tuple[str, str]]:
    cwd = os.getcwd()
    os.chdir(path.parent)
    try:
        return [(f.rule, f.message) for f in check_file(path.name, None, Flags()).findings
                if f.rule != "monolingual-section"]
    finally:
        os.chdir(cwd)


def test_a_clean_class_abstract_has_no_finding(tmp_path: Path) -> None:
    assert _findings(_thesis(tmp_path, "pagethesis", PAGE_CLS,
                             PAGE_MAIN.replace("ENGLISH_SECOND", "Experiments verify the method."))) == []
    assert _findings(_thesis(tmp_path / "env", "envthesis", ENV_CLS, ENV_MAIN)) == []


def test_a_sentence_left_untranslated_in_a_class_abstract_is_still_reported(tmp_path: Path) -> None:
    """The defect the reading now reaches: the English abstract lacks the second sentence (before, the whole
    abstract was read as nothing and nothing was reported)."""
    findings = _findings(_thesis(tmp_path, "pagethesis", PAGE_CLS, PAGE_MAIN.replace(" ENGLISH_SECOND", "")))
    assert any(rule == "untranslated" and "实验验证了方法的有效性" in message for rule, message in findings)


def test_an_untranslated_sentence_in_an_environment_abstract_is_still_reported(tmp_path: Path) -> None:
    main = ENV_MAIN.replace(" Experiments show that the method works.", "")
    findings = _findings(_thesis(tmp_path, "envthesis", ENV_CLS, main))
    assert any(rule == "untranslated" and "实验表明该方法有效" in message for rule, message in findings)


TITLE_CLS = r"""\NeedsTeXFormat{LaTeX2e}
\ProvidesClass{titlethesis}
\LoadClass{ctexbook}
\newcommand{\@subtitle}{}
\newcommand{\@titleeng}{}
\newcommand{\@subtitleeng}{}
\renewcommand{\title}[4]{
  \def\@title{#1}
  \renewcommand{\@subtitle}{#2}
  \renewcommand{\@titleeng}{#3}
  \renewcommand{\@subtitleeng}{#4}
}
"""
TITLE_MAIN = r"""\documentclass{titlethesis}
\begin{document}
\title{基于深度学习的双轮机器人平衡控制}{}{ENGLISH}{}
\chapter{绪论}
正文。
\end{document}
"""


def test_the_english_argument_is_the_one_stored_as_the_english_of_the_title() -> None:
    body = r"\def\@title{#1}\renewcommand{\@subtitle}{#2}\renewcommand{\@titleeng}{#3}\renewcommand{\@subtitleeng}{#4}"
    assert bilingual_args("title", 4, body) == (1, 3)
    assert bilingual_args("title", 2, r"\def\@title{#1}\def\@etitle{#2}") == (1, 2)
    assert bilingual_args("title", 2, r"\def\@title{#1}\def\@subtitle{#2}") is None


def test_a_four_argument_title_is_paired_chinese_with_english(tmp_path: Path) -> None:
    path = _thesis(tmp_path, "titlethesis", TITLE_CLS,
                   TITLE_MAIN.replace("ENGLISH", "Balance Control of a Two-Wheeled Robot Based on Deep Learning"))
    titles = [(b.lang, b.text.text) for b in read_latex(str(path)).blocks if b.role is Role.TITLE]
    assert titles == [("zh", "基于深度学习的双轮机器人平衡控制"),
                      ("en", "Balance Control of a Two-Wheeled Robot Based on Deep Learning")]
    assert not any(rule == "pair-mismatch" for rule, _message in _findings(path))


def test_a_template_placeholder_left_as_the_english_title_is_reported(tmp_path: Path) -> None:
    path = _thesis(tmp_path, "titlethesis", TITLE_CLS, TITLE_MAIN.replace("ENGLISH", r"SEU Thesis \LaTeX\ Template"))
    assert any(rule == "pair-mismatch" for rule, _message in _findings(path))


CLASS_PAGES_CLS = r"""\NeedsTeXFormat{LaTeX2e}
\ProvidesClass{pagesthesis}
\LoadClass{ctexbook}
\newenvironment{Zabstract}[3]{
\newcommand{\@zkeywords}{#1\ifthenelse{\equal{#2}{}}{}{，#2}\ifthenelse{\equal{#3}{}}{}{，#3}}
\chapter*{摘\enspace 要}
}{\\[3mm]{\textbf{关键词：}}\parbox[t]{300pt}{\@zkeywords}}
\newenvironment{Yabstract}[3]{
\newcommand{\@ykeywords}{#1\ifthenelse{\equal{#2}{}}{}{, #2}\ifthenelse{\equal{#3}{}}{}{, #3}}
\chapter*{\bf ABSTRACT}% 设置英文摘要版式 (a comment: no heading)
}{\\[3mm]{\bf Keywords: }\parbox[t]{300pt}{\@ykeywords}}
\AtBeginDocument{%
\include{front/ZhAbstract}
\include{front/EnAbstract}
\mainmatter}
\AtEndDocument{\include{front/paper}}
"""
CLASS_PAGES_MAIN = r"""\documentclass{pagesthesis}
\begin{document}
\include{chapters/intro}
\end{document}
"""
ZH_PAGE = "\\begin{Zabstract}{在线评测}{黑盒测试}{}\n本文实现了一个在线评测系统。系统支持多种语言。\n\\end{Zabstract}\n"
EN_PAGE = ("\\begin{Yabstract}{Online judge}{Black-box testing}{}\nThis thesis implements an online judge. "
           "The system supports several languages.\n\\end{Yabstract}\n")


def _class_pages(tmp_path: Path, zh: str = ZH_PAGE, en: str = EN_PAGE) -> Path:
    path = _thesis(tmp_path, "pagesthesis", CLASS_PAGES_CLS, CLASS_PAGES_MAIN)
    for name, text in (("front/ZhAbstract.tex", zh), ("front/EnAbstract.tex", en), ("front/paper.tex", "正文。\n"),
                       ("chapters/intro.tex", "\\chapter{绪论}\n在线评测系统用于程序设计竞赛。\n")):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return path


def test_an_environment_whose_arguments_are_each_one_keyword() -> None:
    """UESTCthesis: `\\newenvironment{Cabstract}[5]`, the five arguments stored in one command typeset after the
    keywords label through a `\\parbox[t]{…}`; a 摘要 in a comment is no heading."""
    assert environment_defs([CLASS_PAGES_CLS])["Yabstract"].lang == ""  # the comment's 摘要: read without comments
    from zhen_qa.manuscript.latex_paths import COMMENT
    defs = environment_defs([COMMENT.sub("", CLASS_PAGES_CLS)])
    assert defs == {"Zabstract": AbstractDef("zh", (1, 2, 3)), "Yabstract": AbstractDef("en", (1, 2, 3))}


def test_abstract_pages_the_class_includes_by_itself_are_read_with_their_keywords(tmp_path: Path) -> None:
    front = _front(_class_pages(tmp_path))
    assert front == [
        (Role.KEYWORDS, "zh", "在线评测，黑盒测试"),
        (Role.ABSTRACT, "zh", "本文实现了一个在线评测系统。系统支持多种语言。"),
        (Role.KEYWORDS, "en", "Online judge, Black-box testing"),
        (Role.ABSTRACT, "en", "This thesis implements an online judge. The system supports several languages."),
    ]


def test_a_page_the_class_includes_and_nobody_reads_is_named_in_a_note(tmp_path: Path) -> None:
    notes = read_latex(str(_class_pages(tmp_path))).notes
    assert any("front/paper.tex" in n and "not checked" in n for n in notes)
    assert not any("Abstract" in n for n in notes)


def test_a_sentence_left_untranslated_in_a_class_included_abstract_is_reported(tmp_path: Path) -> None:
    findings = _findings(_class_pages(tmp_path, en=EN_PAGE.replace(" The system supports several languages.", "")))
    assert any(rule == "untranslated" and "系统支持多种语言" in message for rule, message in findings)
    assert _findings(_class_pages(tmp_path / "clean")) == []

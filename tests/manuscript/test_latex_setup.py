"""Front matter given as a template's key-value setup (`\\whusetup{info = {…}, element = {abstract = {file}}}`) and
abstract pages a class inputs by itself: the abstracts are read from the files they name, relative to the main file."""
from __future__ import annotations

import os
from pathlib import Path

from zhen_qa.checks.run import Flags, check_file
from zhen_qa.manuscript.document import Role
from zhen_qa.manuscript.latex import read_latex

ZH_ABSTRACT = "% 中文摘要\n\n本文研究螺旋桨的模态频率。\n\n研究结果表明，该方法降低了计算成本。\n"
EN_ABSTRACT = ("% 英文摘要\n\nThis thesis studies the modal frequencies of propellers.\n\n"
               "The results show that the method lowers the computational cost.\n")
CHAPTER = "\\chapter{绪论}\n螺旋桨是船舶的推进装置。\n"

WHU_MAIN = r"""\documentclass[type=bachelor]{whu-thesis}
\whusetup
  {
    info =
      {
        title    = {螺旋桨模态频率预测},
        title*   = {Modal frequency prediction of propellers},
        keywords = {螺旋桨，模态频率},
        keywords* = {propeller, modal frequency},
      },
    style = { graphics-path = {{figures/}} },
    element =
      {
        abstract  = {pages/abstract},
        abstract* = {pages/enabstract},
        bibliography = {ref/refs},
      }
  }
\begin{document}
\include{pages/chapter1}
\end{document}
"""

CLASS_READS_PAGES = r"""\NeedsTeXFormat{LaTeX2e}
\ProvidesExplClass{whu-thesis}{2025}{}{}
\cs_new_protected:Npn \__whu_abstract_output:
  {
    \chapter* { 摘要 }
    \file_if_exist:nT { pages/abstract.tex }
      {
        \file_input:n { pages/abstract.tex }
      }
  }
\cs_new_protected:Npn \__whu_abstract_en_output:
  {
    \chapter{ ABSTRACT }
    \file_if_exist:nT { pages/enabstract.tex }
      {
        \file_input:n { pages/enabstract.tex }
      }
  }
"""
NEW_MAIN = r"""\documentclass[type = bachelor]{whu-thesis}
\whusetup{
  info = {
    title  = {螺旋桨模态频率预测},
    title* = {Modal frequency prediction of propellers},
  },
}
\begin{document}
\mainmatter
\include{pages/chapter1.tex}
\end{document}
"""


def _thesis(tmp_path: Path, main: str, en_abstract: str = EN_ABSTRACT, cls: str = "") -> Path:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "abstract.tex").write_text(ZH_ABSTRACT, encoding="utf-8")
    (tmp_path / "pages" / "enabstract.tex").write_text(en_abstract, encoding="utf-8")
    (tmp_path / "pages" / "chapter1.tex").write_text(CHAPTER, encoding="utf-8")
    if cls:
        (tmp_path / "whu-thesis.cls").write_text(cls, encoding="utf-8")
    path = tmp_path / "thesis.tex"
    path.write_text(main, encoding="utf-8")
    return path


def _roles(path: Path) -> list[tuple[Role, str, str, str]]:
    doc = read_latex(str(path))
    return [(b.role, b.lang, b.text.text, b.text.source.path) for b in doc.blocks]


def test_setup_keys_name_the_abstract_files_in_nested_groups(tmp_path: Path) -> None:
    roles = _roles(_thesis(tmp_path, WHU_MAIN))
    abstracts = [(lang, text, src) for role, lang, text, src in roles if role is Role.ABSTRACT]
    assert [(lang, text.split("\n")[0]) for lang, text, _src in abstracts] == [
        ("zh", "本文研究螺旋桨的模态频率。"), ("en", "This thesis studies the modal frequencies of propellers.")]
    assert abstracts[0][2].endswith("pages/abstract.tex") and abstracts[1][2].endswith("pages/enabstract.tex")
    assert (Role.TITLE, "en", "Modal frequency prediction of propellers") in [r[:3] for r in roles]
    assert (Role.KEYWORDS, "en", "propeller, modal frequency") in [r[:3] for r in roles]
    assert roles[-1][0] is Role.PARAGRAPH  # the body is still read, after the front matter


def test_setup_abstract_given_as_text_is_read_in_place(tmp_path: Path) -> None:
    main = WHU_MAIN.replace("abstract  = {pages/abstract}", "abstract = {本文研究螺旋桨。}").replace(
        "abstract* = {pages/enabstract}", "abstract* = {This thesis studies propellers.}")
    roles = _roles(_thesis(tmp_path, main))
    assert [(lang, text) for role, lang, text, _s in roles if role is Role.ABSTRACT] == [
        ("zh", "本文研究螺旋桨。"), ("en", "This thesis studies propellers.")]


def test_a_named_abstract_file_that_is_missing_is_a_note(tmp_path: Path) -> None:
    path = _thesis(tmp_path, WHU_MAIN.replace("pages/enabstract}", "pages/english}"))
    doc = read_latex(str(path))
    assert any("abstract* = {pages/english}: file not found" in n for n in doc.notes)
    assert [b.lang for b in doc.blocks if b.role is Role.ABSTRACT] == ["zh"]


def test_an_abstract_option_is_no_file_name(tmp_path: Path) -> None:
    main = WHU_MAIN.replace("abstract  = {pages/abstract}", "abstract = false")
    doc = read_latex(str(_thesis(tmp_path, main)))
    assert not any("abstract = {false}" in n for n in doc.notes)
    assert [b.lang for b in doc.blocks if b.role is Role.ABSTRACT] == ["en"]


def test_package_setups_are_not_front_matter(tmp_path: Path) -> None:
    main = WHU_MAIN.replace("\\whusetup", "\\hypersetup{pdftitle = {x}, title = {不是标题}}\n\\whusetup")
    titles = [text for role, _lang, text, _s in _roles(_thesis(tmp_path, main)) if role is Role.TITLE]
    assert "不是标题" not in titles


def test_abstract_pages_the_class_inputs_by_itself(tmp_path: Path) -> None:
    roles = _roles(_thesis(tmp_path, NEW_MAIN, cls=CLASS_READS_PAGES))
    kinds = [(role, lang) for role, lang, _t, _s in roles]
    assert kinds.index((Role.ABSTRACT, "zh")) < kinds.index((Role.ABSTRACT, "en")) < kinds.index(
        (Role.HEADING, "zh"))  # the class typesets them before the body


def test_class_pages_that_do_not_exist_or_were_read_are_not_read_again(tmp_path: Path) -> None:
    main = NEW_MAIN.replace("\\mainmatter", "\\input{pages/abstract}\n\\mainmatter")
    path = _thesis(tmp_path, main, cls=CLASS_READS_PAGES)
    (tmp_path / "pages" / "enabstract.tex").unlink()
    doc = read_latex(str(path))
    # read once, where the thesis inputs it (outside an abstract page: no abstract)
    assert [b.lang for b in doc.blocks if b.role is Role.ABSTRACT] == []
    assert not any("enabstract" in n for n in doc.notes)


def test_an_untranslated_abstract_paragraph_is_still_reported(tmp_path: Path) -> None:
    """The real defect the pairing makes visible: the English abstract lacks the Chinese concluding paragraph."""
    en = EN_ABSTRACT.replace("\n\nThe results show that the method lowers the computational cost.", "")
    path = _thesis(tmp_path, NEW_MAIN, en_abstract=en, cls=CLASS_READS_PAGES)
    found = [f for f in check_file(str(path), None, Flags()).findings if f.rule == "untranslated"]
    assert [f.location.path.endswith("pages/abstract.tex") for f in found] == [True]


def test_a_file_of_the_class_s_own_code_named_abstract_is_no_abstract_page(tmp_path: Path) -> None:
    """nwputhesis.cls inputs `infra/abstract.def` (its abstract environment's code): class code, not a page."""
    cls = "\\input{infra/abstract.def}\n\\input{infra/abstract}\n"
    path = _thesis(tmp_path, NEW_MAIN, cls=cls)
    (tmp_path / "infra").mkdir()
    (tmp_path / "infra" / "abstract.def").write_text("\\cs_set_protected:Npn \\sep {，}\n", encoding="utf-8")
    (tmp_path / "infra" / "abstract.tex").write_text("\\cs_set_protected:Npn \\sep {，}\n", encoding="utf-8")
    assert [b for b in read_latex(str(path)).blocks if b.role is Role.ABSTRACT] == []


CQU_MAIN = r"""\documentclass{cquthesis}
\cqusetup{
  ctitle = {螺旋桨模态频率预测方法研究},
  etitle = {TITLE_EN},
  cauthor = {张三},
  eauthor = {San Zhang},
}
\begin{document}
\include{pages/chapter1.tex}
\end{document}
"""


def test_an_unknown_setup_macro_reads_the_ctitle_etitle_keys(tmp_path: Path) -> None:
    """CQUThesis's `\\cqusetup{ctitle = …, etitle = …}`: hithesis's key style in a setup macro no table names."""
    roles = _roles(_thesis(tmp_path, CQU_MAIN.replace("TITLE_EN", "Research on Predicting Modal Frequencies of "
                                                                  "Propellers")))
    assert [(r, lang, text) for r, lang, text, _s in roles if r in (Role.TITLE, Role.AUTHORS)] == [
        (Role.TITLE, "zh", "螺旋桨模态频率预测方法研究"),
        (Role.TITLE, "en", "Research on Predicting Modal Frequencies of Propellers"),
        (Role.AUTHORS, "zh", "张三"), (Role.AUTHORS, "en", "San Zhang")]
    (tmp_path / "thu").mkdir()
    thu = _roles(_thesis(tmp_path / "thu", WHU_MAIN.replace("whusetup", "xyzsetup")))
    assert (Role.TITLE, "en", "Modal frequency prediction of propellers") in [r[:3] for r in thu]  # title* still


def test_an_english_title_left_in_chinese_under_an_unknown_setup_is_reported(tmp_path: Path) -> None:
    path = _thesis(tmp_path, CQU_MAIN.replace("TITLE_EN", "螺旋桨模态频率预测方法研究"))
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        findings = check_file(path.name, None, Flags()).findings
    finally:
        os.chdir(cwd)
    assert ("wrong-language", "the English title is written in Chinese") in [(f.rule, f.message) for f in findings]


CHAPTERS_ONLY = "\\documentclass{ownthesis}\n\\begin{document}\n\\include{pages/chapter1.tex}\n\\end{document}\n"


def test_chinese_chapters_without_english_front_matter_get_a_note(tmp_path: Path) -> None:
    """A class that typesets the abstracts from files or commands not read: say the front matter was not compared."""
    doc = read_latex(str(_thesis(tmp_path, CHAPTERS_ONLY)))
    assert [n for n in doc.notes if n.startswith("no English abstract, title or keywords found")] == [
        "no English abstract, title or keywords found: the front matter was not compared (read: the chapters "
        "only); a class may typeset it from files or commands not read"]
    with_title = CHAPTERS_ONLY.replace("\\begin{document}", "\\title{螺旋桨研究}\n\\begin{document}")
    (tmp_path / "t").mkdir()
    doc = read_latex(str(_thesis(tmp_path / "t", with_title)))
    assert any("(read: a Chinese title and the chapters)" in n for n in doc.notes)


def test_no_front_matter_note_when_an_english_abstract_was_read(tmp_path: Path) -> None:
    assert not any(n.startswith("no English abstract") for n in read_latex(str(_thesis(tmp_path, WHU_MAIN))).notes)


def test_the_front_matter_note_reaches_the_report_beside_the_chapters_findings(tmp_path: Path) -> None:
    path = _thesis(tmp_path, CHAPTERS_ONLY)
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        result = check_file(path.name, None, Flags())
    finally:
        os.chdir(cwd)
    assert any(n.startswith("no English abstract, title or keywords found") for n in result.notes)


def test_no_front_matter_note_on_a_standard_class(tmp_path: Path) -> None:
    """A standard class typesets no front matter by itself: a Chinese ctexbook of chapters is no thesis missing one."""
    doc = read_latex(str(_thesis(tmp_path, CHAPTERS_ONLY.replace("ownthesis", "ctexbook"))))
    assert not any(n.startswith("no English abstract") for n in doc.notes)

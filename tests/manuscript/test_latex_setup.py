"""Front matter given as a template's key-value setup (`\\whusetup{info = {…}, element = {abstract = {file}}}`) and
abstract pages a class inputs by itself: the abstracts are read from the files they name, relative to the main file."""
from __future__ import annotations

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

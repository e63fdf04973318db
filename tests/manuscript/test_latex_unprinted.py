"""Setup keys the thesis's own class never typesets for the document's thesis type (`manuscript.latex_unprinted`): a
bachelor's thesis of a whu-thesis-like class whose `title*` holds the Chinese has no English title page to be wrong;
a master's thesis of the same class prints it, and the Chinese there is still reported."""
from __future__ import annotations

from pathlib import Path

from zhen_qa.checks.run import Flags, check_file
from zhen_qa.manuscript.latex_unprinted import unprinted_keys

CLASS = r"""\NeedsTeXFormat{LaTeX2e}
\ProvidesExplClass{minithesis}{2024}{}{}
\keys_define:nn { mini / option }
  {
    type .choices:nn = { master , bachelor }
      { \tl_gset_eq:NN \g__mini_option_type_tl \l_keys_choice_tl },
    type .initial:n = master,
  }
\ProcessKeysOptions { mini / option }
\LoadClass{ctexbook}
\tl_new:N \g__mini_info_title_tl
\tl_new:N \g__mini_info_title_en_tl
\keys_define:nn { mini / info }
  {
    title   .tl_gset:N = \g__mini_info_title_tl,
    title * .tl_gset:N = \g__mini_info_title_en_tl,
  }
\keys_define:nn { mini } { info .meta:nn = { mini / info } {#1} }
\NewDocumentCommand \minisetup { m } { \keys_set:nn { mini } {#1} }
\AtBeginDocument { \use:c { __mini_make_front_matter_ \g__mini_option_type_tl : } }
\cs_new_protected:Npn \__mini_make_front_matter_master:
  {
    \__mini_make_cover:
    \__mini_make_title_en:
  }
\cs_new_protected:Npn \__mini_make_front_matter_bachelor:
  { \__mini_make_cover: }
\cs_new_protected:Npn \__mini_make_cover:
  { \begin{center} \g__mini_info_title_tl \end{center} }
\cs_new_protected:Npn \__mini_make_title_en:
  { \begin{center} \g__mini_info_title_en_tl \end{center} }
"""

MAIN = r"""\documentclass[type=TYPE]{minithesis}
\minisetup
  {
    info =
      {
        title  = {螺旋桨模态频率预测},
        title* = {螺旋桨模态频率预测},
      },
  }
\begin{document}
\chapter{绪论}
螺旋桨是船舶的推进装置。
\end{document}
"""


def _thesis(tmp: Path, kind: str, cls: str = CLASS) -> str:
    (tmp / "minithesis.cls").write_text(cls, encoding="utf-8")
    main = tmp / "main.tex"
    main.write_text(MAIN.replace("TYPE", kind), encoding="utf-8")
    return str(main)


def _wrong_language(path: str) -> list[str]:
    report = check_file(path, None, Flags())
    return [f.rule for f in report.findings if f.rule in ("wrong-language", "untranslated-span")]


def test_a_slot_the_class_never_typesets_for_a_bachelor_thesis_is_no_english_title(tmp_path: Path) -> None:
    path = _thesis(tmp_path, "bachelor")
    assert _wrong_language(path) == []
    assert any("title* is never typeset" in n for n in check_file(path, None, Flags()).notes)


def test_the_same_slot_in_a_master_thesis_is_printed_and_still_reported(tmp_path: Path) -> None:
    assert _wrong_language(_thesis(tmp_path, "master")) == ["wrong-language"]


def test_a_slot_also_used_outside_the_front_matter_macros_is_printed(tmp_path: Path) -> None:
    """A PDF title set at the top level prints title* whatever the type."""
    cls = CLASS + "\\AtEndPreamble { \\hypersetup { pdftitle = \\g__mini_info_title_en_tl } }\n"
    assert _wrong_language(_thesis(tmp_path, "bachelor", cls)) == ["wrong-language"]


def test_no_type_option_means_the_slot_may_be_printed() -> None:
    assert unprinted_keys(CLASS, {}) == frozenset()
    assert unprinted_keys(CLASS, {"type": "bachelor"}) == frozenset({"title*"})
    assert unprinted_keys(CLASS, {"type": "master"}) == frozenset()

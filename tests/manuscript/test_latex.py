"""The LaTeX reader: inputs followed, prose only, front matter by template, positions in the right file."""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from zhen_qa.manuscript.document import Role
from zhen_qa.manuscript.errors import InputError
from zhen_qa.manuscript.latex import read_latex

MAIN = r"""\documentclass{thuthesis}
\thusetup{
  title  = {分泌组研究},
  title* = {Secretome Research},
  keywords = {分泌组, 再生医学},
  keywords* = {secretome, regenerative medicine},
}
\begin{document}
\begin{abstract}
分泌组很重要\cite{a}。% 注释不是正文
\end{abstract}
\begin{abstract*}
The secretome matters\cite{a,b}.
\end{abstract*}
\mainmatter
\input{chap1}
\input{missing}
\end{document}
"""
CHAP = r"""\chapter{引言}
\label{chap:intro}
分泌组的粒径为 $x^2$ 纳米，见图~\ref{fig:a}。
\begin{verbatim}
code{ not prose
\end{verbatim}
\section{方法}
降低了 $10\%$。
"""


def _write(tmp: Path, files: dict[str, str]) -> str:
    for name, text in files.items():
        (tmp / name).write_text(text, encoding="utf-8")
    return str(tmp / "main.tex")


def _at(block_text: object) -> tuple[str, int, int]:
    loc = block_text.location()  # type: ignore[attr-defined]
    return os.path.basename(loc.path), loc.line, loc.column


def test_front_matter_roles_languages_and_positions(tmp_path: Path) -> None:
    doc = read_latex(_write(tmp_path, {"main.tex": MAIN, "chap1.tex": CHAP}))
    front = [(b.role, b.lang, b.text.text) for b in doc.blocks if b.role is not Role.PARAGRAPH
             and b.role is not Role.HEADING]
    assert front == [
        (Role.TITLE, "zh", "分泌组研究"),
        (Role.TITLE, "en", "Secretome Research"),
        (Role.KEYWORDS, "zh", "分泌组， 再生医学"),
        (Role.KEYWORDS, "en", "secretome, regenerative medicine"),
        (Role.ABSTRACT, "zh", "分泌组很重要[1]。"),
        (Role.ABSTRACT, "en", "The secretome matters[1,2]."),
    ]
    title = doc.blocks[0]
    assert _at(title.text) == ("main.tex", 3, 13)
    assert title.text.location().end_column == 18


def test_body_is_prose_only_and_points_into_the_input_file(tmp_path: Path) -> None:
    doc = read_latex(_write(tmp_path, {"main.tex": MAIN, "chap1.tex": CHAP}))
    body = [b for b in doc.blocks if b.role in (Role.HEADING, Role.PARAGRAPH)]
    assert [(b.role, b.text.text) for b in body] == [
        (Role.HEADING, "引言"),
        (Role.PARAGRAPH, "分泌组的粒径为 纳米，见图 。"),
        (Role.PARAGRAPH, "方法"),  # a subsection belongs to its chapter
        (Role.PARAGRAPH, "降低了 10%。"),
    ]
    para = body[1]
    assert _at(para.text) == ("chap1.tex", 3, 1)
    assert para.text.location(9, 11).column == 16  # 纳米 after the math
    assert all(b.lang == "zh" for b in body)


def test_missing_input_is_a_note(tmp_path: Path) -> None:
    doc = read_latex(_write(tmp_path, {"main.tex": MAIN, "chap1.tex": CHAP}))
    assert doc.notes == [f"{tmp_path / 'main.tex'}:17:1: \\input{{missing}}: file not found, not checked"]


def test_input_outside_the_folder_and_cycles_are_not_followed(tmp_path: Path) -> None:
    (tmp_path / "outside.tex").write_text("外面的文字。", encoding="utf-8")
    inner = tmp_path / "thesis"
    inner.mkdir()
    main = _write(inner, {"main.tex": "\\begin{document}\\input{../outside}\\input{main}\\end{document}"})
    doc = read_latex(main)
    assert len(doc.notes) == 2
    assert "outside the manuscript's folder" in doc.notes[0]
    assert "cycle" in doc.notes[1]
    assert not doc.blocks


def test_cabstract_ckeywords_entitle_and_abstract_page(tmp_path: Path) -> None:
    main = _write(tmp_path, {"main.tex": r"""\title{图像去噪方法研究}
\entitle{Image Denoising Methods}
\begin{document}
\begin{cabstract}本文研究去噪。\end{cabstract}
\ckeywords{去噪；图像}
\begin{eabstract}We study denoising.\end{eabstract}
\ekeywords{denoising; image}
\chapter*{ABSTRACT}
Ignored because the eabstract came first? No: a second English abstract page.

\textbf{Keywords}: a, b
\newpage
Cover text after the page break is not an abstract.
\end{document}
"""})
    doc = read_latex(main)
    got = [(b.role.value, b.lang, b.text.text, b.label) for b in doc.blocks]
    assert got[:6] == [
        ("title", "zh", "图像去噪方法研究", ""),
        ("title", "en", "Image Denoising Methods", ""),
        ("abstract", "zh", "本文研究去噪。", ""),
        ("keywords", "zh", "去噪；图像", ""),
        ("abstract", "en", "We study denoising.", ""),
        ("keywords", "en", "denoising; image", ""),
    ]
    assert got[7] == ("keywords", "en", "a, b", "Keywords:")
    assert len(got) == 8


def test_cnabstract_pairs_with_enabstract(tmp_path: Path) -> None:
    # The SUSTech template's pair: cnabstract / enabstract (enabstract was known, cnabstract was not, so the
    # Chinese abstract was read as body text and the abstract never paired).
    main = _write(tmp_path, {"main.tex": r"""\begin{document}
\begin{cnabstract}本文研究六次循环域。\keywords{六次循环域}\end{cnabstract}
\begin{enabstract}We study cyclic sextic fields.\enkeywords{cyclic sextic field}\end{enabstract}
\end{document}
"""})
    got = [(b.role.value, b.lang, b.text.text) for b in read_latex(main).blocks]
    assert got == [("abstract", "zh", "本文研究六次循环域。"), ("keywords", "zh", "六次循环域"),
                   ("abstract", "en", "We study cyclic sextic fields."), ("keywords", "en", "cyclic sextic field")]


def test_an_include_in_both_branches_of_a_conditional_is_read_once(tmp_path: Path) -> None:
    # A template's \ifbachelor … \else … \fi includes the abstract in both branches: read both, the abstract file
    # gave two Chinese and two English abstracts and none was paired. TeX reads one branch: the first is read.
    main = _write(tmp_path, {"main.tex": r"""\documentclass{sustcthesis}
\newif\ifustc@bachelor\ustc@bachelortrue
\begin{document}
\makeatletter
\ifustc@bachelor
  \include{abstract}
\else
  \include{abstract}% 硕博论文
  \ifx\a\b 不读\fi
\fi
\makeatother
\iffalse
  \include{abstract}
\else
\chapter{引言}
正文\ifdraft 初稿\else 定稿\fi。
\fi
\end{document}
""", "abstract.tex": r"""\begin{cnabstract}本文研究六次循环域。\end{cnabstract}
\begin{enabstract}We study cyclic sextic fields.\end{enabstract}
"""})
    got = [(b.role.value, b.lang, b.text.text.strip()) for b in read_latex(main).blocks]
    assert got == [("abstract", "zh", "本文研究六次循环域。"), ("abstract", "en", "We study cyclic sextic fields."),
                   ("heading", "zh", "引言"), ("paragraph", "zh", "正文初稿。")]


def test_a_chapter_before_mainmatter_is_front_matter(tmp_path: Path) -> None:
    # a preface chapter in \frontmatter made the reader start the body there, so the abstracts after it were body
    # blocks and never paired; a chapter before \mainmatter is a front-matter page (preface, notation, statement)
    main = _write(tmp_path, {"main.tex": r"""\documentclass{sustcthesis}
\begin{document}
\frontmatter
\chapter{Preface}
I thank my teachers.
\begin{cnabstract}本文研究六次循环域。\end{cnabstract}
\begin{enabstract}We study cyclic sextic fields.\end{enabstract}
\mainmatter
\chapter{Introduction}
Fields are studied.
\end{document}
"""})
    got = [(b.role.value, b.text.text.strip()) for b in read_latex(main).blocks]
    assert got == [("abstract", "本文研究六次循环域。"), ("abstract", "We study cyclic sextic fields."),
                   ("heading", "Introduction"), ("paragraph", "Fields are studied.")]


def test_without_mainmatter_the_chapters_after_frontmatter_are_the_body(tmp_path: Path) -> None:
    main = _write(tmp_path, {"main.tex": r"""\begin{document}
\frontmatter
\chapter{Introduction}
Fields are studied.
\end{document}
"""})
    got = [(b.role.value, b.text.text.strip()) for b in read_latex(main).blocks]
    assert got == [("heading", "Introduction"), ("paragraph", "Fields are studied.")]


def test_command_names_with_at_are_not_prose(tmp_path: Path) -> None:
    # after \makeatletter, \if@twoside and \c@page are read by the parser as \if + "@twoside" and the accent \c{@}
    # + "page": the rest of the name is no prose (it made a paragraph "@twoside page" before the first chapter)
    main = _write(tmp_path, {"main.tex": r"""\begin{document}
\mainmatter
\chapter{引言}
正文。

\makeatletter
\def\cleardoublepage{\clearpage\if@twoside \ifodd\c@page\else\hbox{}\newpage\fi\fi}
\makeatother
\end{document}
"""})
    got = [(b.role.value, b.text.text.strip()) for b in read_latex(main).blocks]
    assert got == [("heading", "引言"), ("paragraph", "正文。")]


def test_an_if_command_with_brace_arguments_is_not_a_conditional(tmp_path: Path) -> None:
    # etoolbox's \ifdef{…}{…}{…} and ifthen's \ifthenelse have no \fi: the text after them is still read; nor
    # does an \if… that \let sets or \newif declares open a branch
    main = _write(tmp_path, {"main.tex": r"""\begin{document}
\chapter{引言}
甲\ifdef{\x}{}{}乙\else 丙\fi。\let\ifblind\iffalse 丁。\newif\ifdraft 戊。
\end{document}
"""})
    got = [b.text.text for b in read_latex(main).blocks if b.role is Role.PARAGRAPH]
    assert got == ["甲乙丙。丁。戊。"]  # \let and \newif name a conditional, they open none


def test_accent_macros_keep_their_letter(tmp_path: Path) -> None:
    # L\"{u}roth was read as "Lroth": the accent macro's argument was dropped with the macro
    main = _write(tmp_path, {"main.tex": r"""\begin{document}
\chapter{Introduction}
L\"{u}roth's theorem, after \'{E}variste Galois; M\"aki, Fran\c{c}ois, L{\"u}roth, \^{o}, \v{s}, na\"{\i}ve, \ss{} \o.
\end{document}
"""})
    doc = read_latex(main)
    para = next(b for b in doc.blocks if b.role is Role.PARAGRAPH)
    assert para.text.text.strip() == ("Lüroth's theorem, after Évariste Galois; Mäki, François, Lüroth, ô, š, "
                                      "naïve, ß ø.")
    source = doc.sources[0].text
    u = para.text.text.index("ü")
    assert source[para.text.offsets[u]:].startswith('\\"{u}')  # the letter points at its macro


def test_unreadable_main_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_latex(str(tmp_path / "nope.tex"))


def test_one_megabyte_is_read_quickly(tmp_path: Path) -> None:
    para = "分泌组含有多种生长因子\\cite{a}，其粒径为 $30$ 纳米（见图~\\ref{f}）。\n"
    body = "\\chapter{引言}\n" + (para * 8 + "\n") * 1400
    main = _write(tmp_path, {"main.tex": "\\begin{document}\n" + body + "\\end{document}\n"})
    assert os.path.getsize(main) > 1_000_000
    start = time.process_time()
    doc = read_latex(main)
    # CPU time, not wall time (a loaded machine stretches the wall clock, not this): about 4 s; linearity is
    # guarded by test_latex_tokens.test_reading_time_grows_linearly
    assert time.process_time() - start < 30
    assert len([b for b in doc.blocks if b.role is Role.PARAGRAPH]) == 1400


def test_doubling_across_removed_markup_is_not_reported(tmp_path: Path) -> None:
    """表\\ref{t}表示 reads as 表表示 once the reference is dropped; the copies are not adjacent in the file."""
    from zhen_qa.checks.run import Flags, check_file

    main = tmp_path / "main.tex"
    body = "\\chapter{结果}\n训练后，表\\ref{tab:a}表示了三个模型的效果。\n\n我们分析了了这些数据。"
    main.write_text(MAIN.replace(r"\input{chap1}", body).replace(r"\input{missing}", ""), encoding="utf-8")
    doubles = [(f.location.line, f.location.column, f.message)
               for f in check_file(str(main), None, Flags()).findings if f.rule == "repeated-char"]
    assert doubles == [(19, 5, "\"了\" is doubled: \"了了\"")]



OWN_CHAPTER = r"""\documentclass{ctexbook}
\begin{document}
\newcommand{\mychapter}[1]{
  \stepcounter{chapter}
  \chapter*{\thechapter #1}
}
\newcommand\mynote[1]{\textbf{#1}}
\chapter*{Abstract}
Secretomes matter.
\mychapter{绪论}
分泌组很重要。
\mynote{注意}这里。
\mychapter
{方法}
我们测量了分泌组。
\end{document}
"""


def test_a_command_the_thesis_defines_to_typeset_a_chapter_is_a_heading(tmp_path: Path) -> None:
    # \mychapter{绪论} ends the English abstract and opens a chapter, as \chapter would (a template's own macro)
    doc = read_latex(_write(tmp_path, {"main.tex": OWN_CHAPTER}))
    blocks = [(b.role, b.text.text) for b in doc.blocks]
    assert (Role.ABSTRACT, "Secretomes matter.") in blocks
    assert [t for r, t in blocks if r is Role.HEADING] == ["绪论", "方法"]
    assert (Role.PARAGRAPH, "分泌组很重要。这里。") in blocks  # not run into the abstract
    heading = next(b for b in doc.blocks if b.text.text == "绪论")
    assert _at(heading.text) == ("main.tex", 10, 12)
    # a command defined without a sectioning command is no heading (its argument is left out, as an unknown one's)
    assert not any("注意" in t for _r, t in blocks)


def test_an_unescaped_percent_after_a_number_is_read_as_meant(tmp_path: Path) -> None:
    # TeX drops "，节省28.4%的磁盘" from the PDF; the reader keeps the line whole (the markup rule reports the slip)
    chap = ("\\chapter{引言}\n写入延迟降低了72.5%, while saving 28.4% of disk\n\n"
            "宽度为50%\n\n数据% 注释 不是 正文\n\n比例 30% 这是注释\n")
    doc = read_latex(_write(tmp_path, {"main.tex": MAIN.replace("\\input{missing}\n", ""), "chap1.tex": chap}))
    body = [b.text.text for b in doc.blocks if b.role is Role.PARAGRAPH]
    assert body == ["写入延迟降低了72.5%, while saving 28.4% of disk", "宽度为50", "数据", "比例 30"]


TEXT_MACROS = r"""\documentclass{ctexart}
\newcommand{\sys}{分泌组}
\newcommand*\en{secretome}
\newcommand{\two}[1]{分泌#1}
\newcommand{\styled}{\textbf{粗}}
\begin{document}
\section{引言}
\sys{}含有生长因子，\sys 很重要。\two{物}
\end{document}
"""


def test_a_command_the_document_defines_as_plain_text_reads_as_that_text(tmp_path: Path) -> None:
    doc = read_latex(_write(tmp_path, {"main.tex": TEXT_MACROS}))
    para = next(b for b in doc.blocks if b.role is Role.PARAGRAPH)
    assert para.text.text == "分泌组含有生长因子，分泌组很重要。"  # \two takes an argument: left out, as before
    at = para.text.text.index("分泌组", 3)
    assert _at(para.text.slice(at, at + 3)) == ("main.tex", 8, 14)  # at the command that prints it


def test_a_range_typed_with_sim_is_two_numbers_and_a_range_mark(tmp_path: Path) -> None:
    """`2\\sim3 倍` (in text, TeX sets it as math) and `$60\\sim 70$` are ranges: the reader keeps the numbers and
    the mark (fresh45, theses3: '2 to 3 times' was a number the Chinese lacked)."""
    chap = "\\chapter{引言}\n性能提升了2\\sim3\n倍，速度约为 $60\\sim 70$ 微米每秒。\n"
    doc = read_latex(_write(tmp_path, {"main.tex": MAIN.replace("\\input{missing}\n", ""), "chap1.tex": chap}))
    body = [b.text.text for b in doc.blocks if b.role is Role.PARAGRAPH]
    assert body == ["性能提升了2~3 倍，速度约为 60~70 微米每秒。"]


def test_a_run_in_bold_heading_on_its_own_line_and_a_bilingual_subcaption(tmp_path: Path) -> None:
    """`\\textbf{基于计数的内存加密}` alone on its line opens the paragraph that repeats its words: a heading, its own
    unit (not 加密内存加密, a doubled word); `\\bisubcaptionbox{中文}{English}` is a caption whose English half is
    not Chinese text (fresh45, theses3)."""
    chap = ("\\chapter{引言}\n\\textbf{基于计数的内存加密}\n内存加密是内存保护的重要部分。\n\n"
            "\\textbf{注意}：这是正文。\n\n"
            "\\begin{figure}\n\\bisubcaptionbox{轴承的压力分布云图}%\n{Pressure contour of bearing}%\n"
            "[6cm]{\\includegraphics{a.jpg}}\n\\end{figure}\n")
    doc = read_latex(_write(tmp_path, {"main.tex": MAIN.replace("\\input{missing}\n", ""), "chap1.tex": chap}))
    body = [(b.role.value, b.text.text) for b in doc.blocks if b.role in (Role.PARAGRAPH, Role.CAPTION)]
    assert body == [("paragraph", "基于计数的内存加密"), ("paragraph", "内存加密是内存保护的重要部分。"),
                    ("paragraph", "注意：这是正文。"), ("caption", "轴承的压力分布云图")]


def test_ucasthesis_upper_case_macros_are_the_english_front_matter(tmp_path: Path) -> None:
    # ucasthesis writes the English title, author and keywords as \TITLE, \AUTHOR, \KEYWORDS: unknown, they took no
    # argument, so the English keywords were read as nothing and the Chinese keywords reported as untranslated.
    main = _write(tmp_path, {"main.tex": r"""\documentclass{ucasthesis}
\title{融合图片信息的机器翻译}\TITLE{Machine Translation with Images}
\author{黄}\AUTHOR{Huang}
\begin{document}
\chapter*{摘要}
本文研究机器翻译。
\keywords{机器翻译，跨模态}
\chapter*{Abstract}
We study machine translation.
\KEYWORDS{machine translation, cross-modal}
\end{document}
"""})
    got = [(b.role.value, b.lang, b.text.text) for b in read_latex(main).blocks if b.role.value != "abstract"]
    assert ("title", "en", "Machine Translation with Images") in got
    assert ("authors", "en", "Huang") in got
    assert ("keywords", "en", "machine translation, cross-modal") in got


def test_hithesis_setup_keys_are_the_front_matter(tmp_path: Path) -> None:
    # hithesis declares the titles, authors and keywords as keys of \hitsetup{…}: unknown, the macro took no argument
    # and its braces were read as prose, so no title or keywords pair was found.
    main = _write(tmp_path, {"main.tex": r"""\documentclass{hithesis}
\hitsetup{
  ctitlecover={非线性系统\\控制方法研究},
  ctitle={非线性系统控制方法研究},
  cauthor={佘},
  csupervisor={郑},
  etitle={Research on Control Methods for Nonlinear Systems},
  eauthor={She},
  ckeywords={预设阻尼比, 滑模控制},
  ekeywords={Predefined damping ratio, Sliding-mode control},
}
\begin{document}
\begin{cabstract}
本文研究非线性系统。
\end{cabstract}
\begin{eabstract}
This thesis studies nonlinear systems.
\end{eabstract}
\end{document}
"""})
    got = [(b.role.value, b.lang, b.text.text) for b in read_latex(main).blocks if b.role.value != "abstract"]
    assert got == [("title", "zh", "非线性系统控制方法研究"), ("authors", "zh", "佘"),
                   ("title", "en", "Research on Control Methods for Nonlinear Systems"), ("authors", "en", "She"),
                   ("keywords", "zh", "预设阻尼比， 滑模控制"),
                   ("keywords", "en", "Predefined damping ratio, Sliding-mode control")]


def test_zjuthesis_title_class_options_are_the_title_pair(tmp_path: Path) -> None:
    # zjuthesis takes the titles as class options (Title = …, TitleEng = …) and a cover copy broken into lines
    # (\titletwolines{…}{…}), which is not the title again; the other options (names, dates) are no front matter.
    main = _write(tmp_path, {"main.tex": r"""\documentclass[
    StudentName     = 潘哲,
    Degree          = graduate,        % 'undergraduate' or 'graduate'
    Title           = 面向大规模二分图的极大二分团枚举方法研究,
    TitleEng        = Research on Maximal Biclique Enumeration in Large Bipartite Graphs
]{zjuthesis}
\titletwolines{面向大规模二分图的极}{大二分团枚举方法研究}
\titleengtwolines{Research on Maximal Biclique}{Enumeration in Large Bipartite Graphs}
\begin{document}
\chapter*{摘要}
本文研究二分图。
\chapter*{Abstract}
This thesis studies bipartite graphs.
\end{document}
"""})
    got = [(b.role.value, b.lang, b.text.text) for b in read_latex(main).blocks if b.role.value != "abstract"]
    assert got == [("title", "zh", "面向大规模二分图的极大二分团枚举方法研究"),
                   ("title", "en", "Research on Maximal Biclique Enumeration in Large Bipartite Graphs")]


def test_footnotetext_is_a_footnote_as_footnote_is(tmp_path: Path) -> None:
    """`\\footnotemark[1]\\footnotetext[1]{…}` is read as `\\footnote{…}` is, not as prose of the paragraph: its
    optional number stood between the command and its text (theses4: a standard's English title in a footnote was
    reported as English left in the Chinese)."""
    chap = ("\\chapter{分析}\n本文根据标准ISO/IEC 25010\\footnotemark[1]\\footnotetext[1]{\\href{https://www.iso.org/x}"
            "{ISO/IEC 25010:2011 System and software quality models}}归纳质量属性。\n\n"
            "详见脚注\\footnote{标准的中文页面}。另见\\footnotetext{另一条脚注}。\n")
    main = "\\documentclass{ctexbook}\n\\begin{document}\n\\input{chap1}\n\\end{document}\n"
    doc = read_latex(_write(tmp_path, {"main.tex": main, "chap1.tex": chap}))
    prose = [b.text.text for b in doc.blocks]
    assert prose == ["分析", "本文根据标准ISO/IEC 25010归纳质量属性。", "详见脚注。另见。"]


HUST_MAIN = r"""\documentclass{hustthesis}
\title{边缘计算的\\优化机制}{Optimization Mechanisms for \protect{\\} Edge Computing}
\author{张三}{San Zhang}
\major{计算机系统结构}{Computer Architecture}
\zhabstract{
% 注释不是正文
本文研究边缘计算。

第二段讨论通信。
}
\enabstract{
We study edge computing.

The second paragraph discusses communication.
}
\zhkeywords{边缘计算，群智感知}
\enkeywords{edge computing, crowdsensing}
\begin{document}
\makeabstract
\mainmatter
\chapter{引言}
正文。
\end{document}
"""


def test_abstracts_given_as_commands_and_two_argument_titles(tmp_path: Path) -> None:
    # The HUST template (hustthesis.cls: \long\def\zhabstract#1{…}, \DeclareDocumentCommand\title{m g}) gives its
    # abstracts as commands before \begin{document} and its title and author as {中文}{English}: the abstracts were
    # skipped (only environments were abstracts) and the English title and author were dropped (the last argument
    # of a one-argument macro was read, the second brace group was not its argument).
    got = [(b.role.value, b.lang, b.text.text) for b in read_latex(_write(tmp_path, {"main.tex": HUST_MAIN})).blocks]
    assert got == [
        ("title", "zh", "边缘计算的优化机制"), ("title", "en", "Optimization Mechanisms for Edge Computing"),
        ("authors", "zh", "张三"), ("authors", "en", "San Zhang"),
        ("abstract", "zh", "本文研究边缘计算。\n第二段讨论通信。"),
        ("abstract", "en", "We study edge computing.\nThe second paragraph discusses communication."),
        ("keywords", "zh", "边缘计算，群智感知"), ("keywords", "en", "edge computing, crowdsensing"),
        ("heading", "zh", "引言"), ("paragraph", "zh", "正文。"),
    ]


def test_two_argument_abstract_and_keywords_commands(tmp_path: Path) -> None:
    # hustthesis also defines \abstract{中文}{English} and \keywords{中文}{English} (the second argument optional).
    main = _write(tmp_path, {"main.tex": r"""\documentclass{hustthesis}
\abstract{本文研究去噪。}{We study denoising.}
\keywords{去噪，图像}{denoising, image}
\begin{document}
\end{document}
"""})
    got = [(b.role.value, b.lang, b.text.text) for b in read_latex(main).blocks]
    assert got == [("abstract", "zh", "本文研究去噪。"), ("abstract", "en", "We study denoising."),
                   ("keywords", "zh", "去噪，图像"), ("keywords", "en", "denoising, image")]


def _abstracts(main: str) -> list[tuple[str, str]]:
    return [(b.lang, b.text.text) for b in read_latex(main).blocks if b.role is Role.ABSTRACT]


def test_a_heading_command_named_like_an_abstract_is_the_heading(tmp_path: Path) -> None:
    # review49b Q1: \zhabstract defined (in the thesis or its class) to typeset its argument as a heading was read as
    # the abstract command: the abstract became "摘 要" and the paragraph under it was lost.
    body = ("\\begin{document}\n\\zhabstract{摘\\quad 要}\n本文提出一种新的检索方法，召回率提高了4.2\\%。\n\n"
            "\\enabstract{Abstract}\nThis paper proposes a new retrieval method whose recall improves by 2.4\\%.\n\n"
            "\\chapter{引言}\n检索是基本问题。\n\\end{document}\n")
    defs = "\\newcommand{\\zhabstract}[1]{\\chapter*{#1}}\n\\newcommand{\\enabstract}[1]{\\chapter*{#1}}\n"
    want = [("zh", "本文提出一种新的检索方法，召回率提高了4.2%。"),
            ("en", "This paper proposes a new retrieval method whose recall improves by 2.4%.")]
    (tmp_path / "own").mkdir()
    assert _abstracts(_write(tmp_path / "own", {"main.tex": "\\documentclass{ctexbook}\n" + defs + body})) == want
    (tmp_path / "cls").mkdir()
    main = _write(tmp_path / "cls", {"main.tex": "\\documentclass{ourthesis}\n" + body,
                                    "ourthesis.cls": "\\LoadClass{ctexbook}\n" + defs})
    assert _abstracts(main) == want


def test_an_abstract_command_whose_heading_is_fixed_takes_its_text(tmp_path: Path) -> None:
    # review49b Q1: a command that prints its own heading and then its argument (\section*{摘要}#1) still takes the
    # abstract as its argument.
    main = _write(tmp_path, {"main.tex": r"""\documentclass{ctexart}
\newcommand{\zhabstract}[2]{\section*{摘要}#1\par\textbf{关键词：}#2}
\begin{document}
\zhabstract{本文提出一种检索方法。}{检索}
\end{document}
"""})
    assert _abstracts(main) == [("zh", "本文提出一种检索方法。")]


def test_an_abstract_command_given_its_title_and_text_reads_the_text(tmp_path: Path) -> None:
    # A group that is only an abstract's heading (\abstract{摘要}{本文…}) is the page's title, not a Chinese abstract
    # followed by its English one (the text became an "English abstract written in Chinese").
    main = _write(tmp_path, {"main.tex": r"""\documentclass{ctexart}
\begin{document}
\abstract{摘要}{本文提出一种检索方法。}
\abstract{Abstract}{This paper proposes a retrieval method.}
\end{document}
"""})
    assert _abstracts(main) == [("zh", "本文提出一种检索方法。"), ("en", "This paper proposes a retrieval method.")]


def test_a_one_argument_abstract_before_a_label_group_is_read_by_its_script(tmp_path: Path) -> None:
    # review49b Q2: \abstract{English} followed by {\bfseries Keywords:} was taken as the pair {中文}{English} by
    # position: the English abstract was read as Chinese and the label as the English abstract.
    main = _write(tmp_path, {"main.tex": r"""\documentclass{ctexart}
\begin{document}
\abstract{本文提出一种检索方法。}
{\bfseries 关键词：}检索

\abstract{This paper proposes a retrieval method.}
{\bfseries Keywords:} retrieval

\section{引言}
检索是基本问题。
\end{document}
"""})
    assert _abstracts(main) == [("zh", "本文提出一种检索方法。"), ("en", "This paper proposes a retrieval method.")]


def test_a_tabularray_tables_spec_is_no_text_of_the_table(tmp_path: Path) -> None:
    """`\\begin{tblr}{colspec={lcc}, colsep=2pt}` and `\\SetCell[c=3]{c}`: tabularray's specs are arguments, their
    `c` and `2pt` no words of the table (they were read as English left in the Chinese); the cells stay text."""
    path = tmp_path / "thesis.tex"
    path.write_text("\\documentclass{ctexbook}\n\\begin{document}\n\\chapter{实验}\n\n实验结果如表所示。\n\n"
                    "\\begin{table}\n\\caption{不同模型的性能对比。}\n"
                    "\\begin{tblr}{\n  colspec={lcc},\n  colsep=2pt,\n}\n模型 & 准确率 & 召回率 \\\\\n"
                    "\\SetCell[c=3]{c}\\textbf{有监督方法} & & \\\\\n基线 & 45.2 & 58.8 \\\\\n"
                    "\\end{tblr}\n\\end{table}\n\\end{document}\n", encoding="utf-8")
    texts = [b.text.text for b in read_latex(str(path)).blocks]
    assert texts[-1] == "模型 准确率 召回率有监督方法基线 45.2 58.8"


def test_xjtuthesis_typed_keywords_macros_give_the_keywords_not_the_thesis_type(tmp_path: Path) -> None:
    # xjtuthesis writes \englishkeywordstype{keywords}{type}: unknown, its arguments were read as the abstract's last
    # words ("… Application Fundamentals"), a false truncated abstract, and no keywords pair was found
    main = _write(tmp_path, {"main.tex": r"""\documentclass{xjtuthesis}
\begin{document}
\begin{abstract}
本文研究视频摘要。
\chinesekeywordstype{视频摘要；免训练}{b. 应用基础 (Application Fundamentals)}
\end{abstract}
\begin{englishabstract}
We study video summarization.
\englishkeywordstype{Video summarization; Training-free}{Application Fundamentals}
\end{englishabstract}
\end{document}
"""})
    got = [(b.role.value, b.lang, b.text.text) for b in read_latex(main).blocks]
    assert ("keywords", "zh", "视频摘要；免训练") in got
    assert ("keywords", "en", "Video summarization; Training-free") in got
    assert not any("Application Fundamentals" in text or "应用基础" in text for _r, _l, text in got)


@pytest.mark.parametrize(("zh_env", "en_env", "zh_kw", "en_kw"), [
    ("abstract", "engabstract", "keywordslist", "engkeywordslist"),  # nwputhesis (Northwestern Polytechnical)
    ("abstract", "abstractEn", "keywords", "keywordsen"),
    ("abstractcn", "abstractEN", "keywords", "keywordsEN"),
    ("ChineseAbstract", "EnglishAbstract", "chinesekeyword", "englishkeyword"),
    ("abstract", "englishabstract", "keywords", "EnglishKeywords"),
])
def test_thesis_templates_english_abstract_and_keyword_names_are_front_matter(
        tmp_path: Path, zh_env: str, en_env: str, zh_kw: str, en_kw: str) -> None:
    # nwputhesis writes \begin{engabstract} and \keywordslist / \engkeywordslist: unknown, the English abstract was
    # read as body prose and nothing was paired; other templates name them abstractEn, abstractEN, EnglishAbstract,
    # keywordsen, keywordsEN, englishkeyword, EnglishKeywords
    main = _write(tmp_path, {"main.tex": f"""\\documentclass{{ctexbook}}
\\begin{{document}}
\\begin{{{zh_env}}}
本文研究无人机编队控制。
\\{zh_kw}{{编队控制；无人机}}
\\end{{{zh_env}}}
\\begin{{{en_env}}}
This thesis studies UAV formation control.
\\{en_kw}{{formation control; UAV}}
\\end{{{en_env}}}
\\chapter{{绪论}}
正文。
\\end{{document}}
"""})
    got = [(b.role.value, b.lang, b.text.text) for b in read_latex(main).blocks]
    assert ("abstract", "zh", "本文研究无人机编队控制。") in got
    assert ("abstract", "en", "This thesis studies UAV formation control.") in got
    assert ("keywords", "zh", "编队控制；无人机") in got
    assert ("keywords", "en", "formation control; UAV") in got


@pytest.mark.parametrize(("zh_env", "en_env", "zh_kw", "en_kw"), [
    ("abstract", "engabstract", "keywords", "engkeywords"),  # a nwpu-style template: keywords as environments
    ("abstract", "enabstract", "keywords", "enkeywords"),
    ("abstract", "abstractEN", "keywords", "keywordsEN"),
    ("abstract", "abstracten", "keywords", "keywordsen"),
])
def test_keywords_written_as_environments_are_the_keywords_not_abstract_prose(
        tmp_path: Path, zh_env: str, en_env: str, zh_kw: str, en_kw: str) -> None:
    # templates that write the keywords as environments (\begin{keywords}…\end{keywords}, engkeywords, enkeywords,
    # keywordsEN): the keywords were read as the abstract's last paragraph, no keywords pair was found
    main = _write(tmp_path, {"main.tex": f"""\\documentclass{{ctexbook}}
\\begin{{document}}
\\begin{{{zh_env}}}
本文研究无人机编队控制。
\\begin{{{zh_kw}}}
编队控制；无人机
\\end{{{zh_kw}}}
\\end{{{zh_env}}}
\\begin{{{en_env}}}
This thesis studies UAV formation control.
\\begin{{{en_kw}}}
formation control; UAV
\\end{{{en_kw}}}
\\end{{{en_env}}}
\\chapter{{绪论}}
正文。
\\end{{document}}
"""})
    got = [(b.role.value, b.lang, b.text.text) for b in read_latex(main).blocks]
    assert ("abstract", "zh", "本文研究无人机编队控制。") in got
    assert ("abstract", "en", "This thesis studies UAV formation control.") in got
    assert ("keywords", "zh", "编队控制；无人机") in got
    assert ("keywords", "en", "formation control; UAV") in got


def test_keywords_environments_after_their_abstracts_are_read_in_their_language(tmp_path: Path) -> None:
    # the same environments written after the abstract pages (outside them): \begin{keywords} takes the language of
    # its text, \begin{enkeywords} is English whatever it holds
    main = _write(tmp_path, {"main.tex": r"""\documentclass{ctexbook}
\begin{document}
\begin{abstract}
中文摘要。
\end{abstract}
\begin{keywords}
关键词一；关键词二
\end{keywords}
\begin{enabstract}
An English abstract.
\end{enabstract}
\begin{enkeywords}
keyword one; keyword two
\end{enkeywords}
\chapter{绪论}
正文。
\end{document}
"""})
    got = [(b.role.value, b.lang, b.text.text) for b in read_latex(main).blocks]
    assert ("keywords", "zh", "关键词一；关键词二") in got
    assert ("keywords", "en", "keyword one; keyword two") in got
    assert not any(role == "body" and "关键词一" in text for role, _l, text in got)


def _brace_conditional_thesis(tmp_path: Path, options: str) -> str:
    # nwputhesis: \NewDocumentCommand{\ifbachelor}{mm}{…}, the class option `degree = bachelor` chooses the branch
    return _write(tmp_path, {
        "main.tex": f"\\documentclass[{options}]{{nwpu}}\n\\begin{{document}}\n"
                    "\\ifbachelor{\\input{under}}{\\input{grad}}\n"
                    "\\ifblindreview{}{\\input{thanks}}\n\\end{document}\n",
        "nwpu.cls": "\\NewDocumentCommand{\\ifbachelor}{mm}{\\nwpu_if_bachelor:TF{#1}{#2}}\n",
        "under.tex": "\\chapter{本科绪论}\n本科论文的正文。\n",
        "grad.tex": "\\chapter{研究生绪论}\n研究生论文的正文。\n",
        "thanks.tex": "\\chapter{设计总结}\n感谢导师。\n",
    })


def test_a_brace_conditional_reads_the_branch_the_class_options_choose(tmp_path: Path) -> None:
    # \ifbachelor{A}{B} was read as an unknown command whose first argument is dropped: the bachelor's thesis body
    # (A) was never read, the graduate example (B) was
    doc = read_latex(_brace_conditional_thesis(tmp_path, "degree = bachelor, blindreview = false"))
    text = " ".join(b.text.text for b in doc.blocks)
    assert "本科论文的正文。" in text and "研究生" not in text
    assert "感谢导师。" in text  # blindreview = false: the second branch
    assert not any("ifbachelor" in n for n in doc.notes)


def test_a_brace_conditional_the_options_do_not_decide_reads_the_first_branch_with_a_note(tmp_path: Path) -> None:
    doc = read_latex(_brace_conditional_thesis(tmp_path, "fontset = local"))
    text = " ".join(b.text.text for b in doc.blocks)
    assert "本科论文的正文。" in text and "研究生" not in text
    assert any("\\ifbachelor" in n and "first" in n for n in doc.notes)


def test_a_brace_conditional_whose_option_is_not_its_name_reads_the_second_branch(tmp_path: Path) -> None:
    doc = read_latex(_brace_conditional_thesis(tmp_path, "degree = master, blindreview = true"))
    text = " ".join(b.text.text for b in doc.blocks)
    assert "研究生论文的正文。" in text and "本科" not in text
    assert "感谢导师" not in text


def test_a_two_argument_conditional_whose_first_group_is_a_name_is_a_test_and_its_code(tmp_path: Path) -> None:
    # zjuthesis: \ifbooltrue{ListOfTables}{…} is a test's name and the code it runs, not two branches (read as before:
    # the code; the name is no prose and no note is due)
    main = _write(tmp_path, {"main.tex": "\\documentclass{ctexbook}\n\\begin{document}\n"
                                         "\\ifbooltrue{ListOfAbbreviations}\n{\n    \\input{abbr}\n}\n"
                                         "\\end{document}\n",
                             "abbr.tex": "\\chapter{缩略词表}\n本文使用的缩略词如下。\n"})
    doc = read_latex(main)
    text = " ".join(b.text.text for b in doc.blocks)
    assert "本文使用的缩略词如下。" in text and "ListOfAbbreviations" not in text
    assert not any("ifbooltrue" in n for n in doc.notes)


NOINDENT_ABSTRACT = r"""\documentclass{ctexart}
\begin{document}
\section*{摘~要}
本文研究奖励重塑方法。实验表明该方法有效。

\vspace{1em}\noindent
{\zihao{-3}\hei 关键词：}
{\zihao{-4}\song 强化学习，奖励重塑}
\clearpage

\section*{ABSTRACT}
This thesis studies reward shaping. Experiments show that the method works.

\vspace{1em}\noindent
{\zihao{-3}\hei KEYWORDS:}
{\zihao{-4}\rmfamily Reinforcement Learning, Reward Shaping}
\clearpage

\section{引言}
\noindent{\textbf{混合搜索空间}}。本节介绍搜索空间。
\end{document}
"""


def test_a_group_after_noindent_is_printed_text_not_an_argument(tmp_path: Path) -> None:
    """`\\noindent` takes no argument: the group after it is text. The keywords label in it was dropped and the
    keywords read as the abstract's last sentence (a truncated-abstract false alarm); a run-in heading in it was
    lost from the body."""
    blocks = read_latex(_write(tmp_path, {"main.tex": NOINDENT_ABSTRACT})).blocks
    got = [(b.role, b.lang, b.text.text) for b in blocks]
    assert got[:4] == [
        (Role.ABSTRACT, "zh", "本文研究奖励重塑方法。实验表明该方法有效。"),
        (Role.KEYWORDS, "zh", "强化学习，奖励重塑"),
        (Role.ABSTRACT, "en", "This thesis studies reward shaping. Experiments show that the method works."),
        (Role.KEYWORDS, "en", "Reinforcement Learning, Reward Shaping"),
    ]
    assert got[-1] == (Role.PARAGRAPH, "zh", "混合搜索空间。本节介绍搜索空间。")


def test_a_group_after_an_unknown_command_is_still_its_argument(tmp_path: Path) -> None:
    text = NOINDENT_ABSTRACT.replace(r"\noindent{\textbf{混合搜索空间}}", r"\mycolor{红色}")
    blocks = read_latex(_write(tmp_path, {"main.tex": text})).blocks
    assert blocks[-1].text.text == "。本节介绍搜索空间。"


def test_a_cases_package_display_is_math_not_prose(tmp_path: Path) -> None:
    """The cases package's `numcases`/`subnumcases` are numbered displays: their `, &$\\alpha=1$` was read as a
    sentence's half-width comma. A sentence after the display is still prose."""
    main = _write(tmp_path, {"main.tex": "\\documentclass{ctexbook}\n\\begin{document}\n\\chapter{模型}\n"
                             "丢包率定义为\n\\begin{numcases}{p=}\n0, & $\\alpha=1$ \\\\\n1, & 其他\n\\end{numcases}\n"
                             "\\begin{subnumcases}{q=}\n2, & $\\beta=0$\n\\end{subnumcases}\n其中,参数由实验确定。\n"
                             "\\end{document}\n"})
    body = " ".join(b.text.text for b in read_latex(main).blocks if b.role is Role.PARAGRAPH)
    assert "alpha" not in body and "其他" not in body and "β" not in body
    assert "其中,参数由实验确定。" in body  # the half-width comma of the prose is still there to report

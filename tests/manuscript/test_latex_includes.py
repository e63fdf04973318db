"""Which LaTeX files of a run a main file among them already reads."""
from __future__ import annotations

import os
from pathlib import Path

from zhen_qa.manuscript.latex_includes import read_by_mains, taken_branches


def _write(root: Path, files: dict[str, str]) -> list[str]:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return [str(root / name) for name in files]


def test_chapters_a_main_file_reads_are_found(tmp_path: Path) -> None:
    files = _write(tmp_path, {
        "main.tex": "\\documentclass{ctexbook}\n\\input{setup}\n\\begin{document}\n\\include{data/chap01}\n"
                    "\\input{data/chap02.tex}\n% \\input{data/chap03}\n\\import{data/}{chap04}\n"
                    "\\includegraphics{data/fig}\n\\end{document}\n",
        "setup.tex": "\\newcommand{\\sys}{本系统}\n",
        "data/chap01.tex": "\\chapter{引言}\n\\input{data/part}\n",  # inputs are relative to the main file
        "data/part.tex": "分泌组。\n",
        "data/chap02.tex": "\\chapter{方法}\n",
        "data/chap03.tex": "\\chapter{旧章}\n",  # commented out in main: checked alone
        "data/chap04.tex": "\\chapter{结论}\n",
        "data/fig.tex": "不是输入。\n",
        "spine.tex": "\\documentclass{article}\n\\input{setup}\n",  # a main file of its own
    })
    read = read_by_mains(files)
    assert sorted(Path(f).relative_to(tmp_path).as_posix() for f in read) == [
        "data/chap01.tex", "data/chap02.tex", "data/chap04.tex", "data/part.tex", "setup.tex"]


def test_without_a_main_file_or_alone_nothing_is_left_out(tmp_path: Path) -> None:
    files = _write(tmp_path, {"chap01.tex": "\\input{chap02}\n", "chap02.tex": "第二章。\n"})
    assert read_by_mains(files) == set()  # no \\documentclass: nothing is a main file
    main = _write(tmp_path, {"main.tex": "\\documentclass{article}\n\\input{chap01}\n"})
    assert read_by_mains(main) == set()
    outside = _write(tmp_path / "sub", {"main.tex": "\\documentclass{article}\n\\input{../chap01}\n"})
    assert read_by_mains([*outside, *files]) == set()  # outside the main file's folder: the reader does not follow


def test_files_too_deep_for_the_reader_are_not_left_out(tmp_path: Path) -> None:
    # main -> c1 -> … -> c12: the reader follows 11 levels below the main file (MAX_DEPTH 12, main counted), so c12
    # is not checked inside main.tex and must be checked alone
    files = {"main.tex": "\\documentclass{ctexbook}\n\\input{c1}\n"}
    files.update({f"c{k}.tex": f"第{k}层。\n\\input{{c{k + 1}}}\n" for k in range(1, 12)})
    files["c12.tex"] = "最深一层。\n"
    read = read_by_mains(_write(tmp_path, files))
    assert {Path(f).name for f in read} == {f"c{k}.tex" for k in range(1, 12)}


def test_a_chapter_only_in_a_branch_the_reader_skips_is_checked_alone(tmp_path: Path) -> None:
    # the reader reads a conditional's first branch (\iffalse: its \else): a chapter named only in another branch
    # is not read through the main file, so leaving it out of the run would check it nowhere
    files = _write(tmp_path, {
        "main.tex": "\\documentclass{ctexbook}\n\\newif\\ifbachelor\n\\ifbachelor\n  \\include{bachelor}\n"
                    "\\else\n  \\include{master}\n\\fi\n\\iffalse\n\\input{old}\n\\else\n\\input{new}\n\\fi\n"
                    "\\ifdef{\\foo}{\\input{both}}{}\n\\ifnum1>0 \\input{num}\\or\\input{numor}\\fi\n",
        **{f"{n}.tex": f"第{n}章。\n" for n in ("bachelor", "master", "old", "new", "both", "num", "numor")},
    })
    read = read_by_mains(files)
    assert sorted(Path(f).stem for f in read) == ["bachelor", "both", "new", "num"]


def test_branches_the_reader_skips_are_blanked_at_their_places() -> None:
    text = "甲\\iffalse 乙\\else 丙\\fi 丁{\\ifx\\x\\y 戊\\else 己} 庚"
    kept = taken_branches(text)
    assert len(kept) == len(text)
    assert [w for w in "甲乙丙丁戊己庚" if w in kept] == ["甲", "丙", "丁", "戊", "庚"]  # \ifx ends with its group


def test_abstract_files_named_by_setup_keys_or_read_by_the_class_are_read_by_the_main_file(tmp_path: Path) -> None:
    """whu-thesis: `element = {abstract = {pages/abstract}}`, or a class that inputs `pages/enabstract.tex` itself;
    checked alone as well, each abstract would give its findings twice."""
    files = _write(tmp_path, {
        "a/main.tex": "\\documentclass{whu-thesis}\n\\whusetup{element = {abstract = {pages/abstract}, "
                      "bibliography = {ref/refs}}}\n\\begin{document}\n\\include{pages/chapter1}\n\\end{document}\n",
        "a/pages/abstract.tex": "本文研究螺旋桨。\n",
        "a/pages/chapter1.tex": "\\chapter{绪论}\n",
        "a/pages/appendix.tex": "附录。\n",
        "b/main.tex": "\\documentclass{whu-thesis}\n\\begin{document}\n\\end{document}\n",
        "b/whu-thesis.cls": "\\file_if_exist:nT { pages/enabstract.tex } { \\file_input:n { pages/enabstract.tex } }\n",
        "b/pages/enabstract.tex": "This thesis studies propellers.\n",
    })
    read = read_by_mains([f for f in files if f.endswith(".tex")])
    assert sorted(os.path.relpath(f, tmp_path) for f in read) == [
        "a/pages/abstract.tex", "a/pages/chapter1.tex", "b/pages/enabstract.tex"]

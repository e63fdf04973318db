"""The Word review of a manuscript spread over several files (a LaTeX thesis's chapters in files of their own)."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from tests.report.test_docx_review import anchored_texts
from zhen_qa.cli import main


def _thesis(tmp_path: Path) -> Path:
    """A main file that only inputs its chapters, a chapter with a doubled 的, one without a finding and one with."""
    (tmp_path / "data").mkdir()
    main_tex = tmp_path / "main.tex"
    main_tex.write_text("% !TeX encoding = UTF-8\n\\documentclass{ctexbook}\n\\begin{document}\n"
                        "\\input{data/chap01}\n\\input{data/chap02}\n\\input{data/chap03}\n\\end{document}\n",
                        encoding="utf-8")
    (tmp_path / "data" / "chap01.tex").write_text(
        "\\chapter{引言}\n\n分泌组含有多种生长因子。\n\n我们研究了分泌组的的组成。\n", encoding="utf-8")
    (tmp_path / "data" / "chap02.tex").write_text("\\chapter{方法}\n\n我们收集了细胞培养液。\n", encoding="utf-8")
    (tmp_path / "data" / "chap03.tex").write_text("\\chapter{结论}\n\n分泌组很有前景前景。\n", encoding="utf-8")
    return main_tex


def _review(tmp_path: Path) -> Path:
    out = tmp_path / "reviewed.docx"
    result = CliRunner().invoke(main, ["check", str(_thesis(tmp_path)), "--select", "repeated-char",
                                       "--format", "docx", "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 1, result.output
    return out


def test_a_thesis_s_chapters_are_reviewed_under_their_file_names_with_each_comment_at_its_place(
        tmp_path: Path) -> None:
    """The review was a copy of main.tex alone, so every chapter's finding was a comment on its first line
    (`% !TeX encoding = UTF-8`): a real thesis's 12 comments all there. Now every file of the thesis with a finding
    follows a heading that names it, one paragraph a line, each comment on the characters it points at; the files
    without one are named, not shown (a thesis's settings and cover files were most of its 94 pages)."""
    out = _review(tmp_path)
    paragraphs = [(p.style.name, p.text) for p in docx.Document(str(out)).paragraphs]
    assert paragraphs[0] == ("Normal", "Files read without findings, not shown: main.tex, data/chap02.tex.")
    assert [text for style, text in paragraphs if style == "Heading 1"] == ["data/chap01.tex", "data/chap03.tex"]
    chapter = paragraphs.index(("Heading 1", "data/chap01.tex"))
    assert paragraphs[chapter + 5] == ("Normal", "我们研究了分泌组的的组成。")  # line 5 of the chapter
    assert list(anchored_texts(out).values()) == ["的的", "前景前景"]
    comment = next(iter(docx.Document(str(out)).comments))
    assert comment.text.splitlines()[-1] == f"Found in {tmp_path / 'data' / 'chap01.tex'}, line 5, column 9."


def test_a_single_file_manuscript_is_still_its_own_lines(tmp_path: Path) -> None:
    """One file: paragraph N is line N, no heading."""
    paper = tmp_path / "paper.txt"
    paper.write_text("分泌组含有多种生长因子。\n我们研究了分泌组的的组成。\n", encoding="utf-8")
    out = tmp_path / "reviewed.docx"
    CliRunner().invoke(main, ["check", str(paper), "--select", "repeated-char", "-o", str(out)],
                       catch_exceptions=False)
    shown = [p.text for p in docx.Document(str(out)).paragraphs]
    assert shown[:2] == ["分泌组含有多种生长因子。", "我们研究了分泌组的的组成。"]
    assert list(anchored_texts(out).values()) == ["的的"]


@pytest.mark.slow
def test_libreoffice_reads_the_thesis_review_in_file_order(tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice is needed in CI (.ci/run installs libreoffice-writer-nogui)")
        pytest.skip("LibreOffice is not installed")
    out = _review(tmp_path)
    done = subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to",
                           "txt:Text (encoded):UTF8", "--outdir", str(tmp_path), str(out)],
                          capture_output=True, text=True, timeout=180)
    text = (tmp_path / "reviewed.txt").read_text(encoding="utf-8-sig")
    assert done.returncode == 0, done.stderr
    lines = [line for line in text.splitlines() if line]
    assert lines.index("data/chap01.tex") < lines.index("我们研究了分泌组的的组成。") < lines.index("data/chap03.tex")

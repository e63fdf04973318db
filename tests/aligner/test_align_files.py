"""`align` of two files: each read by its form, Markdown and LaTeX markup never aligned as prose."""
from __future__ import annotations

from pathlib import Path

import pytest

from zhen_qa.aligner.align_files import align_files
from zhen_qa.manuscript.errors import InputError


def _texts(zh: Path, en: Path) -> list[tuple[str, str]]:
    pair = align_files(str(zh), str(en)).pair
    return [(" ".join(pair.zh[i].text.text for i in b.zh), " ".join(pair.en[j].text.text for j in b.en))
            for b in pair.beads]


def test_markdown_and_latex_are_aligned_without_their_markup(tmp_path: Path) -> None:
    zh, en = tmp_path / "zh.md", tmp_path / "en.md"
    zh.write_text("# 标题\n\n```\ncode line\n```\n\n分泌组含有[生长因子](http://x.org/a)。\n", encoding="utf-8")
    en.write_text("# Title\n\nThe secretome contains [growth factors](http://x.org/a).\n", encoding="utf-8")
    assert _texts(zh, en) == [("标题", "Title"), ("分泌组含有生长因子。", "The secretome contains growth factors.")]
    zt, et = tmp_path / "zh.tex", tmp_path / "en.tex"
    zt.write_text("\\documentclass{ctexart}\n\\begin{document}\n\\section{引言}\n分泌组很重要\\cite{a}。\n"
                  "\\end{document}\n", encoding="utf-8")
    et.write_text("\\documentclass{article}\n\\begin{document}\n\\section{Introduction}\nThe secretome matters "
                  "\\cite{a}.\n\\end{document}\n", encoding="utf-8")
    assert _texts(zt, et) == [("引言", "Introduction"), ("分泌组很重要[1]。", "The secretome matters [1].")]


def test_a_cat_file_is_refused_its_units_are_aligned_already(tmp_path: Path) -> None:
    xlf, en = tmp_path / "a.xlf", tmp_path / "en.txt"
    xlf.write_text("<xliff version='1.2'/>\n", encoding="utf-8")
    en.write_text("Text.\n", encoding="utf-8")
    with pytest.raises(InputError, match="units are aligned already"):
        align_files(str(xlf), str(en))


def test_each_file_is_read_once_and_an_empty_one_noted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The empty-file note comes from the one reading that segments the file (it read both files again)."""
    from zhen_qa.aligner import align_files as module

    zh, en = tmp_path / "zh.txt", tmp_path / "en.txt"
    zh.write_text("分泌组促进伤口愈合。\n", encoding="utf-8")
    en.write_text("  \n", encoding="utf-8")
    reads: list[str] = []
    real = module.read_source
    monkeypatch.setattr(module, "read_source", lambda p: reads.append(p) or real(p))
    result = module.align_files(str(zh), str(en))
    assert reads == [str(zh), str(en)]
    assert result.notes == (f"{en}: empty file: no sentence of {zh} has a counterpart",)

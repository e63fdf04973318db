"""The eleventh theses builder's table: two whu-thesis users' bachelor's theses, the template's test document and the
book spine left out; and theses.py finding the thesis's main file beside them."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import theses11_heldout as eleventh  # noqa: E402
from theses import main_files  # noqa: E402


def test_two_theses_pinned_and_the_second_main_files_left_out() -> None:
    assert list(eleventh.THESES11) == ["Fc-idris+whu-thesis-2024", "haiyichip+whu-thesis"]
    assert all(len(commit) == 40 for commit in eleventh.THESES11.values())
    assert set(eleventh.SKIP) == set(eleventh.THESES11)
    assert eleventh.SKIP["haiyichip+whu-thesis"] == {"test/test-bibtex.tex", "spine/whu-thesis-spine.tex"}
    assert not any(path.startswith("pages/") or path.endswith("demo.tex")
                   for skipped in eleventh.SKIP.values() for path in skipped)


def test_the_demo_file_is_the_main_file_and_a_page_is_not(tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "demo.tex").write_text(
        "\\documentclass[type = bachelor]{whu-thesis}\n\\begin{document}\n\\include{pages/chapter1.tex}\n"
        "\\end{document}\n", encoding="utf-8")
    (tmp_path / "pages" / "chapter1.tex").write_text("\\whuchapter{1}{绪论}\n正文。\n", encoding="utf-8")
    assert main_files(str(tmp_path)) == ["demo.tex"]

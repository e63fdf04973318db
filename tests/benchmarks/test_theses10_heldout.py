"""The tenth theses builder's table: three nwputhesis users' bachelor's theses, the template's graduate example left
out; and theses.py finding a main file whose \\begin{document} is in the file it inputs."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import theses10_heldout as tenth  # noqa: E402
from theses import main_files  # noqa: E402


def test_three_theses_and_the_graduate_example_left_out() -> None:
    assert list(tenth.THESES10) == ["zhoushuaicheng42-del+nwputhesis", "wangqy031216-cloud+nwputhesis",
                                    "DHCAhead+nwputhesis"]
    assert all(len(commit) == 40 for commit in tenth.THESES10.values())
    for skipped in tenth.SKIP.values():
        assert {"master.tex", "phd.tex", "graduate.tex", "content/thesis/graduate/abstract.tex"} <= skipped
        assert not any("undergraduate" in path or path == "bachelor.tex" for path in skipped)


def test_a_main_file_whose_document_begins_in_an_input(tmp_path: Path) -> None:
    (tmp_path / "bachelor.tex").write_text("\\documentclass{nwputhesis}\n\\input{thesis-body}\n", encoding="utf-8")
    (tmp_path / "thesis-body.tex").write_text("\\begin{document}\n正文。\n\\end{document}\n", encoding="utf-8")
    (tmp_path / "notes.tex").write_text("\\documentclass{article}\n\\input{missing}\n", encoding="utf-8")
    (tmp_path / "spine.tex").write_text("\\documentclass{x}\n\\begin{document}\n\\end{document}\n", encoding="utf-8")
    assert main_files(str(tmp_path)) == ["bachelor.tex"]

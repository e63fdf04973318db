"""The twelfth theses builder's table: three theses of templates not read before (a Fudan bachelor's template,
TongjiThesis, seuthesis), the drafts, template example, covers and spines left out; and theses.py finding a main file
whose \\documentclass is in a preamble file it inputs."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import rebuild_sets  # noqa: E402
import theses12_heldout as twelfth  # noqa: E402
from theses import main_files  # noqa: E402


def test_three_theses_pinned_and_the_second_main_files_left_out() -> None:
    assert list(twelfth.THESES12) == ["Monthlyaway+fduthesis2022", "konichan-7+TongjiThesis",
                                      "YefanZhou+seuthesis2020"]
    assert all(len(commit) == 40 for commit in twelfth.THESES12.values())
    assert set(twelfth.SKIP) == set(twelfth.THESES12)
    assert "minev6.tex" not in twelfth.SKIP["Monthlyaway+fduthesis2022"]
    assert {"main.tex", "minev5.tex", "minev6-agent.tex"} <= twelfth.SKIP["Monthlyaway+fduthesis2022"]
    assert "main.tex" not in twelfth.SKIP["YefanZhou+seuthesis2020"]
    assert all(p.startswith("a3cover/") for p in twelfth.SKIP["YefanZhou+seuthesis2020"])


def test_the_set_is_registered_for_rebuilds_and_docs_sh() -> None:
    assert rebuild_sets.THESES12 == tuple(name.replace("+", "/") for name in twelfth.THESES12)
    assert "theses12-heldout" in rebuild_sets.docs_sets(["theses12-heldout"])
    assert "theses12-heldout-g" in rebuild_sets.glossary_runs(["theses12-heldout"])
    assert "theses12-heldout-g" not in rebuild_sets.glossary_runs([])


def test_a_main_file_whose_documentclass_is_in_an_input_preamble_is_found(tmp_path: Path) -> None:
    (tmp_path / "macro.tex").write_text("\\documentclass{ctexart}\n\\usepackage{amsmath}\n", encoding="utf-8")
    (tmp_path / "thesis.tex").write_text("\\input{macro}\n\\begin{document}\n正文。\n\\end{document}\n",
                                         encoding="utf-8")
    (tmp_path / "chapter.tex").write_text("\\section{引言}\n正文。\n", encoding="utf-8")
    assert main_files(str(tmp_path)) == ["thesis.tex"]


def test_a_preamble_alone_and_a_file_without_a_class_are_not_main_files(tmp_path: Path) -> None:
    (tmp_path / "macro.tex").write_text("\\documentclass{ctexart}\n\\usepackage{amsmath}\n", encoding="utf-8")
    (tmp_path / "body.tex").write_text("\\begin{document}\n正文。\n\\end{document}\n", encoding="utf-8")
    assert main_files(str(tmp_path)) == []

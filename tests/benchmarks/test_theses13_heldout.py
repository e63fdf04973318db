"""The thirteenth theses builder's table: two theses of templates not read before (CQUThesis, UESTCthesis), the
UESTC thesis lifted from its `mzry/` folder and the template's package test left out; and the set registered for
rebuilds and docs.sh."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import rebuild_sets  # noqa: E402
import theses13_heldout as thirteenth  # noqa: E402
from theses_heldout import lift  # noqa: E402


def test_two_theses_pinned_the_package_test_left_out_and_the_uestc_folder_lifted() -> None:
    assert list(thirteenth.THESES13) == ["Thesoul20+cquthesis", "mzry1992+UESTCthesis"]
    assert all(len(commit) == 40 for commit in thirteenth.THESES13.values())
    assert set(thirteenth.SKIP) == set(thirteenth.THESES13)
    assert thirteenth.SKIP["mzry1992+UESTCthesis"] == {"mzry/packagecheck.tex"}
    assert "mzry/thesis.tex" not in thirteenth.SKIP["mzry1992+UESTCthesis"]
    assert thirteenth.ROOTS == {"mzry1992+UESTCthesis": "mzry"}


def test_the_set_is_registered_for_rebuilds_and_docs_sh() -> None:
    assert rebuild_sets.THESES13 == tuple(name.replace("+", "/") for name in thirteenth.THESES13)
    assert "theses13-heldout" in rebuild_sets.docs_sets(["theses13-heldout"])
    assert "theses13-heldout-g" in rebuild_sets.glossary_runs(["theses13-heldout"])
    assert "theses13-heldout-g" not in rebuild_sets.glossary_runs([])


def test_lifting_the_thesis_folder_leaves_the_example_folders_below_the_top(tmp_path: Path) -> None:
    thesis = tmp_path / "owner+repo"
    (thesis / "mzry" / "chapters").mkdir(parents=True)
    (thesis / "mzry" / "thesis.tex").write_text("\\documentclass{ctexbook}\n", encoding="utf-8")
    (thesis / "mzry" / "chapters" / "intro.tex").write_text("引言。\n", encoding="utf-8")
    (thesis / "example").mkdir()
    (thesis / "example" / "thesis.tex").write_text("\\documentclass{ctexbook}\n", encoding="utf-8")
    lift(tmp_path, {"owner+repo": "mzry"})
    assert sorted(p.name for p in thesis.iterdir()) == ["chapters", "example", "thesis.tex"]
    assert (thesis / "example" / "thesis.tex").is_file()

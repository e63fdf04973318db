"""The theses builders' layout step (`theses_heldout.lift`, used by theses4, theses6 and theses7): a thesis kept in a
subfolder of its repository is lifted to the top, so theses.py finds its main file."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import theses4_heldout as fourth  # noqa: E402
import theses_heldout  # noqa: E402


def test_lift_moves_the_thesis_folder_up_and_leaves_others(tmp_path: Path) -> None:
    inner = tmp_path / "o+t" / "thesis"
    (inner / "chapters").mkdir(parents=True)
    (inner / "main.tex").write_text("\\documentclass{x}\\begin{document}\\end{document}", encoding="utf-8")
    (inner / "chapters" / "abstract.tex").write_text("摘要", encoding="utf-8")
    (tmp_path / "o+u").mkdir()
    (tmp_path / "o+u" / "main.tex").write_text("kept", encoding="utf-8")
    theses_heldout.lift(tmp_path, {"o+t": "thesis", "o+u": "absent"})
    assert (tmp_path / "o+t" / "main.tex").is_file() and (tmp_path / "o+t" / "chapters" / "abstract.tex").is_file()
    assert not inner.exists() and (tmp_path / "o+u" / "main.tex").read_text(encoding="utf-8") == "kept"


def test_the_templates_user_guides_are_left_out() -> None:
    assert fourth.SKIP["zhaozp15+ustcthesis"] == {"ustcthesis-doc.tex"}
    assert fourth.SKIP["qc-1+ustcthesis"] == {"ustcthesis/ustcthesis-doc.tex"}
    assert set(fourth.ROOT) <= set(fourth.THESES4)

"""The eighth theses builder's table: one XJTUThesis user's thesis, its defence slides left out."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import theses8_heldout as eighth  # noqa: E402


def test_the_defence_slides_are_left_out_of_the_one_thesis() -> None:
    assert list(eighth.THESES8) == ["liuliuli302+XJTUThesisLMQ"]
    assert eighth.SKIP == {"liuliuli302+XJTUThesisLMQ": {"main_beamer.tex", "Main_Beamer/c1.tex"}}
    assert all(len(commit) == 40 for commit in eighth.THESES8.values())

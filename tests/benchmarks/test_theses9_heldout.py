"""The ninth theses builder's table: two BUAAthesis users' theses, the template's example documents left out."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import theses9_heldout as ninth  # noqa: E402


def test_two_theses_and_the_template_examples_left_out() -> None:
    assert list(ninth.THESES9) == ["yangwenjing+BUAAthesis", "Garnel+BUAAthesis"]
    assert ninth.SKIP == {"yangwenjing+BUAAthesis": {"sample-bachelor.tex", "sample-master.tex"}}
    assert all(len(commit) == 40 for commit in ninth.THESES9.values())

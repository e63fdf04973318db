"""The seventh theses builder's table: the template's guide left out, the sysuthesis thesis lifted to the top."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import theses7_heldout as seventh  # noqa: E402


def test_the_templates_guide_is_left_out_and_the_thesis_folder_lifted() -> None:
    assert seventh.SKIP == {"HuangEven+sysuthesis": {"sysuthesis/sysuthesis-guide.tex"}}
    assert seventh.ROOT == {"HuangEven+sysuthesis": "sysuthesis"}
    assert set(seventh.SKIP) | set(seventh.ROOT) <= set(seventh.THESES7)
    assert all(len(commit) == 40 for commit in seventh.THESES7.values())

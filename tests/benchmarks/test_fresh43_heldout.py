"""fresh43_heldout: the NEJM rows nejm, nejm2 and nejm3 left unread, and nothing else."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import fresh43_heldout as fh  # noqa: E402
from nejm_heldout import BLOCK, DOCS, STEP  # noqa: E402


def read_by_earlier_sets(n: int) -> set[int]:
    """The rows of a split of n lines that nejm (offset 0, DOCS blocks), nejm2 (offset 2) and nejm3 (offset 1) read."""
    out: set[int] = set()
    for offset, docs in ((0, DOCS), (2, 0), (1, 0)):
        starts = range(offset * BLOCK, n - BLOCK + 1, STEP * BLOCK)
        for start in starts[:docs] if docs else starts:
            out.update(range(start, start + BLOCK))
    return out


@pytest.mark.parametrize("n", [2102, 2036, 1800, 1835, 2000])
def test_unread_rows_are_exactly_the_rows_no_earlier_set_read(n: int) -> None:
    rows = [r for block in fh.unread_rows(n) for r in block]
    assert len(rows) == len(set(rows)) and rows == sorted(rows)
    assert set(rows) == set(range(n)) - read_by_earlier_sets(n)


def test_a_tail_joins_the_block_it_follows() -> None:
    assert [(r.start, r.stop) for r in fh.unread_rows(2036)] == [(1800, 1830), (1890, 1920), (1980, 2036)]
    assert [(r.start, r.stop) for r in fh.unread_rows(2102)] == [(1800, 1830), (1890, 1920), (1980, 2010),
                                                               (2070, 2102)]


def test_a_folder_that_is_no_git_dir_is_one_usage_error(tmp_path: Path) -> None:
    import subprocess

    script = Path(__file__).resolve().parents[2] / "benchmarks" / "fresh43_heldout.py"
    out = tmp_path / "out"
    run = subprocess.run([sys.executable, str(script), str(tmp_path), str(tmp_path), str(out)],
                         capture_output=True, text=True)
    assert run.returncode == 2
    assert "not a git dir with a commit" in run.stderr and "Traceback" not in run.stderr
    assert not out.exists()  # nothing written

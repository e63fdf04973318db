"""benchmarks/theses.py on bad input: one clear line on stderr and exit 2, no traceback."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "theses.py"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=60)


def test_a_missing_set_folder_is_one_line_and_exit_2(tmp_path: Path) -> None:
    done = _run(str(tmp_path / "theses12-heldout"), "--labels", str(tmp_path / "none.tsv"))
    assert done.returncode == 2
    missing = tmp_path / "theses12-heldout"
    assert done.stderr.strip().splitlines() == [
        f"theses: no folder {missing} (a set not built? see benchmarks/README, rebuilding the sets)"]


def test_a_missing_glossary_is_one_line_and_exit_2(tmp_path: Path) -> None:
    done = _run(str(tmp_path), "--glossary", str(tmp_path / "none.csv"))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.strip() == f"theses: no glossary file {tmp_path / 'none.csv'}"

"""The ChinaXiv builders' command lines: a call without GIT_DIR OUT_FOLDER, or with a folder git cannot read, says
usage and exits 2, no traceback (each used to fail on sys.argv with an IndexError)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
BUILDERS = [f"chinaxiv{n}_heldout.py" for n in ("", "2", "3", "4", "5", "6", "7")]


def _run(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(BENCHMARKS / script), *args], capture_output=True, text=True,
                          timeout=120)


@pytest.mark.parametrize("script", BUILDERS)
def test_no_arguments_says_usage_and_exits_2(script: str) -> None:
    done = _run(script)
    assert done.returncode == 2
    assert done.stderr.startswith("usage:") and "Traceback" not in done.stderr


def test_a_folder_that_is_no_git_dir_exits_2_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    done = _run("chinaxiv3_heldout.py", str(tmp_path / "absent"), str(out))
    assert done.returncode == 2
    assert "not a git dir" in done.stderr and "Traceback" not in done.stderr
    assert not out.exists()

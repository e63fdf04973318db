"""Shared helpers for the robustness tests: a copy of the bundled sample and a CLI runner."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from zhen_qa.cli import main

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def run_cli(*args: str) -> Result:
    """Invoke the CLI in-process; exceptions are caught so a crash shows as a failed assertion."""
    return CliRunner().invoke(main, [str(a) for a in args])


def assert_clean_error(result: Result, *needles: str) -> str:
    """Exit 2, exactly one line on stderr naming every needle, no traceback; return that line."""
    assert result.exit_code == 2, (result.exit_code, result.output, result.exception)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.output and "internal error" not in result.stderr, result.stderr
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    return lines[0]


@pytest.fixture()
def sample_dir(tmp_path: Path) -> Path:
    """A fresh copy of the bundled sample folder: manuscript, glossary, zhen-qa.toml (not the CAT or LaTeX samples)."""
    dest = tmp_path / "samples"
    shutil.copytree(SAMPLES, dest, ignore=shutil.ignore_patterns("*.xlf", "secretome-*", "thesis"))
    return dest

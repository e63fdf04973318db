"""The wheel installs one import name, `zhen_qa`, and lives beside a package with top-level `report` and `cli`."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

TINY_PYPROJECT = """\
[build-system]
requires = ["setuptools"]
build-backend = "setuptools.build_meta"

[project]
name = "tiny-generic-names"
version = "1.0"

[tool.setuptools]
packages = ["report"]
py-modules = ["cli"]
"""


def _run(cmd: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def _ok(proc: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from a copy of the working tree (the checkout itself is left untouched)."""
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    shutil.copytree(ROOT, src, symlinks=True,
                    ignore=shutil.ignore_patterns(".git", "build", "dist", "*.egg-info", "__pycache__", "tests"))
    out = tmp / "dist"
    cmd = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(src)]
    _ok(_run(cmd, tmp, dict(os.environ)))
    (built,) = out.glob("zhen_qa-*.whl")
    return built


def test_wheel_holds_one_top_level_name_and_the_report_assets(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
        (top_level,) = [n for n in names if n.endswith(".dist-info/top_level.txt")]
        assert zf.read(top_level).decode().split() == ["zhen_qa"]
    assert {n.split("/")[0] for n in names if not n.split("/")[0].endswith(".dist-info")} == {"zhen_qa"}
    assert "zhen_qa/report/html_report.css" in names
    assert "zhen_qa/report/html_report.js" in names
    assert "zhen_qa/cli.py" in names and "cli.py" not in names


@pytest.mark.slow
def test_installed_beside_a_package_with_generic_names(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    # system site packages provide the dependencies offline; the venv's own site-packages come first
    venv.create(env_dir, system_site_packages=True, with_pip=False, symlinks=True)
    py = str(env_dir / "bin" / "python")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["PATH"] = f"{env_dir / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    # the installed lexicon has a new path each run, and its cache is keyed by it: keep it out of the suite's cache
    env["ZHENQA_CACHE_DIR"] = str(tmp_path / "zhen-qa-cache")
    tiny = tmp_path / "tiny"
    (tiny / "report").mkdir(parents=True)
    (tiny / "pyproject.toml").write_text(TINY_PYPROJECT, encoding="utf-8")
    (tiny / "report" / "__init__.py").write_text('OWNER = "tiny"\n', encoding="utf-8")
    (tiny / "cli.py").write_text('OWNER = "tiny"\n', encoding="utf-8")
    pip = [py, "-m", "pip", "install", "-q", "--no-deps", "--no-index", "--no-build-isolation"]
    _ok(_run([*pip, "--force-reinstall", str(wheel)], tmp_path, env))
    for generic in ("report", "cli", "aligner", "checks", "glossary", "manuscript"):
        alone = _run([py, "-c", f"import {generic}"], tmp_path, env)
        assert alone.returncode == 1 and "ModuleNotFoundError" in alone.stderr, generic
    _ok(_run([*pip, str(tiny)], tmp_path, env))

    probe = ("import cli, report, zhen_qa, zhen_qa.cli, zhen_qa.report.html as h; "
             "print(cli.OWNER, report.OWNER, zhen_qa.__file__, h.__file__, sep='\\n')")
    lines = _ok(_run([py, "-c", probe], tmp_path, env)).stdout.splitlines()
    assert lines[:2] == ["tiny", "tiny"]
    assert all(Path(p).resolve().is_relative_to(env_dir.resolve()) for p in lines[2:]), lines

    exe = str(env_dir / "bin" / "zhen-qa")
    version = _ok(_run([exe, "--version"], tmp_path, env)).stdout
    assert version.startswith("zhen-qa ")
    sample = shutil.copy(ROOT / "samples" / "manuscript.md", tmp_path / "manuscript.md")
    shutil.copy(ROOT / "samples" / "glossary.csv", tmp_path / "glossary.csv")
    check = _run([exe, "check", str(sample), "--glossary", str(tmp_path / "glossary.csv"), "--format", "json"],
                 tmp_path, env)
    assert check.returncode == 1, check.stderr  # the sample has findings
    assert '"rule": "term-variant"' in check.stdout

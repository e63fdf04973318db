"""The packages import one way: manuscript ← aligner ← report, glossary ← checks ← cli.

Each package may import only the layers below it; this test reads every module's imports (including
those inside functions and under TYPE_CHECKING) and fails on one that runs upward.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("manuscript", "aligner", "glossary", "report", "checks", "zhen_qa")
FORBIDDEN: dict[str, set[str]] = {
    "manuscript": {"aligner", "glossary", "report", "checks", "cli"},
    "aligner": {"glossary", "report", "checks", "cli"},
    "glossary": {"checks", "cli"},
    "report": {"checks", "cli"},
    "checks": {"cli"},
}


def _imported_packages(path: Path) -> list[tuple[int, str]]:
    """(line, project package) for every import of a zhen_qa sub-package in the module."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        for name in names:
            parts = name.split(".")
            if parts[0] == "zhen_qa" and len(parts) > 1:
                found.append((node.lineno, parts[1]))
            elif parts[0] in FORBIDDEN or parts[0] == "cli":
                found.append((node.lineno, "bare:" + parts[0]))
    return found


def _modules(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_no_import_runs_upward(package: str) -> None:
    bad = [
        f"{path.relative_to(ROOT)}:{line} imports zhen_qa.{target}"
        for path in _modules(package)
        for line, target in _imported_packages(path)
        if target in FORBIDDEN[package]
    ]
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("package", PACKAGES)
def test_project_imports_are_qualified(package: str) -> None:
    """Installed, only `zhen_qa` exists: a bare `import aligner` would work in a checkout and fail in the wheel."""
    bare = [f"{path.relative_to(ROOT)}:{line} {target}" for path in _modules(package)
            for line, target in _imported_packages(path) if target.startswith("bare:")]
    assert not bare, "\n".join(bare)


def test_the_checker_catches_an_upward_import(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from zhen_qa.checks.run import run_check\n    import report\n", encoding="utf-8")
    assert _imported_packages(module) == [(2, "checks"), (2, "checks"), (3, "bare:report")]

"""The installed version is read from the first `.dist-info` folder on sys.path, as importlib.metadata reads it."""
from __future__ import annotations

import importlib.metadata
import sys
from importlib.machinery import PathFinder
from pathlib import Path

import pytest

from zhen_qa.report import version as V


@pytest.fixture(autouse=True)
def _path_finder_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The standard finder of distributions only: the importlib_metadata backport (which dask imports in other
    tests) deletes PathFinder's and adds its own, and with it the version is left to importlib.metadata."""
    monkeypatch.setattr(sys, "meta_path", [f for f in sys.meta_path
                                           if not hasattr(f, "find_distributions") or f is PathFinder])
    monkeypatch.setattr(PathFinder, "find_distributions", staticmethod(
        lambda *args, **kwargs: importlib.metadata.MetadataPathFinder.find_distributions(*args, **kwargs)),
        raising=False)


def _dist(root: Path, folder: str, text: str, name: str = "METADATA") -> None:
    (root / folder).mkdir(parents=True)
    (root / folder / name).write_text(text, encoding="utf-8")


@pytest.mark.parametrize("folder", ["zhen_qa-7.1.2.dist-info", "Zhen.QA-7.1.2.dist-info", "zhen__qa-7.1.2.dist-info"])
def test_version_of_the_first_dist_info_is_importlibs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      folder: str) -> None:
    _dist(tmp_path / "a", "other_pkg-1.0.dist-info", "Metadata-Version: 2.1\nName: other-pkg\nVersion: 1.0\n")
    _dist(tmp_path / "a", folder, "Metadata-Version: 2.1\nName: zhen-qa\nversion:   7.1.2\n\nVersion: 9\n")
    _dist(tmp_path / "b", "zhen_qa-8.0.dist-info", "Name: zhen-qa\nVersion: 8.0\n")
    monkeypatch.setattr(sys, "path", [str(tmp_path / "missing.zip"), str(tmp_path / "a"), str(tmp_path / "b")])
    assert V._dist_info_version() == importlib.metadata.version("zhen-qa") == "7.1.2"


def test_other_layouts_are_left_to_importlib(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _dist(tmp_path, "zhen_qa-3.0.egg-info", "Name: zhen-qa\nVersion: 3.0\n", "PKG-INFO")
    monkeypatch.setattr(sys, "path", [str(tmp_path)])
    assert V._dist_info_version() is None
    V.installed_version.cache_clear()
    try:
        assert V.installed_version() == importlib.metadata.version("zhen-qa") == "3.0"
    finally:
        V.installed_version.cache_clear()
    monkeypatch.setattr(sys, "path", [str(tmp_path / "empty")])
    assert V._dist_info_version() is None


def test_another_finder_of_distributions_is_left_to_importlib(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    class Finder:
        def find_distributions(self, *args: object, **kwargs: object) -> list[object]:
            return []

    _dist(tmp_path, "zhen_qa-7.0.dist-info", "Name: zhen-qa\nVersion: 7.0\n")
    monkeypatch.setattr(sys, "path", [str(tmp_path)])
    assert V._dist_info_version() == "7.0"
    monkeypatch.setattr(sys, "meta_path", [Finder(), *sys.meta_path])
    assert V._dist_info_version() is None

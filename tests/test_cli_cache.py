"""`zhen-qa cache info|clear`: what the user cache holds, and emptying it, through click's CliRunner."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from zhen_qa.cli import main


@pytest.fixture()
def folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "jieba-aaaa.shards").write_bytes(b"j" * 2048)
    for part in ("glossary", "zh", "en"):
        (cache / f"glossary-k1-{part}.pickle").write_bytes(b"g" * 1024)
    (cache / "glossary-k2-zh.pickle").write_bytes(b"g" * 1024)
    (cache / "other.txt").write_text("not ours")
    monkeypatch.setenv("ZHENQA_CACHE_DIR", str(cache))
    return cache


def test_cache_info_counts_entries_by_kind(folder: Path) -> None:
    result = CliRunner().invoke(main, ["cache", "info"], catch_exceptions=False)
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == f"{folder}: 5 files, 6 kB"
    assert "  glossary: 2 entries, 4 files, 4 kB" in lines
    assert "  jieba: 1 entry, 1 file, 2 kB" in lines


def test_cache_clear_removes_our_files_only(folder: Path) -> None:
    result = CliRunner().invoke(main, ["cache", "clear"], catch_exceptions=False)
    assert result.exit_code == 0
    assert result.output.strip() == f"removed 5 files (6 kB) from {folder}"
    assert [p.name for p in folder.iterdir()] == ["other.txt"]

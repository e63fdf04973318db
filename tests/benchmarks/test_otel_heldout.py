"""The OpenTelemetry docs builder: its page list, and each Chinese page paired with the English it translates."""
from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import otel_heldout  # noqa: E402


def _folder(page: str) -> str:
    return page.rsplit("/", 1)[0] if "/" in page else "."


def test_distinct_pages_at_most_two_a_folder_each_with_its_english_commit() -> None:
    pages = list(otel_heldout.PAGES)
    assert len(pages) == len(set(pages))
    assert max(Counter(_folder(p) for p in pages).values()) <= 2
    assert pages == sorted(pages, key=lambda p: (_folder(p), p))
    assert not any("_includes" in p for p in pages)
    assert all(re.fullmatch(r"[0-9a-f]{40}", c) for c in [*otel_heldout.PAGES.values(), otel_heldout.ZH_COMMIT])


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True).stdout.strip()


def test_the_english_is_read_at_the_commit_the_chinese_names_not_at_the_chinese_commit(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = tmp_path / "site"
    (repo / "content/en/docs/concepts").mkdir(parents=True)
    (repo / "content/zh/docs/concepts").mkdir(parents=True)
    _git(repo, "init", "-q")
    _git(repo, "config", "user.email", "t@example.org")
    _git(repo, "config", "user.name", "t")
    english = repo / "content/en/docs/concepts/sampling.md"
    english.write_text("Sampling reduces cost.\n", encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "english")
    translated_from = _git(repo, "rev-parse", "HEAD")
    english.write_text("Sampling reduces cost.\nA sentence added after the translation.\n", encoding="utf-8")
    (repo / "content/zh/docs/concepts/sampling.md").write_text("采样可以降低成本。\n", encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "chinese")
    monkeypatch.setattr(otel_heldout, "ZH_COMMIT", _git(repo, "rev-parse", "HEAD"))
    monkeypatch.setattr(otel_heldout, "PAGES", {"concepts/sampling": translated_from})
    out = tmp_path / "out"
    otel_heldout.write_pages(str(repo / ".git"), out)
    assert (out / "concepts/sampling.zh.md").read_text(encoding="utf-8") == "采样可以降低成本。\n"
    assert (out / "concepts/sampling.en.md").read_text(encoding="utf-8") == "Sampling reduces cost.\n"

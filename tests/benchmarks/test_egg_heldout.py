"""The Egg.js documentation builder's page list: every page pair of site/docs that passed the rule, at the commit
before the Chinese pages were rewritten by a language model."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import egg_heldout  # noqa: E402


def test_thirty_three_distinct_pages_in_path_order() -> None:
    pages = egg_heldout.PAGES
    assert len(pages) == len(set(pages)) == 33
    assert list(pages) == sorted(pages)  # the repository's (git ls-tree) order
    assert not any(p.endswith(".md") for p in pages)
    assert {p.split("/")[0] for p in pages} == {"advanced", "basics", "community", "core", "intro", "tutorials"}
    assert len(egg_heldout.COMMIT) == 40


def test_the_pinned_commit_is_the_release_before_the_rewrites() -> None:
    assert egg_heldout.COMMIT.startswith("af2e5430")


def test_the_chinese_page_is_zh_cn_md_beside_the_english_md() -> None:
    assert egg_heldout.SUFFIX == {"zh": ".zh-CN.md", "en": ".md"}

"""The Arthas documentation builder's page list: every page pair of site/docs/doc that passed the rule, at the commit
pinned before the 2025-2026 pages."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import arthas_heldout  # noqa: E402


def test_thirty_eight_distinct_pages_in_path_order() -> None:
    pages = arthas_heldout.PAGES
    assert len(pages) == len(set(pages)) == 38
    assert list(pages) == sorted(pages)  # the repository's (git ls-tree) order
    assert not any(p.endswith(".md") or "/" in p for p in pages)
    assert len(arthas_heldout.COMMIT) == 40 and arthas_heldout.COMMIT.startswith("b266e1c9")


def test_the_chinese_page_is_under_doc_and_the_english_under_en_doc() -> None:
    assert arthas_heldout.FOLDER == {"zh": "site/docs/doc", "en": "site/docs/en/doc"}

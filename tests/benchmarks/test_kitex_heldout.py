"""The Kitex documentation builder's page list: every Markdown page pair of content/zh/docs/kitex that passed the rule,
outside Tutorials/third-party/."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import kitex_heldout  # noqa: E402


def test_fifty_eight_distinct_pages_in_path_order_none_from_third_party() -> None:
    pages = kitex_heldout.PAGES
    assert len(pages) == len(set(pages)) == 58
    assert list(pages) == sorted(pages)  # the repository's (git ls-tree) order
    assert not any(p.endswith(".md") for p in pages)
    assert not any(p.startswith("Tutorials/third-party/") for p in pages)
    assert {p.split("/")[0] for p in pages} == {"FAQ", "Overview", "Reference", "Tutorials"}
    assert len(kitex_heldout.COMMIT) == 40


def test_the_english_pages_live_under_content_en_at_the_same_path() -> None:
    assert kitex_heldout.ROOT == {"zh": "content/zh/docs/kitex", "en": "content/en/docs/kitex"}

"""The Rslib documentation builder's page list: the guide's basic and advanced sections, 20 distinct pages."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import rslib_heldout  # noqa: E402


def test_twenty_distinct_pages_of_the_basic_and_advanced_guide() -> None:
    pages = rslib_heldout.PAGES
    assert len(pages) == len(set(pages)) == 20
    assert sum(p.startswith("guide/basic/") for p in pages) == 5
    assert all(p.startswith(("guide/basic/", "guide/advanced/")) for p in pages)
    assert len(rslib_heldout.COMMIT) == 40

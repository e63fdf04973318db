"""The Vue Router documentation builder's page list: the guide's essentials and advanced sections, 22 pages."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import vuerouter_heldout  # noqa: E402


def test_twenty_two_distinct_pages_of_the_essentials_and_advanced_guide() -> None:
    pages = vuerouter_heldout.PAGES
    assert len(pages) == len(set(pages)) == 22
    assert sum(p.startswith("guide/essentials/") for p in pages) == 10
    assert all(p.startswith(("guide/essentials/", "guide/advanced/")) for p in pages)
    assert len(vuerouter_heldout.COMMIT) == 40

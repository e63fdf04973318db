"""The SeaTunnel documentation builder's page list: the concept and transform pages."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import seatunnel_heldout  # noqa: E402


def test_twenty_two_distinct_pages_of_two_sections_without_the_two_left_out() -> None:
    pages = seatunnel_heldout.PAGES
    assert len(pages) == len(set(pages)) == 22
    assert sum(p.startswith("concept/") for p in pages) == 9
    assert sum(p.startswith("transform-v2/") for p in pages) == 13
    assert not {"transform-v2/common-options", "transform-v2/sql-functions"} & set(pages)
    assert len(seatunnel_heldout.COMMIT) == 40

"""The DolphinScheduler documentation builder's page list: the about, parameter, project and resource pages."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import dolphin_heldout  # noqa: E402


def test_twenty_distinct_pages_of_four_sections() -> None:
    pages = dolphin_heldout.PAGES
    assert len(pages) == len(set(pages)) == 20
    counts = {s: sum(p.startswith(s) for p in pages)
              for s in ("about/", "guide/parameter/", "guide/project/", "guide/resource/")}
    assert counts == {"about/": 4, "guide/parameter/": 8, "guide/project/": 4, "guide/resource/": 4}
    assert len(dolphin_heldout.COMMIT) == 40

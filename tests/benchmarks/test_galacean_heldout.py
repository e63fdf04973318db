"""The Galacean manual builder's page list: one page of each section (a folder under docs/zh/, under graphics/ one
level deeper)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import galacean_heldout  # noqa: E402


def test_twenty_four_distinct_pages_one_a_section() -> None:
    pages = galacean_heldout.PAGES
    assert len(pages) == len(set(pages)) == 24
    sections = [galacean_heldout.section(p) for p in pages]
    assert len(set(sections)) == len(sections) == 24
    assert all("/" in p for p in pages)
    assert len(galacean_heldout.COMMIT) == 40


def test_a_graphics_page_is_in_its_graphics_subfolder_section() -> None:
    assert galacean_heldout.section("graphics/material/builtinShaders/digitalHuman/eye") == "graphics/material"
    assert galacean_heldout.section("physics/collider/characterController") == "physics"

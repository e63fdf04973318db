"""The EventMesh documentation builder's page list: instructions, Java SDK, observability and design documents."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import eventmesh_heldout  # noqa: E402


def test_eighteen_distinct_pages_of_four_sections() -> None:
    pages = eventmesh_heldout.PAGES
    assert len(pages) == len(set(pages)) == 18
    counts = {s: sum(p.startswith(s) for p in pages)
              for s in ("instruction/", "sdk-java/", "design-document/02-observability/")}
    assert counts == {"instruction/": 8, "sdk-java/": 4, "design-document/02-observability/": 3}
    assert sum(p.count("/") == 1 and p.startswith("design-document/") for p in pages) == 3
    assert len(eventmesh_heldout.COMMIT) == 40


def test_the_chinese_pages_live_under_i18n() -> None:
    assert eventmesh_heldout.ROOT["zh"] == "i18n/zh/docusaurus-plugin-content-docs/current"
    assert eventmesh_heldout.ROOT["en"] == "docs"

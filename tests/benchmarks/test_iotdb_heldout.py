"""The IoTDB user-guide builder's page list: two pages of each of 13 sections (one where a section has one)."""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import iotdb_heldout  # noqa: E402


def test_twenty_two_distinct_pages_at_most_two_a_section() -> None:
    pages = iotdb_heldout.PAGES
    assert len(pages) == len(set(pages)) == 22
    sections = Counter(p.split("/")[0] for p in pages)
    assert len(sections) == 13
    assert max(sections.values()) == 2
    assert not any("_Upgrade" in p for p in pages)
    assert len(iotdb_heldout.COMMIT) == 40


def test_the_chinese_pages_live_under_zh() -> None:
    assert iotdb_heldout.ROOT == {"zh": "src/zh/UserGuide/latest", "en": "src/UserGuide/latest"}

"""The Colossal-AI documentation builder's page list: every zh-Hans page of 40-200 lines whose English differs by at
most 10 % (19 pages over four folders)."""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import colossalai_heldout  # noqa: E402


def test_nineteen_distinct_pages_over_four_folders() -> None:
    pages = colossalai_heldout.PAGES
    assert len(pages) == len(set(pages)) == 19
    folders = Counter(p.split("/")[0] for p in pages)
    assert set(folders) == {"advanced_tutorials", "basics", "features", "get_started"}
    assert len(colossalai_heldout.COMMIT) == 40


def test_the_chinese_pages_live_under_zh_hans() -> None:
    assert colossalai_heldout.ROOT == {"zh": "docs/source/zh-Hans", "en": "docs/source/en"}

"""The RapidJSON documentation builder's page list: every page pair of doc/ that passes the shared rule
(page_pairs.passes_rule, tested in test_page_pairs) at the pinned commit."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import rapidjson_heldout  # noqa: E402


def test_eight_distinct_pages_in_path_order() -> None:
    pages = rapidjson_heldout.PAGES
    assert len(pages) == len(set(pages)) == 8
    assert list(pages) == sorted(pages)
    assert len(rapidjson_heldout.COMMIT) == 40 and rapidjson_heldout.COMMIT.startswith("24b5e7a8")


def test_the_chinese_page_is_the_zh_cn_file_beside_the_english() -> None:
    assert rapidjson_heldout.path_of("dom", "zh") == "doc/dom.zh-cn.md"
    assert rapidjson_heldout.path_of("dom", "en") == "doc/dom.md"


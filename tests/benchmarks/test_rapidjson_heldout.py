"""The RapidJSON documentation builder's page list, and the shared page rule (`page_pairs.passes_rule`) it applies:
every page pair of doc/ that passes the rule at the pinned commit."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import page_pairs  # noqa: E402
import rapidjson_heldout  # noqa: E402


def test_eight_distinct_pages_in_path_order() -> None:
    pages = rapidjson_heldout.PAGES
    assert len(pages) == len(set(pages)) == 8
    assert list(pages) == sorted(pages)
    assert len(rapidjson_heldout.COMMIT) == 40 and rapidjson_heldout.COMMIT.startswith("24b5e7a8")


def test_the_chinese_page_is_the_zh_cn_file_beside_the_english() -> None:
    assert rapidjson_heldout.path_of("dom", "zh") == "doc/dom.zh-cn.md"
    assert rapidjson_heldout.path_of("dom", "en") == "doc/dom.md"


def _page(lines: int, han: int) -> str:
    return "".join("说明一下。\n" if i < han else "code\n" for i in range(lines))


def test_the_rule_takes_a_page_of_40_to_500_lines_with_15_han_lines() -> None:
    assert page_pairs.passes_rule(_page(40, 15), _page(40, 0))
    assert page_pairs.passes_rule(_page(500, 15), _page(500, 0))
    assert not page_pairs.passes_rule(_page(39, 15), _page(39, 0))
    assert not page_pairs.passes_rule(_page(501, 15), _page(501, 0))
    assert not page_pairs.passes_rule(_page(100, 14), _page(100, 0))


def test_the_rule_takes_line_counts_within_15_percent_of_the_longer() -> None:
    assert page_pairs.passes_rule(_page(100, 20), _page(115, 0))  # 15 of 115
    assert page_pairs.passes_rule(_page(115, 20), _page(100, 0))
    assert not page_pairs.passes_rule(_page(100, 20), _page(120, 0))  # 20 of 120

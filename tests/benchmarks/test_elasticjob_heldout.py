"""The ElasticJob documentation builder's page list and provenance rule: every docs page pair that passes the
shared rule (page_pairs.passes_rule) at the pinned commit, the last one of 2022."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import elasticjob_heldout  # noqa: E402


def test_twenty_two_distinct_pages_in_path_order_pinned() -> None:
    pages = elasticjob_heldout.PAGES
    assert len(pages) == len(set(pages)) == 22
    assert list(pages) == sorted(pages)
    assert len(elasticjob_heldout.COMMIT) == 40 and elasticjob_heldout.COMMIT.startswith("642c8c90")


def test_the_chinese_page_is_cn_md_and_the_english_en_md_under_docs_content() -> None:
    assert elasticjob_heldout.path_of("features/elastic", "zh") == "docs/content/features/elastic.cn.md"
    assert elasticjob_heldout.path_of("features/elastic", "en") == "docs/content/features/elastic.en.md"

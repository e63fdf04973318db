"""The brpc documentation builder's page list and provenance rule: every docs/cn page pair that passes the shared rule
(page_pairs.passes_rule) at the pinned commit, less the page pairs first written after 2022."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import brpc_heldout  # noqa: E402
import page_pairs  # noqa: E402


def test_twenty_distinct_pages_in_path_order_pinned() -> None:
    pages = brpc_heldout.PAGES
    assert len(pages) == len(set(pages)) == 20
    assert list(pages) == sorted(pages)
    assert len(brpc_heldout.COMMIT) == 40 and brpc_heldout.COMMIT.startswith("71871ee9")


def test_a_recent_page_is_never_among_the_pages() -> None:
    assert brpc_heldout.RECENT and not set(brpc_heldout.RECENT) & set(brpc_heldout.PAGES)


def test_the_chinese_page_is_in_docs_cn_and_the_english_in_docs_en() -> None:
    assert brpc_heldout.path_of("bvar", "zh") == "docs/cn/bvar.md"
    assert brpc_heldout.path_of("bvar", "en") == "docs/en/bvar.md"


def test_a_page_pair_far_apart_in_length_fails_the_shared_rule() -> None:
    zh = "".join("说明一下。\n" for _ in range(60))
    assert page_pairs.passes_rule(zh, "text\n" * 60)
    assert not page_pairs.passes_rule(zh, "text\n" * 80)  # 20 of 80 lines apart

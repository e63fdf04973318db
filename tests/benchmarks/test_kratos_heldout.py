"""The Kratos documentation builder's page list and provenance rule: every docs page pair that passes the shared rule
(page_pairs.passes_rule) at the pinned commit, the last one of 2022."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import kratos_heldout  # noqa: E402


def test_twenty_one_distinct_pages_in_path_order_pinned() -> None:
    pages = kratos_heldout.PAGES
    assert len(pages) == len(set(pages)) == 21
    assert list(pages) == sorted(pages)
    assert len(kratos_heldout.COMMIT) == 40 and kratos_heldout.COMMIT.startswith("e94cde4e")


def test_the_chinese_page_is_in_docs_and_the_english_in_the_docusaurus_i18n_tree() -> None:
    assert kratos_heldout.path_of("component/05-log", "zh") == "docs/component/05-log.md"
    assert kratos_heldout.path_of("component/05-log", "en") == (
        "i18n/en/docusaurus-plugin-content-docs/current/component/05-log.md")

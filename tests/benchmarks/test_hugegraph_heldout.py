"""The HugeGraph documentation builder's page list: the guide, config, language, introduction and AI pages."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import hugegraph_heldout  # noqa: E402


def test_twenty_one_distinct_pages_of_five_sections() -> None:
    pages = hugegraph_heldout.PAGES
    assert len(pages) == len(set(pages)) == 21
    counts = {s: sum(p.startswith(s) for p in pages)
              for s in ("guides/", "config/", "language/", "introduction/", "quickstart/hugegraph-ai/")}
    assert counts == {"guides/": 8, "config/": 4, "language/": 2, "introduction/": 1, "quickstart/hugegraph-ai/": 6}
    assert len(hugegraph_heldout.COMMIT) == 40


def test_the_chinese_pages_are_read_from_content_cn() -> None:
    assert hugegraph_heldout.LANG_DIR == {"zh": "cn", "en": "en"}

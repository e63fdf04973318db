"""The Lynx docs builder's page list: up to two MDX page pairs a folder, the Chinese under docs/zh/."""
from __future__ import annotations

import posixpath
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import lynx_heldout  # noqa: E402


def test_forty_six_distinct_pages_in_path_order_at_most_two_a_folder() -> None:
    pages = lynx_heldout.PAGES
    assert len(pages) == len(set(pages)) == 46
    assert list(pages) == sorted(pages)  # the repository's (git ls-tree) order
    assert {p.split("/", 1)[0] for p in pages} == {"guide", "help", "react", "rspeedy", "ui"}
    folders = Counter(posixpath.dirname(p) for p in pages)
    assert len(folders) == 27 and max(folders.values()) == 2
    assert not any(p.endswith((".md", ".mdx")) for p in pages)
    assert len(lynx_heldout.COMMIT) == 40


def test_the_chinese_pages_live_under_docs_zh_at_the_same_path() -> None:
    assert lynx_heldout.ROOT == {"zh": "docs/zh", "en": "docs/en"}

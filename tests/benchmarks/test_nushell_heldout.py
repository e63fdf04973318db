"""The Nushell book builder's page list: every Markdown page pair of the book that passed the rule, the Chinese under
zh-CN/book/."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import nushell_heldout  # noqa: E402


def test_thirty_five_distinct_book_pages_in_path_order() -> None:
    pages = nushell_heldout.PAGES
    assert len(pages) == len(set(pages)) == 35
    assert list(pages) == sorted(pages)  # the repository's (git ls-tree) order
    assert not any(p.endswith(".md") for p in pages)
    assert [p for p in pages if "/" in p] == ["modules/using_modules"]
    assert len(nushell_heldout.COMMIT) == 40


def test_the_chinese_pages_live_under_zh_cn_book_at_the_same_path() -> None:
    assert nushell_heldout.ROOT == {"zh": "zh-CN/book", "en": "book"}

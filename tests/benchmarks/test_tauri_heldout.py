"""The Tauri docs builder's page list: every MDX page pair that passed the rule, the Chinese under zh-cn/."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import tauri_heldout  # noqa: E402


def test_thirty_one_distinct_pages_in_path_order() -> None:
    pages = tauri_heldout.PAGES
    assert len(pages) == len(set(pages)) == 31
    assert list(pages) == sorted(pages)  # the repository's (git ls-tree) order
    assert {p.split("/", 1)[0] for p in pages} == {"develop", "distribute", "plugin", "start"}
    assert not any(p.endswith((".md", ".mdx")) for p in pages)
    assert len(tauri_heldout.COMMIT) == 40


def test_the_chinese_pages_live_under_zh_cn_at_the_same_path() -> None:
    assert tauri_heldout.ROOT == {"zh": "src/content/docs/zh-cn", "en": "src/content/docs"}

"""The MaixPy docs builder's page list: every Markdown page pair that passed the rule, outside the AI-model folders."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import maixpy_heldout  # noqa: E402


def test_fifty_distinct_pages_in_path_order_outside_the_ai_model_folders() -> None:
    pages = maixpy_heldout.PAGES
    assert len(pages) == len(set(pages)) == 50
    assert list(pages) == sorted(pages)  # the repository's (git ls-tree) order
    folders = {p.split("/", 1)[0] for p in pages if "/" in p}
    assert folders == {"audio", "basic", "comm", "gui", "modules", "network", "peripheral", "pro", "projects", "video"}
    assert not folders & {"vision", "mllm", "ai_model_converter"}
    assert not any(p.endswith(".md") for p in pages)
    assert len(maixpy_heldout.COMMIT) == 40


def test_the_chinese_and_english_pages_share_a_path_under_docs_doc() -> None:
    assert maixpy_heldout.ROOT == {"zh": "docs/doc/zh", "en": "docs/doc/en"}

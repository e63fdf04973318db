"""The RocketMQ documentation builder's page list: the introduction, producer, consumer and best-practice pages."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import rocketmq_heldout  # noqa: E402


def test_nineteen_distinct_pages_of_four_sections() -> None:
    pages = rocketmq_heldout.PAGES
    assert len(pages) == len(set(pages)) == 19
    counts = {s: sum(p.startswith(s) for p in pages)
              for s in ("00-introduction/", "02-producer/", "03-consumer/", "05-bestPractice/")}
    assert counts == {"00-introduction/": 2, "02-producer/": 6, "03-consumer/": 3, "05-bestPractice/": 8}
    assert len(rocketmq_heldout.COMMIT) == 40


def test_chinese_under_docs_english_under_the_i18n_folder() -> None:
    assert rocketmq_heldout.path_of("02-producer/01concept1", "zh") == "docs/02-producer/01concept1.md"
    assert rocketmq_heldout.path_of("02-producer/01concept1", "en") == (
        "i18n/en/docusaurus-plugin-content-docs/current/02-producer/01concept1.md")

"""The Karmada docs builder's page list: up to two pages of each folder, no generated reference pages."""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import karmada_heldout  # noqa: E402


def test_thirty_six_distinct_pages_at_most_two_a_folder() -> None:
    pages = karmada_heldout.PAGES
    assert len(pages) == len(set(pages)) == 36
    folders = Counter(p.rsplit("/", 1)[0] for p in pages)
    assert len(folders) == 26
    assert max(folders.values()) == 2
    assert list(pages) == sorted(pages, key=lambda p: (p.rsplit("/", 1)[0], p))
    assert not any(p.startswith(("reference/karmadactl", "reference/karmada-api", "resources/")) for p in pages)
    assert not any("/upgrading/" in p for p in pages)
    assert len(karmada_heldout.COMMIT) == 40


def test_the_chinese_pages_live_under_the_docusaurus_i18n_folder() -> None:
    assert karmada_heldout.ROOT == {"zh": "i18n/zh/docusaurus-plugin-content-docs/current", "en": "docs"}

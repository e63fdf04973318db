"""The LMDeploy documentation builder's page list: advanced, inference, quantization, getting started and FAQ."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import lmdeploy_heldout  # noqa: E402


def test_twenty_one_distinct_pages_of_four_sections() -> None:
    pages = lmdeploy_heldout.PAGES
    assert len(pages) == len(set(pages)) == 21
    counts = {s: sum(p.startswith(s) for p in pages)
              for s in ("advance/", "inference/", "quantization/", "get_started/")}
    assert counts == {"advance/": 10, "inference/": 4, "quantization/": 4, "get_started/": 2}
    assert "faq" in pages
    assert len(lmdeploy_heldout.COMMIT) == 40
    assert lmdeploy_heldout.LANG_DIR == {"zh": "zh_cn", "en": "en"}

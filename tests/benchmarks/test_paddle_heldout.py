"""The PaddlePaddle documentation builder's page list and file names: guides, development guides, install, design."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import paddle_heldout  # noqa: E402


def test_nineteen_distinct_pages_of_six_sections() -> None:
    pages = paddle_heldout.PAGES
    assert len(pages) == len(set(pages)) == 19
    counts = {s: sum(p.startswith(s) for p in pages)
              for s in ("guides/", "dev_guides/git_guides/", "dev_guides/op_optimization/", "install/pip/",
                        "install/docker/", "design/")}
    assert counts == {"guides/": 4, "dev_guides/git_guides/": 2, "dev_guides/op_optimization/": 6,
                      "install/pip/": 3, "install/docker/": 3, "design/": 1}
    assert len(paddle_heldout.COMMIT) == 40


def test_the_install_pages_have_no_cn_suffix() -> None:
    assert paddle_heldout.path_of("install/pip/linux-pip", "zh") == "docs/install/pip/linux-pip.md"
    assert paddle_heldout.path_of("install/pip/linux-pip", "en") == "docs/install/pip/linux-pip_en.md"
    assert paddle_heldout.path_of("guides/jit/debugging", "zh") == "docs/guides/jit/debugging_cn.md"
    assert paddle_heldout.path_of("guides/jit/debugging", "en") == "docs/guides/jit/debugging_en.md"

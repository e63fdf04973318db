"""Build held-out documentation page pairs (PaddlePaddle's guides, development guides, kernel primitive API,
installation and design pages) from a fetched git dir; see precision_mddocs.py.

    python benchmarks/paddle_heldout.py GIT_DIR OUT_FOLDER

The source is the GitHub repository `PaddlePaddle/docs` (fetch tool: `github:PaddlePaddle/docs`, which returns a git
dir; Apache-2.0, never copy the pages into this repository), the documentation of the PaddlePaddle deep-learning
framework, written by the project in Markdown in Chinese (`docs/PATH_cn.md`, the installation pages `docs/PATH.md`)
and in English (`docs/PATH_en.md`) side by side: prose, headings, tables, Python/C++/CUDA/shell code blocks, HTML
and links. The pages were chosen by a rule written before any check ran (stop 53, helper fresh53): every Markdown
page pair of `docs/guides/`, `docs/dev_guides/git_guides/`, `docs/dev_guides/op_optimization/`, `docs/install/pip/`,
`docs/install/docker/` and `docs/design/` whose Chinese page has 50 to 500 lines and whose two pages differ in line
count by at most 10 % (4 + 2 + 6 + 3 + 3 + 1 = 19 page pairs); the API reference (`docs/api/`, reStructuredText),
release notes, custom-device pages and longer or unequal pages left out. A project in no set before (a deep-learning
framework: not the development set `../shared/data/real/mddocs`, nor the held-out antd, echarts, vant, naive, arco,
formily, umi, varlet, ahooks, pinia, vitepress, rsbuild, rspack, rslib, dolphin, vuerouter, rocketmq, seatunnel,
hugegraph, mddocs-heldout or Dynamics sets). Written to OUT_FOLDER as `PAGE.zh.md` / `PAGE.en.md` (PAGE the path
under `docs/` without `_cn`), as stored at COMMIT (the snapshot measured first, on main b3215cbf before anything was
tuned on it; the newest commit if that one is absent). `python benchmarks/precision_mddocs.py /tmp/paddle-heldout
--labels benchmarks/labels/paddle-heldout.tsv --targets benchmarks/labels/paddle-heldout.targets.tsv` measures them,
with `--glossary benchmarks/glossaries/paddle.csv` for the with-glossary run (`paddle-g` in docs.sh).
"""
from __future__ import annotations

import sys
from pathlib import Path

from page_pairs import write_pairs  # benchmarks/ is the script's folder

COMMIT = "46ceb37d54c1e4e994933424702031a073ec9100"
PAGES = (*("guides/" + p for p in ("advanced/auto_type_promotion", "jit/debugging", "jit/grammar_list",
                                   "performance_improving/training_improving_model")),
         *("dev_guides/git_guides/" + p for p in ("local_dev_guide", "submit_pr_guide")),
         *("dev_guides/op_optimization/kernel_primitive_api/" + p
           for p in ("add_example", "compute_api", "functor_api", "io_api", "model_example", "reduce_example")),
         *("install/pip/" + p for p in ("linux-pip", "macos-pip", "windows-pip")),
         *("install/docker/" + p for p in ("docker_list", "linux-docker", "macos-docker")),
         "design/phi/kernel_migrate")
UNSUFFIXED = ("install/",)
"""Sections whose Chinese page has no `_cn` suffix."""


def path_of(page: str, lang: str) -> str:
    """The page's file in the repository for "zh" or "en"."""
    if lang == "en":
        return f"docs/{page}_en.md"
    return f"docs/{page}.md" if page.startswith(UNSUFFIXED) else f"docs/{page}_cn.md"


def main() -> None:
    write_pairs(sys.argv[1], Path(sys.argv[2]), COMMIT, PAGES, path_of)


if __name__ == "__main__":
    main()

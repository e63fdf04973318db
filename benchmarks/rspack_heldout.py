"""Build held-out documentation page pairs (the Rspack guide's features and optimization pages) from a fetched git dir;
see precision_mddocs.py.

    python benchmarks/rspack_heldout.py GIT_DIR OUT_FOLDER

The source is the GitHub repository `web-infra-dev/rspack` (fetch tool: `github:web-infra-dev/rspack`, which returns
a git dir; MIT, never copy the pages into this repository), Rspack, the Rust-based webpack-compatible bundler, whose
documentation site is written in MDX in English under `website/docs/en/` and in Chinese under `website/docs/zh/` (the
same path): prose, headings, lists, `:::tip` containers, tables, code blocks and links. The pages were chosen by a rule
written before any check ran (stop 48, helper fresh48): every page of the guide's "features" and "optimization"
sections (`guide/features/*.mdx`, `guide/optimization/*.mdx`: 20 pages, each with a Chinese page at the same path
holding Chinese text), the other guide sections (start, tech, migration, compatibility) and the config, plugin, API,
blog and contribution pages left out. A project in no documentation set before (rsbuild-heldout is its sibling
project, same organisation and site generator, but other pages and other writers' text): not the development set
`../shared/data/real/mddocs`, nor the held-out antd, echarts, vant, naive, arco, formily, umi, varlet, ahooks, pinia,
vitepress, rsbuild, mddocs-heldout or Dynamics sets. Written to OUT_FOLDER as `PAGE.zh.mdx` / `PAGE.en.mdx`, as stored
at COMMIT (the snapshot measured first, on main 102de3b = 0.28.0 before anything was tuned on it; the newest commit if
that one is absent). 20 page pairs; `python benchmarks/precision_mddocs.py /tmp/rspack-heldout --labels
benchmarks/labels/rspack-heldout.tsv --targets benchmarks/labels/rspack-heldout.targets.tsv` measures them.
"""
from __future__ import annotations

import sys
from pathlib import Path

from page_pairs import write_pairs  # benchmarks/ is the script's folder

COMMIT = "b89cf5d99e6002c8482abf71286855a2e80f5da9"
PAGES = (*("guide/features/" + p for p in ("asset-base-path", "asset-module", "builtin-lightningcss-loader",
                                           "builtin-swc-loader", "dev-server", "esm", "layer", "lazy-compilation",
                                           "loader", "module-federation", "module-resolution", "plugin",
                                           "web-workers")),
         *("guide/optimization/" + p for p in ("analysis", "code-splitting", "lazy-barrel", "production", "profile",
                                               "tree-shaking", "use-rsdoctor")))


def main() -> None:
    write_pairs(sys.argv[1], Path(sys.argv[2]), COMMIT, PAGES, lambda page, lang: f"website/docs/{lang}/{page}.mdx",
                ".mdx")


if __name__ == "__main__":
    main()

"""Build held-out documentation page pairs (the Rsbuild guide's basic and advanced pages) from a fetched git dir; see
precision_mddocs.py.

    python benchmarks/rsbuild_heldout.py GIT_DIR OUT_FOLDER

The source is the GitHub repository `web-infra-dev/rsbuild` (fetch tool: `github:web-infra-dev/rsbuild`, which returns
a git dir; MIT, never copy the pages into this repository), Rsbuild, the Rspack-based web build tool, whose
documentation site is written in MDX in English under `website/docs/en/` and in Chinese under `website/docs/zh/` (the
same path): prose, headings, lists, `:::tip` containers, tables, code blocks (shell, TypeScript, JSON, HTML) and
links. The pages were chosen by a rule written before any check ran (stop 47, helper fresh47): every page of the
guide's "basic" and "advanced" sections (`guide/basic/*.mdx`, `guide/advanced/*.mdx`: 20 pages, each with a Chinese
page at the same path holding Chinese text), the other guide sections (start, configuration, framework, styling,
optimization, migration, upgrade, debug, FAQ) and the config/plugin/API references left out. A project in no
documentation set before: not the development set `../shared/data/real/mddocs`, nor the held-out antd, echarts,
vant, naive, arco, formily, umi, varlet, ahooks, pinia, vitepress, mddocs-heldout or Dynamics sets. Written to
OUT_FOLDER as `PAGE.zh.mdx` / `PAGE.en.mdx`, as stored at COMMIT (the snapshot measured first, on main 9f0805c = 0.27.0
before anything was tuned on it; the newest commit if that one is absent). 20 page pairs; `python
benchmarks/precision_mddocs.py /tmp/rsbuild-heldout --labels benchmarks/labels/rsbuild-heldout.tsv --targets
benchmarks/labels/rsbuild-heldout.targets.tsv` measures them.
"""
from __future__ import annotations

import sys
from pathlib import Path

from page_pairs import write_pairs  # benchmarks/ is the script's folder

COMMIT = "64c8af5b931a14e61aaa3fe8679bf8500de04066"
PAGES = (*("guide/basic/" + p for p in ("cli", "deployment", "html-template", "json-files", "output-files", "server",
                                        "static-assets", "typescript", "wasm-assets", "web-workers")),
         *("guide/advanced/" + p for p in ("alias", "browser-compatibility", "browserslist", "env-vars", "environments",
                                           "hmr", "logging", "module-federation", "ssr", "testing")))


def main() -> None:
    write_pairs(sys.argv[1], Path(sys.argv[2]), COMMIT, PAGES, lambda page, lang: f"website/docs/{lang}/{page}.mdx",
                ".mdx")


if __name__ == "__main__":
    main()

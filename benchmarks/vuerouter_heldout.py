"""Build held-out documentation page pairs (the Vue Router guide's essentials and advanced pages) from a fetched git
dir; see precision_mddocs.py.

    python benchmarks/vuerouter_heldout.py GIT_DIR OUT_FOLDER

The source is the GitHub repository `vuejs/router` (fetch tool: `github:vuejs/router`, which returns a git dir; MIT,
never copy the pages into this repository), Vue Router, the official router of Vue.js, whose documentation site is
written in Markdown (VitePress) in English under `packages/docs/` and in Chinese, by the project's translators, under
`packages/docs/zh/` (the same path below it): prose, headings, lists, `::: tip` containers, tables, many code blocks
and links. The pages were chosen by a rule written before any check ran (stop 50, helper fresh50, the second set
because no new journal-abstract source was found, see its log): every page of the guide's "essentials" and
"advanced" sections (`guide/essentials/*.md`, `guide/advanced/*.md`: 10 + 12 = 22 pages, each with a Chinese page at
the same path), the guide's index and migration pages, the installation, file-based-routing, data-loader,
experimental and API pages left out. A project in no documentation set before (pinia-heldout and vitepress-heldout
are other projects of the same organisation: other pages, other writers and translators): not the development set
`../shared/data/real/mddocs`, nor the held-out antd, echarts, vant, naive, arco, formily, umi, varlet, ahooks, pinia,
vitepress, rsbuild, rspack, rslib, dolphin, mddocs-heldout or Dynamics sets. Written to OUT_FOLDER as `PAGE.zh.md` /
`PAGE.en.md`, as stored at COMMIT (the snapshot measured first, on main ba39218 before anything was tuned on it; the
newest commit if that one is absent). 22 page pairs; `python benchmarks/precision_mddocs.py /tmp/vuerouter-heldout
--labels benchmarks/labels/vuerouter-heldout.tsv --targets benchmarks/labels/vuerouter-heldout.targets.tsv` measures
them, with `--glossary benchmarks/glossaries/vuerouter.csv` for the with-glossary run (`vuerouter-g` in docs.sh).
"""
from __future__ import annotations

import sys
from pathlib import Path

from page_pairs import write_pairs  # benchmarks/ is the script's folder

COMMIT = "b19cce24aaf561b154b23cd475ca112bd61f2d10"
PAGES = (*("guide/essentials/" + p for p in ("active-links", "dynamic-matching", "history-mode", "named-routes",
                                             "named-views", "navigation", "nested-routes", "passing-props",
                                             "redirect-and-alias", "route-matching-syntax")),
         *("guide/advanced/" + p for p in ("composition-api", "data-fetching", "dynamic-routing",
                                           "extending-router-link", "lazy-loading", "meta", "navigation-failures",
                                           "navigation-guards", "router-view-slot", "scroll-behavior", "transitions",
                                           "typed-routes")))


def main() -> None:
    write_pairs(sys.argv[1], Path(sys.argv[2]), COMMIT, PAGES,
                lambda page, lang: f"packages/docs/{'zh/' if lang == 'zh' else ''}{page}.md")


if __name__ == "__main__":
    main()

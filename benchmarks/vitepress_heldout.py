"""Build held-out documentation page pairs (the VitePress guide) from a fetched git dir; see precision_mddocs.py.

    python benchmarks/vitepress_heldout.py GIT_DIR OUT_FOLDER

The source is the GitHub repository `vuejs/vitepress` (fetch tool: `github:vuejs/vitepress`, which returns a git dir;
MIT, never copy the pages into this repository), VitePress, the Vue static-site generator, whose documentation is
written in English under `docs/en/` and translated into Chinese under `docs/zh/` (the same path): prose, headings,
lists, tips (`::: tip` containers), code blocks (shell, TypeScript, Vue SFCs, Markdown examples) and links. The pages
were chosen by a rule written before any check ran (stop 46, helper fresh46): the front page and every page of the
guide (`docs/en/guide/`, all 18 of them have a Chinese page at the same path, each translated: Chinese text on every
page), the reference section (`reference/`, mostly option tables) left out. None of them is in the development set
`../shared/data/real/mddocs` or in the held-out antd, echarts, vant, naive, arco, formily, umi, varlet, ahooks,
pinia, mddocs-heldout or Dynamics sets. Written to OUT_FOLDER as `PAGE.zh.md` / `PAGE.en.md`, as stored at COMMIT (the
snapshot measured first, on main 527330e = 0.26.0 before anything was tuned on it; the newest commit if that one is
absent). 19 page pairs; `python benchmarks/precision_mddocs.py /tmp/vitepress-heldout --labels
benchmarks/labels/vitepress-heldout.tsv --targets benchmarks/labels/vitepress-heldout.targets.tsv` measures them.
"""
from __future__ import annotations

import sys
from pathlib import Path

from page_pairs import write_pairs  # benchmarks/ is the script's folder

COMMIT = "ed2bfb266ef788e86d1a73fe3cd7708a4cd5e260"
PAGES = ("index",
         *("guide/" + p for p in ("asset-handling", "cms", "custom-theme", "data-loading", "deploy",
                                  "extending-default-theme", "frontmatter", "getting-started", "i18n", "markdown",
                                  "migration-from-vitepress-0", "migration-from-vuepress", "mpa-mode", "routing",
                                  "sitemap-generation", "ssr-compat", "using-vue", "what-is-vitepress")))


def main() -> None:
    write_pairs(sys.argv[1], Path(sys.argv[2]), COMMIT, PAGES, lambda page, lang: f"docs/{lang}/{page}.md")


if __name__ == "__main__":
    main()

"""Build held-out documentation page pairs (the Pinia guide) from a fetched git dir; see precision_mddocs.py.

    python benchmarks/pinia_heldout.py GIT_DIR OUT_FOLDER

The source is the GitHub repository `vuejs/pinia` (fetch tool: `github:vuejs/pinia`, which returns a git dir; MIT,
never copy the pages into this repository), Pinia, the Vue store library, whose VitePress documentation is written in
English under `packages/docs/` and translated into Chinese under `packages/docs/zh/` (the same path): prose,
headings, lists, tips (`::: tip` containers), code blocks (TypeScript, Vue SFCs) and links. The pages were chosen by
a rule written before any check ran (stop 45, helper fresh45): every English guide page that has a Chinese page at
the same path under `zh/`, that is all of them (the front page, introduction, getting started, the six core-concept
pages, the two SSR pages and the ten cookbook pages), except one whose `zh/` page is still the English text, not
translated (`cookbook/migration-0-0-7`: `check` refuses two English files, exit 2); the generated API reference
(`api/`) left out. None of them is
in the development set `../shared/data/real/mddocs` or in the held-out antd, echarts, vant, naive, arco, formily,
umi, varlet, ahooks, mddocs-heldout or Dynamics sets. Written to OUT_FOLDER as `PAGE.zh.md` / `PAGE.en.md`, as
stored at COMMIT (the snapshot measured first, on main 3d07844 = 0.25.1 before anything was tuned on it; the newest
commit if that one is absent). 20 page pairs; `python benchmarks/precision_mddocs.py /tmp/pinia-heldout --labels
benchmarks/labels/pinia-heldout.tsv --targets benchmarks/labels/pinia-heldout.targets.tsv` measures them.
"""
from __future__ import annotations

import sys
from pathlib import Path

from page_pairs import write_pairs  # benchmarks/ is the script's folder

COMMIT = "254eec764ecccd120ab9dbc31352d76ffd6ecfa3"
DOCS = "packages/docs/"
PAGES = ("index", "introduction", "getting-started",
         *("core-concepts/" + p for p in ("index", "state", "getters", "actions", "plugins",
                                          "outside-component-usage")),
         "ssr/index", "ssr/nuxt",
         *("cookbook/" + p for p in ("index", "migration-vuex", "migration-v1-v2", "testing",
                                     "options-api", "composables", "composing-stores", "hot-module-replacement",
                                     "vscode-snippets")))


def main() -> None:
    write_pairs(sys.argv[1], Path(sys.argv[2]), COMMIT, PAGES,
                lambda page, lang: f"{DOCS}{'zh/' if lang == 'zh' else ''}{page}.md")


if __name__ == "__main__":
    main()

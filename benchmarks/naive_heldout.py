"""Build held-out documentation page pairs (Naive UI guides) from a fetched git dir; see precision_mddocs.py.

    python benchmarks/naive_heldout.py GIT_DIR OUT_FOLDER

The source is the GitHub repository `tusen-ai/naive-ui` (fetch tool: `github:tusen-ai/naive-ui`, which returns a git
dir; MIT, never copy the pages into this repository), a Vue 3 component library whose guide pages are written in both
languages, `demo/pages/docs/PAGE/zhCN/index.md` + `enUS/index.md`: short pages of prose, headings, lists, tables,
many code blocks (shell, TypeScript, Vue templates), links and inline HTML. None of them is in the development set
`../shared/data/real/mddocs` (Hugging Face course, MMEngine, Apache APISIX), `antd-heldout`, `echarts-heldout` or
`vant-heldout`. PAGES are written to OUT_FOLDER as `PAGE.zh.md` / `PAGE.en.md`, as stored at COMMIT (the snapshot
measured first, on 0.7.0 before anything was tuned on it; the newest commit if that one is absent). 10 page pairs;
`python benchmarks/precision_mddocs.py /tmp/naive-heldout --labels benchmarks/labels/naive-heldout.tsv
--targets benchmarks/labels/naive-heldout.targets.tsv` measures them.
"""
from __future__ import annotations

import sys
from pathlib import Path

from page_pairs import write_pairs  # benchmarks/ is the script's folder

COMMIT = "2ac0b01e7490d887803626deb498005594253a46"
PAGES = ("community", "customize-theme", "i18n", "import-on-demand", "introduction", "nuxtjs", "ssr",
         "style-conflict", "usage-sfc", "vitepress")
LANG = {"zh": "zhCN", "en": "enUS"}


def main() -> None:
    write_pairs(sys.argv[1], Path(sys.argv[2]), COMMIT, PAGES,
                lambda page, lang: f"demo/pages/docs/{page}/{LANG[lang]}/index.md")


if __name__ == "__main__":
    main()

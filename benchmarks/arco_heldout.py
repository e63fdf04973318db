"""Build held-out documentation page pairs (Arco Design guides) from a fetched git dir; see precision_mddocs.py.

    python benchmarks/arco_heldout.py GIT_DIR OUT_FOLDER

The source is the GitHub repository `arco-design/arco-design` (fetch tool: `github:arco-design/arco-design`, which
returns a git dir; MIT, never copy the pages into this repository), a React component library whose site guides are
written in both languages, `site/docs/PATH.zh-CN.md` + `PATH.en-US.md`: getting started, theming, migration, the Arco
Pro admin template (permissions, routes and menus) and the material platform (quick start, migration, teams,
workspaces): prose, headings, lists, tables, code blocks (shell, JavaScript, JSON), links, images and inline HTML.
None of them is in the development set `../shared/data/real/mddocs` (Hugging Face course, MMEngine, Apache APISIX),
`antd-heldout`, `echarts-heldout`, `vant-heldout` or `naive-heldout`. PAGES (name -> path) are written to OUT_FOLDER
as `NAME.zh.md` / `NAME.en.md`, as stored at COMMIT (the snapshot measured first, on 0.7.0 before anything was tuned
on it; the newest commit if that one is absent). 10 page pairs; `python benchmarks/precision_mddocs.py
/tmp/arco-heldout --labels benchmarks/labels/arco-heldout.tsv --targets benchmarks/labels/arco-heldout.targets.tsv`
measures them.
"""
from __future__ import annotations

import sys
from pathlib import Path

from page_pairs import write_pairs  # benchmarks/ is the script's folder

COMMIT = "79516eebaaf11f3459508f2579dd851e4e76a22f"
PAGES = {
    "start": "start", "theme": "theme", "migrate-to-v2": "migrate_to_v2", "designlab-guideline": "designlab/guideline",
    "pro-permission": "pro/permission", "pro-routes-and-menu": "pro/routes-and-menu",
    "material-quick-start": "material/2.x/quick-start", "material-migration": "material/2.x/migration",
    "material-team": "material/2.x/team", "material-workspace": "material/2.x/workspace",
}
LANG = {"zh": "zh-CN", "en": "en-US"}


def main() -> None:
    write_pairs(sys.argv[1], Path(sys.argv[2]), COMMIT, tuple(PAGES),
                lambda page, lang: f"site/docs/{PAGES[page]}.{LANG[lang]}.md")


if __name__ == "__main__":
    main()

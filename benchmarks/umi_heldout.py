"""Build held-out documentation page pairs (Umi guides) from a fetched git dir; see precision_mddocs.py.

    python benchmarks/umi_heldout.py GIT_DIR OUT_FOLDER

The source is the GitHub repository `umijs/umi` (fetch tool: `github:umijs/umi`, which returns a git dir; MIT, never
copy the pages into this repository), a React application framework whose documentation is written in Chinese first
with an English translation beside it in the same commit, `docs/docs/docs/PATH.md` + `PATH.en-US.md`: guides to the
directory layout, environment variables, generators, lint, MFSU, plugins and routes, and the contribution guide, FAQ
and upgrade guide: prose, headings, nested lists, tables, many code blocks (shell, TypeScript, TSX, JSON), links,
admonitions (`:::info`). The pages were chosen by a rule, before any check ran: every page of `docs/guides` and
`docs/introduce` with at least 40 lines holding Chinese whose English page holds no Chinese (the blog's English
pages are untranslated copies and the API references are tables, so neither folder is used); at COMMIT each chosen
pair has the same number of headings on both sides. Every English page carries a `translated_at` front-matter field, all
ten stamped minutes apart on 2024-03-17, and keeps the Chinese page's lines almost one for one: a batch (probably
machine-assisted) translation, so its alignment is easier than a human translator's. None of them is in the development
set `../shared/data/real/mddocs` (Hugging Face course, MMEngine, Apache APISIX) or the held-out antd, echarts, vant,
naive, arco, formily or Dynamics sets. PAGES (name -> path without the language suffix) are written to OUT_FOLDER as
`NAME.zh.md` / `NAME.en.md`, as stored at COMMIT (the snapshot measured first, on main 2bf43cd before anything was tuned
on it; the newest commit if that one is absent). 10 page pairs; `python benchmarks/precision_mddocs.py /tmp/umi-heldout
--labels benchmarks/labels/umi-heldout.tsv --targets benchmarks/labels/umi-heldout.targets.tsv`
measures them.
"""
from __future__ import annotations

import sys
from pathlib import Path

from page_pairs import write_pairs  # benchmarks/ is the script's folder

COMMIT = "a4a2b588e29a83b21450b37e5a455bbf8e256ad3"
GUIDES, INTRO = "docs/docs/docs/guides", "docs/docs/docs/introduce"
PAGES = {
    "directory-structure": f"{GUIDES}/directory-structure", "env-variables": f"{GUIDES}/env-variables",
    "generator": f"{GUIDES}/generator", "lint": f"{GUIDES}/lint", "mfsu": f"{GUIDES}/mfsu",
    "plugins": f"{GUIDES}/plugins", "routes": f"{GUIDES}/routes", "contributing": f"{INTRO}/contributing",
    "faq": f"{INTRO}/faq", "upgrade-to-umi-4": f"{INTRO}/upgrade-to-umi-4",
}
SUFFIX = {"zh": ".md", "en": ".en-US.md"}


def main() -> None:
    write_pairs(sys.argv[1], Path(sys.argv[2]), COMMIT, tuple(PAGES), lambda page, lang: PAGES[page] + SUFFIX[lang])


if __name__ == "__main__":
    main()

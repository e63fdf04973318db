"""Build held-out documentation page pairs (the Rslib guide's basic and advanced pages) from a fetched git dir;
see precision_mddocs.py.

    python benchmarks/rslib_heldout.py GIT_DIR OUT_FOLDER

The source is the GitHub repository `web-infra-dev/rslib` (fetch tool: `github:web-infra-dev/rslib`, which returns a
git dir; MIT, never copy the pages into this repository), Rslib, the Rsbuild-based library build tool, whose
documentation site is written in MDX in English under `website/docs/en/` and in Chinese under `website/docs/zh/` (the
same path): prose, headings, lists, `:::tip` containers, tables, code blocks and links. The pages were chosen by a rule
written before any check ran (stop 49, helper fresh49): every page of the guide's "basic" and "advanced" sections
(`guide/basic/*.mdx`, `guide/advanced/*.mdx`: 5 + 15 = 20 pages, each with a Chinese page at the same path), the
other guide sections (start, solution, migration, upgrade, faq) and the config, API, blog and shared pages left out. A
project in no documentation set before (rsbuild-heldout and rspack-heldout are its sibling projects, same organisation
and site generator, but other pages and other writers' text): not the development set `../shared/data/real/mddocs`,
nor the held-out antd, echarts, vant, naive, arco, formily, umi, varlet, ahooks, pinia, vitepress, rsbuild, rspack,
mddocs-heldout or Dynamics sets. Written to OUT_FOLDER as `PAGE.zh.mdx` / `PAGE.en.mdx`, as stored at COMMIT (the
snapshot measured first, on main c2eab24 = 0.29.0 before anything was tuned on it; the newest commit if that one is
absent). 20 page pairs; `python benchmarks/precision_mddocs.py /tmp/rslib-heldout --labels
benchmarks/labels/rslib-heldout.tsv --targets benchmarks/labels/rslib-heldout.targets.tsv` measures them, with
`--glossary benchmarks/glossaries/rslib.csv` for the with-glossary run (`rslib-g` in docs.sh).
"""
from __future__ import annotations

import sys
from pathlib import Path

from page_pairs import write_pairs  # benchmarks/ is the script's folder

COMMIT = "431665e6aade91ed589a9ebfe31d2f9d8dda6f67"
PAGES = (*("guide/basic/" + p for p in ("cli", "configure-rslib", "output-format", "output-structure", "typescript")),
         *("guide/advanced/" + p for p in ("css", "dts", "env-vars", "json-files", "module-federation",
                                           "output-compatibility", "rsdoctor", "rspress", "rstest", "static-assets",
                                           "storybook", "svgr-files", "third-party-deps", "wasm", "web-workers")))


def main() -> None:
    write_pairs(sys.argv[1], Path(sys.argv[2]), COMMIT, PAGES, lambda page, lang: f"website/docs/{lang}/{page}.mdx",
                ".mdx")


if __name__ == "__main__":
    main()

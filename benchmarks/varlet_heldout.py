"""Build held-out documentation page pairs (Varlet guides) from a fetched git dir; see precision_mddocs.py.

    python benchmarks/varlet_heldout.py GIT_DIR OUT_FOLDER

The source is the GitHub repository `varletjs/varlet` (fetch tool: `github:varletjs/varlet`, which returns a git dir;
MIT, never copy the pages into this repository), a Vue 3 Material Design component library whose guides are written
in both languages in the same commits, `packages/varlet-ui/docs/PAGE.zh-CN.md` + `PAGE.en-US.md`: quick start,
import on demand, browser adaptation, atomic CSS, defaults, SSR, Zod validation, the CLI guide, the migration guide,
design resources, extensions and the front page: prose, headings, lists, tables, code blocks (shell, TypeScript, Vue
templates), links. The pages were chosen by a rule, before any check ran: every page pair of that folder (the
components' API pages live elsewhere). None of them is in the development set `../shared/data/real/mddocs` (Hugging
Face course, MMEngine, Apache APISIX) or the held-out antd, echarts, vant, naive, arco, formily, umi or Dynamics sets.
PAGES are written to OUT_FOLDER as `PAGE.zh.md` / `PAGE.en.md`, as stored at COMMIT (the snapshot measured first, on
main 2bf43cd before anything was tuned on it; the newest commit if that one is absent). 12 page pairs; `python
benchmarks/precision_mddocs.py /tmp/varlet-heldout --labels benchmarks/labels/varlet-heldout.tsv --targets
benchmarks/labels/varlet-heldout.targets.tsv` measures them.
"""
from __future__ import annotations

import sys
from pathlib import Path

from page_pairs import write_pairs  # benchmarks/ is the script's folder

COMMIT = "0e7693257b7fd2ac80c6327f71ea92a8260bc119"
PAGES = ("atomicCssSupport", "browserAdaptation", "cli", "defaultsCustomization", "designResources", "extension",
         "home", "importOnDemand", "migrationGuide", "quickstart", "serverSideRendering", "zodValidation")
LANG = {"zh": "zh-CN", "en": "en-US"}


def main() -> None:
    write_pairs(sys.argv[1], Path(sys.argv[2]), COMMIT, PAGES,
                lambda page, lang: f"packages/varlet-ui/docs/{page}.{LANG[lang]}.md")


if __name__ == "__main__":
    main()

"""Build held-out documentation page pairs (Apache DolphinScheduler's about, parameter, project and resource pages)
from a fetched git dir; see precision_mddocs.py.

    python benchmarks/dolphin_heldout.py GIT_DIR OUT_FOLDER

The source is the GitHub repository `apache/dolphinscheduler` (fetch tool: `github:apache/dolphinscheduler`, which
returns a git dir; Apache-2.0, never copy the pages into this repository), the distributed workflow scheduler, whose
documentation is written by the project in Markdown in English under `docs/docs/en/` and in Chinese under
`docs/docs/zh/` (the same path): prose, headings, lists, parameter tables, screenshots, code blocks and links. The
pages were chosen by a rule written before any check ran (stop 50, helper fresh50): every page of the `about`
section and of the user guide's `parameter`, `project` and `resource` sections (`about/*.md`, `guide/parameter/*.md`,
`guide/project/*.md`, `guide/resource/*.md`: 4 + 8 + 4 + 4 = 20 pages, each with a Chinese page at the same path),
the task, data source, alert, installation, contribution and architecture pages left out. A project in no set before
(a workflow scheduler, not a UI library or bundler: not the development set `../shared/data/real/mddocs`, nor the
held-out antd, echarts, vant, naive, arco, formily, umi, varlet, ahooks, pinia, vitepress, rsbuild, rspack, rslib,
mddocs-heldout or Dynamics sets). Written to OUT_FOLDER as `PAGE.zh.md` / `PAGE.en.md`, as stored at COMMIT (the
snapshot measured first, on main ba39218 before anything was tuned on it; the newest commit if that one is absent).
20 page pairs; `python benchmarks/precision_mddocs.py /tmp/dolphin-heldout --labels
benchmarks/labels/dolphin-heldout.tsv --targets benchmarks/labels/dolphin-heldout.targets.tsv` measures them, with
`--glossary benchmarks/glossaries/dolphin.csv` for the with-glossary run (`dolphin-g` in docs.sh).
"""
from __future__ import annotations

import sys
from pathlib import Path

from page_pairs import write_pairs  # benchmarks/ is the script's folder

COMMIT = "7e0095dca198bfc50c59bbc10b3be5617d7b3229"
PAGES = (*("about/" + p for p in ("features", "glossary", "hardware", "introduction")),
         *("guide/parameter/" + p for p in ("built-in", "context", "file-parameter", "global", "local", "priority",
                                            "project-parameter", "startup-parameter")),
         *("guide/project/" + p for p in ("project-list", "task-instance", "workflow-definition", "workflow-instance")),
         *("guide/resource/" + p for p in ("configuration", "file-manage", "intro", "task-group")))


def main() -> None:
    write_pairs(sys.argv[1], Path(sys.argv[2]), COMMIT, PAGES, lambda page, lang: f"docs/docs/{lang}/{page}.md")


if __name__ == "__main__":
    main()

"""Build held-out documentation page pairs (Apache SeaTunnel's concept and transform pages) from a fetched git dir;
see precision_mddocs.py.

    python benchmarks/seatunnel_heldout.py GIT_DIR OUT_FOLDER

The source is the GitHub repository `apache/seatunnel` (fetch tool: `github:apache/seatunnel`, which returns a git
dir; Apache-2.0, never copy the pages into this repository), the distributed data integration platform, whose
documentation is written by the project in Markdown in English under `docs/en/` and in Chinese under `docs/zh/` (the
same path): prose, headings, option tables, HOCON/SQL/Java code blocks and links. The pages were chosen by a rule
written before any check ran (stop 51, helper fresh51): every page of the `concept` section and of the `transform-v2`
section that has a Chinese page at the same path (9 + 15 pages), less `transform-v2/common-options` (the Chinese page
is an older, shorter version: 23 lines against 69) and `transform-v2/sql-functions` (a 980-line function reference)
= 22 page pairs; the connector, engine, start, contribution and command pages left out. A project in no set before
(a data integration platform: not the development set `../shared/data/real/mddocs`, nor the held-out antd, echarts,
vant, naive, arco, formily, umi, varlet, ahooks, pinia, vitepress, rsbuild, rspack, rslib, dolphin, vuerouter,
rocketmq, mddocs-heldout or Dynamics sets). Written to OUT_FOLDER as `PAGE.zh.md` / `PAGE.en.md`, as stored at COMMIT
(the snapshot measured first, on main 718396d before anything was tuned on it; the newest commit if that one is
absent). 22 page pairs; `python benchmarks/precision_mddocs.py /tmp/seatunnel-heldout --labels
benchmarks/labels/seatunnel-heldout.tsv --targets benchmarks/labels/seatunnel-heldout.targets.tsv` measures them,
with `--glossary benchmarks/glossaries/seatunnel.csv` for the with-glossary run (`seatunnel-g` in docs.sh).
"""
from __future__ import annotations

import sys
from pathlib import Path

from page_pairs import write_pairs  # benchmarks/ is the script's folder

COMMIT = "15431c94d9b9f34839173d67c1b638f058f58722"
PAGES = (*("concept/" + p for p in ("JobEnvConfig", "config", "connector-v2-features", "event-listener",
                                    "schema-evolution", "schema-feature", "sink-options-placeholders", "speed-limit",
                                    "sql-config")),
         *("transform-v2/" + p for p in ("copy", "dynamic-compile", "embedding", "field-mapper", "filter-rowkind",
                                         "filter", "jsonpath", "llm", "replace", "rowkind-extractor", "split",
                                         "sql-udf", "sql")))


def main() -> None:
    write_pairs(sys.argv[1], Path(sys.argv[2]), COMMIT, PAGES, lambda page, lang: f"docs/{lang}/{page}.md")


if __name__ == "__main__":
    main()

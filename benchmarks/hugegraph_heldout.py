"""Build held-out documentation page pairs (Apache HugeGraph's guide, configuration, language, introduction and
HugeGraph-AI pages) from a fetched git dir; see precision_mddocs.py.

    python benchmarks/hugegraph_heldout.py GIT_DIR OUT_FOLDER

The source is the GitHub repository `apache/hugegraph-doc` (fetch tool: `github:apache/hugegraph-doc`, which returns a
git dir; Apache-2.0, never copy the pages into this repository), the website of the HugeGraph graph database, whose
documentation is written by the project in Markdown (Hugo) in Chinese under `content/cn/docs/` and in English under
`content/en/docs/` (the same path): prose, headings, option tables, Gremlin/Java/Python/shell/YAML code blocks and
links. The pages were chosen by a rule written before any check ran (stop 52, helper fresh52): every page of at least
20 lines of the `guides`, `config`, `language` and `quickstart/hugegraph-ai` sections plus `introduction/_index`
(8 + 4 + 2 + 6 + 1 = 21 page pairs; no page of these sections differs in length between the languages by more than
10 %); the REST API reference, changelog, performance, contribution, download and other quickstart pages left out.
A project in no set before (a graph database: not the development set `../shared/data/real/mddocs`, nor the held-out
antd, echarts, vant, naive, arco, formily, umi, varlet, ahooks, pinia, vitepress, rsbuild, rspack, rslib, dolphin,
vuerouter, rocketmq, seatunnel, mddocs-heldout or Dynamics sets). Written to OUT_FOLDER as `PAGE.zh.md` /
`PAGE.en.md`, as stored at COMMIT (the snapshot measured first, on main 1008a84f before anything was tuned on it; the
newest commit if that one is absent). 21 page pairs; `python benchmarks/precision_mddocs.py /tmp/hugegraph-heldout
--labels benchmarks/labels/hugegraph-heldout.tsv --targets benchmarks/labels/hugegraph-heldout.targets.tsv` measures
them, with `--glossary benchmarks/glossaries/hugegraph.csv` for the with-glossary run (`hugegraph-g` in docs.sh).
"""
from __future__ import annotations

import sys
from pathlib import Path

from page_pairs import write_pairs  # benchmarks/ is the script's folder

COMMIT = "ecc562291dd406bb900eacf711baba33924dc564"
PAGES = (*("guides/" + p for p in ("architectural", "backup-restore", "custom-plugin", "desgin-concept", "faq",
                                   "hugegraph-docker-cluster", "security", "toolchain-local-test")),
         *("config/" + p for p in ("config-authentication", "config-guide", "config-https", "config-option")),
         *("language/" + p for p in ("hugegraph-example", "hugegraph-gremlin")),
         "introduction/_index",
         *("quickstart/hugegraph-ai/" + p for p in ("_index", "config-reference", "hugegraph-llm", "hugegraph-ml",
                                                    "quick_start", "rest-api")))
LANG_DIR = {"zh": "cn", "en": "en"}


def main() -> None:
    write_pairs(sys.argv[1], Path(sys.argv[2]), COMMIT, PAGES,
                lambda page, lang: f"content/{LANG_DIR[lang]}/docs/{page}.md")


if __name__ == "__main__":
    main()

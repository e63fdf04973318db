"""Build held-out documentation page pairs (Apache RocketMQ's introduction, producer, consumer and best-practice
pages) from a fetched git dir; see precision_mddocs.py.

    python benchmarks/rocketmq_heldout.py GIT_DIR OUT_FOLDER

The source is the GitHub repository `apache/rocketmq-site` (fetch tool: `github:apache/rocketmq-site`, which returns a
git dir; Apache-2.0, never copy the pages into this repository), the website of the RocketMQ message queue, whose
Docusaurus documentation is written by the project in Chinese under `docs/` and in English under
`i18n/en/docusaurus-plugin-content-docs/current/` (the same path): prose, headings, lists, parameter tables,
screenshots, Java and shell code blocks and links. The pages were chosen by a rule written before any check ran
(stop 51, helper fresh51): every page of the `00-introduction`, `02-producer`, `03-consumer` and `05-bestPractice`
sections (2 + 6 + 3 + 8 = 19 pages, each with an English page at the same path), the quick-start, deployment,
parameter, EventBridge, MQTT, Streams, Connect and contribution sections and the versioned 4.x/5.0 copies left out.
A project in no set before (messaging middleware: not the development set `../shared/data/real/mddocs`, nor the
held-out antd, echarts, vant, naive, arco, formily, umi, varlet, ahooks, pinia, vitepress, rsbuild, rspack, rslib,
dolphin, vuerouter, mddocs-heldout or Dynamics sets). Written to OUT_FOLDER as `PAGE.zh.md` / `PAGE.en.md`, as stored
at COMMIT (the snapshot measured first, on main 718396d before anything was tuned on it; the newest commit if that
one is absent). 19 page pairs; `python benchmarks/precision_mddocs.py /tmp/rocketmq-heldout --labels
benchmarks/labels/rocketmq-heldout.tsv --targets benchmarks/labels/rocketmq-heldout.targets.tsv` measures them, with
`--glossary benchmarks/glossaries/rocketmq.csv` for the with-glossary run (`rocketmq-g` in docs.sh).
"""
from __future__ import annotations

import sys
from pathlib import Path

from page_pairs import write_pairs  # benchmarks/ is the script's folder

COMMIT = "7c16875ef20b889a5ffad003630391fdc84804e7"
PAGES = (*("00-introduction/" + p for p in ("01whychoose", "02whatis")),
         *("02-producer/" + p for p in ("01concept1", "02message1", "03message2", "04message3", "05message4",
                                        "06message5")),
         *("03-consumer/" + p for p in ("01concept2", "02push", "03pull")),
         *("05-bestPractice/" + p for p in ("01bestpractice", "02dledger", "03messagetra", "04access", "05JVMOS",
                                            "06log", "07subscribe", "08FAQ")))


def path_of(page: str, lang: str) -> str:
    """The page's Chinese file under `docs/`, its English one under Docusaurus's i18n folder."""
    return f"docs/{page}.md" if lang == "zh" else f"i18n/en/docusaurus-plugin-content-docs/current/{page}.md"


def main() -> None:
    write_pairs(sys.argv[1], Path(sys.argv[2]), COMMIT, PAGES, path_of)


if __name__ == "__main__":
    main()

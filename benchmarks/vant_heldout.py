"""Build held-out documentation page pairs (Vant guides) from a fetched git dir; see precision_mddocs.py.

    python benchmarks/vant_heldout.py GIT_DIR OUT_FOLDER

The source is the GitHub repository `youzan/vant` (fetch tool: `github:youzan/vant`, which returns a git dir; MIT,
never copy the pages into this repository), a Vue mobile component library whose guides are written in both
languages, `packages/vant/docs/markdown/PAGE.zh-CN.md` + `PAGE.en-US.md`: headings, lists, tables, many code blocks
(shell, JavaScript, Vue templates, Less), links, inline HTML; the Chinese of some pages says more than the English
(advanced-usage). None of them is in the development set `../shared/data/real/mddocs` (Hugging Face course, MMEngine,
Apache APISIX), `antd-heldout` or `echarts-heldout`. PAGES are written to OUT_FOLDER as `PAGE.zh.md` / `PAGE.en.md`,
as stored at COMMIT (the snapshot measured first; the newest commit if that one is absent). 8 page pairs;
`python benchmarks/precision_mddocs.py /tmp/vant-heldout --labels benchmarks/labels/vant-heldout.tsv --no-recall`
measures them.
"""
from __future__ import annotations

import sys
from pathlib import Path

from page_pairs import write_pairs  # benchmarks/ is the script's folder

COMMIT = "29cd8c2119139851495550b9bf6bd5bd9f678b2f"
PAGES = ("advanced-usage", "contribution", "faq", "quickstart", "migrate-from-v2", "migrate-from-v3",
         "release-note-v4", "use-count-down")
LANG = {"zh": "zh-CN", "en": "en-US"}


def main() -> None:
    write_pairs(sys.argv[1], Path(sys.argv[2]), COMMIT, PAGES,
                lambda page, lang: f"packages/vant/docs/markdown/{page}.{LANG[lang]}.md")


if __name__ == "__main__":
    main()

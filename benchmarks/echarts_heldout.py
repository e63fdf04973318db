"""Build held-out documentation page pairs (Apache ECharts tutorials) from a fetched git dir; see precision_mddocs.py.

    python benchmarks/echarts_heldout.py GIT_DIR OUT_FOLDER

The source is the GitHub repository `apache/echarts-doc` (fetch tool: `github:apache/echarts-doc`, which returns a
git dir; Apache-2.0, never copy the pages into this repository). Its tutorials are written in both languages,
`zh/tutorial/PAGE.md` + `en/tutorial/PAGE.md`: an etpl `{{ target: ... }}` line on top, headings, lists, tables,
code blocks (option objects whose strings and comments are translated too), links, inline HTML, `~[WxH](url)` chart
embeds. None of them is in the development set `../shared/data/real/mddocs` (Hugging Face course, MMEngine, Apache
APISIX) or in `antd-heldout`. PAGES are written to OUT_FOLDER as `PAGE.zh.md` / `PAGE.en.md`, as stored at COMMIT
(the snapshot measured first; the newest commit if that one is absent). 8 page pairs, 1423 Chinese lines;
`python benchmarks/precision_mddocs.py /tmp/echarts-heldout --labels benchmarks/labels/echarts-heldout.tsv
--no-recall` measures them.
"""
from __future__ import annotations

import sys
from pathlib import Path

from page_pairs import write_pairs  # benchmarks/ is the script's folder

COMMIT = "24cf98b1c3e6375b6d02dce61803a427028b1318"
PAGES = ("aria", "event", "styling", "rich-text", "media-query", "tree-shaking", "data-zoom", "visual-map")


def main() -> None:
    write_pairs(sys.argv[1], Path(sys.argv[2]), COMMIT, PAGES, lambda page, lang: f"{lang}/tutorial/{page}.md")


if __name__ == "__main__":
    main()

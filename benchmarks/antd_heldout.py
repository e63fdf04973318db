"""Build the held-out documentation page pairs (Ant Design's guides) from a fetched git dir; see precision_mddocs.py.

    python benchmarks/antd_heldout.py GIT_DIR OUT_FOLDER

The source is the GitHub repository `ant-design/ant-design` (fetch tool: `github:ant-design/ant-design`, which
returns a git dir; MIT licence, never copy the pages into this repository). Its React guides are written in both
languages side by side, `docs/react/PAGE.en-US.md` + `docs/react/PAGE.zh-CN.md`: front matter, headings, lists,
tables, code blocks, links, inline HTML. None of them is in the development set `../shared/data/real/mddocs`
(Hugging Face course, MMEngine, Apache APISIX). PAGES are written to OUT_FOLDER as `PAGE.zh.md` / `PAGE.en.md`, as
stored at COMMIT (the snapshot measured first; the newest commit if that one is absent).
"""
from __future__ import annotations

import sys
from pathlib import Path

from page_pairs import write_pairs  # benchmarks/ is the script's folder

COMMIT = "2b258157ff20fb8948780e414dc1d74246aede40"
PAGES = ("faq", "customize-theme", "getting-started", "contributing", "i18n", "introduce",
         "server-side-rendering", "compatible-style")


def main() -> None:
    suffix = {"zh": "zh-CN", "en": "en-US"}
    write_pairs(sys.argv[1], Path(sys.argv[2]), COMMIT, PAGES,
                lambda page, lang: f"docs/react/{page}.{suffix[lang]}.md")


if __name__ == "__main__":
    main()

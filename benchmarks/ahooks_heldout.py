"""Build held-out documentation page pairs (ahooks guides and useRequest pages) from a fetched git dir; see
precision_mddocs.py.

    python benchmarks/ahooks_heldout.py GIT_DIR OUT_FOLDER

The source is the GitHub repository `alibaba/hooks` (fetch tool: `github:alibaba/hooks`, which returns a git dir; MIT,
never copy the pages into this repository), ahooks, a React hooks library whose documentation is written in both
languages, `PAGE.zh-CN.md` + `PAGE.en-US.md`: prose, headings, lists, API tables, code blocks (TypeScript, JSX),
dumi `<code>` demo tags and links. The pages were chosen by a rule written before any check ran (stop 44, helper
fresh44): every page pair under `docs/` (the front page, the guide, the upgrade guide, the DOM guide and four blog
posts on function references, HMR, SSR and strict mode) and every page pair of the useRequest documentation
(`packages/hooks/src/useRequest/doc/*/`, the one hook documented as a series of guide pages: basic use, loading delay,
polling, ready, refresh on dependencies and on window focus, debounce, throttle, cache, retry, and its index); the
other hooks' pages (an API table and demos each) were left out. None of them is in the development set
`../shared/data/real/mddocs` or in the held-out antd, echarts, vant, naive, arco, formily, umi, varlet, mddocs-heldout
or Dynamics sets. Written to OUT_FOLDER as `PAGE.zh.md` / `PAGE.en.md` (PAGE the path below without the language
suffix), as stored at COMMIT (the snapshot measured first, on main 967a26d = 0.24.0 before anything was tuned on it;
the newest commit if that one is absent). 19 page pairs; `python benchmarks/precision_mddocs.py /tmp/ahooks-heldout
--labels benchmarks/labels/ahooks-heldout.tsv --targets benchmarks/labels/ahooks-heldout.targets.tsv` measures them.
"""
from __future__ import annotations

import sys
from pathlib import Path

from page_pairs import write_pairs  # benchmarks/ is the script's folder

COMMIT = "6c2da252acc0ad1e79e57d6e78dc0099838ca002"
REQUEST = "packages/hooks/src/useRequest/doc/"
PAGES = ("docs/index", "docs/guide/index", "docs/guide/upgrade", "docs/guide/dom", "docs/guide/blog/function",
         "docs/guide/blog/hmr", "docs/guide/blog/ssr", "docs/guide/blog/strict",
         *(REQUEST + p for p in ("basic/basic", "cache/cache", "debounce/debounce", "index/index",
                                 "loadingDelay/loadingDelay", "polling/polling", "ready/ready",
                                 "refreshDeps/refresyDeps", "refreshOnWindowFocus/refreshOnWindowFocus",
                                 "retry/retry", "throttle/throttle")))
LANG = {"zh": "zh-CN", "en": "en-US"}


def main() -> None:
    write_pairs(sys.argv[1], Path(sys.argv[2]), COMMIT, PAGES, lambda page, lang: f"{page}.{LANG[lang]}.md")


if __name__ == "__main__":
    main()

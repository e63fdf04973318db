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

import subprocess
import sys
from pathlib import Path

COMMIT = "2b258157ff20fb8948780e414dc1d74246aede40"
PAGES = ("faq", "customize-theme", "getting-started", "contributing", "i18n", "introduce",
         "server-side-rendering", "compatible-style")


def show(git_dir: str, rev: str, path: str) -> str:
    """One file of the source repository at `rev`."""
    return subprocess.run(["git", f"--git-dir={git_dir}", "show", f"{rev}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def main() -> None:
    git_dir, out = sys.argv[1], Path(sys.argv[2])
    known = subprocess.run(["git", f"--git-dir={git_dir}", "cat-file", "-e", f"{COMMIT}^{{commit}}"],
                           capture_output=True).returncode == 0
    rev = COMMIT if known else "HEAD"
    out.mkdir(parents=True, exist_ok=True)
    for page in PAGES:
        for lang, suffix in (("zh", "zh-CN"), ("en", "en-US")):
            text = show(git_dir, rev, f"docs/react/{page}.{suffix}.md")
            (out / f"{page}.{lang}.md").write_text(text, encoding="utf-8")
        print(f"{out / page}.zh.md / .en.md")
    print(f"{len(PAGES)} page pairs from {rev}")


if __name__ == "__main__":
    main()

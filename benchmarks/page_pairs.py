"""Write zh/en documentation page pairs from a fetched git dir (the builders of the held-out docs sets use it).

A page pair is read as stored at a pinned commit (the snapshot measured first), or at HEAD when the fetched git dir
no longer holds that commit, and written to OUT as `PAGE.zh.md` / `PAGE.en.md`.
"""
from __future__ import annotations

import subprocess
from collections.abc import Callable, Sequence
from pathlib import Path

from heldout_io import show  # benchmarks/ is the script's folder


def write_pairs(git_dir: str, out: Path, commit: str, pages: Sequence[str],
                path_of: Callable[[str, str], str], suffix: str = ".md") -> None:
    """Write each page's pair to `out`; `path_of(page, lang)` is its file in the repository ("zh" or "en").

    A page may name a subfolder (`plugins/gzip`); `suffix` is the files' extension (`.mdx` for MDX pages)."""
    known = subprocess.run(["git", f"--git-dir={git_dir}", "cat-file", "-e", f"{commit}^{{commit}}"],
                           capture_output=True).returncode == 0
    rev = commit if known else "HEAD"
    out.mkdir(parents=True, exist_ok=True)
    for page in pages:
        (out / page).parent.mkdir(parents=True, exist_ok=True)
        for lang in ("zh", "en"):
            (out / f"{page}.{lang}{suffix}").write_text(show(git_dir, rev, path_of(page, lang)), encoding="utf-8")
        print(f"{out / page}.zh{suffix} / .en{suffix}")
    print(f"{len(pages)} page pairs from {rev}")

"""Reading a held-out source from a fetched git dir, and writing a document pair the way the benchmarks read it.

`show(git_dir, rev, path)` is one file of the source repository as text.

`write_line_pairs(stem, zh, en)` writes STEM.zh and STEM.en (a line each, UTF-8, LF) and STEM.gold, the published
1-1 line alignment `[i]:[i]` that `benchmarks/defects.py` takes as reference pairs and `benchmarks/align.py` scores.

`pinned(git_dir, commit)` is the commit measured first if the snapshot holds it, else HEAD.

`write_document(stem, zh, en)` writes line pairs with gold when the two sides have as many lines, else the two
sides alone (and no stale STEM.gold).

`paragraph(rows, sep)` joins a document's rows into the one-paragraph layout of the dev medline files and gives each
row's character span in it (the `.spans` that `benchmarks/defects.py` reads).
"""
from __future__ import annotations

import subprocess
from collections.abc import Sequence
from pathlib import Path


def show(git_dir: str, rev: str, path: str) -> str:
    """One file of the source repository at `rev`."""
    return subprocess.run(["git", f"--git-dir={git_dir}", "show", f"{rev}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def write_line_pairs(stem: Path, zh: Sequence[str], en: Sequence[str]) -> None:
    """STEM.zh, STEM.en (the i-th line of each a translation of the other) and STEM.gold."""
    if len(zh) != len(en):
        raise ValueError(f"{stem}: {len(zh)} Chinese lines against {len(en)} English lines")
    stem.with_suffix(".zh").write_text("".join(z + "\n" for z in zh), encoding="utf-8")
    stem.with_suffix(".en").write_text("".join(e + "\n" for e in en), encoding="utf-8")
    stem.with_suffix(".gold").write_text("".join(f"[{i}]:[{i}]\n" for i in range(len(zh))), encoding="utf-8")


def pinned(git_dir: str, commit: str) -> str:
    """`commit` if the fetched snapshot holds it, else "HEAD" (the builders pin the commit they measured first)."""
    exists = subprocess.run(["git", f"--git-dir={git_dir}", "cat-file", "-e", f"{commit}^{{commit}}"],
                            capture_output=True).returncode == 0
    return commit if exists else "HEAD"


def write_document(stem: Path, zh: Sequence[str], en: Sequence[str], aligned: bool | None = None) -> bool:
    """STEM.zh and STEM.en, with STEM.gold when the sides are line-aligned (`aligned`, by default: as many lines);
    True if gold was written."""
    if len(zh) == len(en) if aligned is None else aligned:
        write_line_pairs(stem, zh, en)
        return True
    stem.with_suffix(".zh").write_text("".join(z + "\n" for z in zh), encoding="utf-8")
    stem.with_suffix(".en").write_text("".join(e + "\n" for e in en), encoding="utf-8")
    stem.with_suffix(".gold").unlink(missing_ok=True)
    return False


def paragraph(rows: Sequence[str], sep: str) -> tuple[str, list[tuple[int, int]]]:
    """A document's rows as the dev medline file holds them (one paragraph, rows joined by sep, final LF) and the
    character span [start, end) of each row in it."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for row in rows:
        spans.append((pos, pos + len(row)))
        pos += len(row) + len(sep)
    return sep.join(rows) + "\n", spans

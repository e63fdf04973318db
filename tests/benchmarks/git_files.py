"""A git repository of files a test writes, committed: what the builders' tests read as a fetched git dir."""
from __future__ import annotations

import subprocess
from pathlib import Path


def repository(tmp_path: Path, files: dict[str, str]) -> str:
    """A git dir under `tmp_path` whose one commit holds each of `files` (path in the repository -> text); its
    path."""
    work = tmp_path / "work"
    work.mkdir(parents=True)
    for name, text in files.items():
        (work / name).parent.mkdir(parents=True, exist_ok=True)
        (work / name).write_text(text, encoding="utf-8")
    git = ["git", "-C", str(work), "-c", "user.name=t", "-c", "user.email=t@t"]
    for args in (["init", "-q"], ["add", "."], ["commit", "-qm", "files"]):
        subprocess.run([*git, *args], check=True)
    return str(work / ".git")

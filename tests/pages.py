"""A Chinese and an English Markdown page written by a test and checked as a pair, for the test modules that read
findings end to end."""
from __future__ import annotations

from pathlib import Path

from zhen_qa.checks.run import Flags, check_file
from zhen_qa.report.findings import Finding


def checked_pages(tmp_path: Path, zh: str, en: str) -> list[Finding]:
    """The findings of `zh` and `en` written as p.zh.md and p.en.md in `tmp_path` and checked with default flags."""
    (tmp_path / "p.zh.md").write_text(zh, encoding="utf-8")
    (tmp_path / "p.en.md").write_text(en, encoding="utf-8")
    return list(check_file(str(tmp_path / "p.zh.md"), str(tmp_path / "p.en.md"), Flags()).findings)


def rules_and_messages(tmp_path: Path, zh: str, en: str) -> list[tuple[str, str]]:
    """(rule, message) of each finding of the page pair (`checked_pages`)."""
    return [(f.rule, f.message) for f in checked_pages(tmp_path, zh, en)]

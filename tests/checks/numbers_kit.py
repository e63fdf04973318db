"""Small aligned documents for the number-mismatch tests: beads of Chinese and English sentences, checked."""
from __future__ import annotations

from tests.checks.aligned import build
from zhen_qa.checks.context import CheckContext
from zhen_qa.checks.numbers import run
from zhen_qa.report.findings import Finding


def check_beads(beads: list[tuple[list[str], list[str]]]) -> list[Finding]:
    """number-mismatch findings of a document made of these beads (Chinese sentences, English sentences)."""
    return list(run(CheckContext(build(beads))))


def check(zh: str, en: str) -> list[Finding]:
    """number-mismatch findings of one bead of one Chinese and one English sentence."""
    return check_beads([([zh], [en])])


def numbers(findings: list[Finding]) -> list[str]:
    """The differing numbers of each finding (the Chinese ones, then the English ones)."""
    return [dict(f.data).get("zh_numbers", "") + "/" + dict(f.data).get("en_numbers", "") for f in findings]

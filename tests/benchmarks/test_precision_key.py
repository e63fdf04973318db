"""benchmarks/precision.py: a label's key (`key`) outlives the term-missing message's "in its place" tail."""
from __future__ import annotations

import sys
from pathlib import Path

from zhen_qa.manuscript.source import Location
from zhen_qa.report.findings import Finding, Severity

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from precision import key  # noqa: E402

_PLAIN = "「兼容」 has no “compatible” in the aligned English"


def _finding(message: str, excerpt: str = "如果你需要兼容旧版浏览器。") -> Finding:
    return Finding("term-missing", Severity.WARNING, message, Location("a.zh.txt", 1, 6, 1, 8), "zh", excerpt)


def test_the_word_named_in_the_terms_place_leaves_the_key_as_the_label_has_it() -> None:
    """如果你需要兼容旧版浏览器。 / "If you need to support older browsers.": the row labelled before the message named
    “support” still matches; so does an English term's finding naming a Chinese word."""
    assert key(_finding(_PLAIN + " (the English says “support” in its place)")) == key(_finding(_PLAIN))
    plain_en = "“panel” has no 「面板」 in the aligned Chinese"
    assert key(_finding(plain_en + " (the Chinese says 「窗格」 in its place)")) == key(_finding(plain_en))


def test_the_rest_of_the_message_and_the_excerpt_still_key() -> None:
    """Another tail ("(it has …)"), another message or another excerpt is another finding."""
    assert key(_finding(_PLAIN + " (it has “compatibility”)")) != key(_finding(_PLAIN))
    assert key(_finding("「兼容」 has no “compat” in the aligned English")) != key(_finding(_PLAIN))
    assert key(_finding(_PLAIN, "需要兼容。")) != key(_finding(_PLAIN))

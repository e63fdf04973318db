"""The findings type's helpers: excerpts stay short around what they point at."""
from __future__ import annotations

from zhen_qa.report.findings import MAX_EXCERPT, Severity, bounded_excerpt, excerpt_around


def test_short_text_is_quoted_whole() -> None:
    assert excerpt_around("分泌物在再生医疗中。", 0, 3) == "分泌物在再生医疗中。"


def test_long_text_gives_a_window_around_the_span() -> None:
    text = "甲" * 1000 + "分泌物" + "乙" * 1000
    got = excerpt_around(text, 1000, 1003, context=10)
    assert got == "…" + "甲" * 10 + "分泌物" + "乙" * 10 + "…"


def test_bounded_excerpt_cuts_with_an_ellipsis() -> None:
    got = bounded_excerpt("x" * 5000)
    assert len(got) == MAX_EXCERPT and got.endswith("…")


def test_severity_ranks_order_error_above_info() -> None:
    assert Severity.ERROR.rank > Severity.WARNING.rank > Severity.INFO.rank

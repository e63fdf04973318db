"""Text quoted in messages: cut with an ellipsis."""
from __future__ import annotations

from zhen_qa.checks.quote import QUOTE_LIMIT, clipped


def test_text_that_fits_is_quoted_whole() -> None:
    assert clipped("短句。") == "短句。"
    assert clipped("x" * QUOTE_LIMIT) == "x" * QUOTE_LIMIT


def test_longer_text_is_cut_to_the_limit_with_an_ellipsis() -> None:
    assert clipped("x" * (QUOTE_LIMIT + 1)) == "x" * (QUOTE_LIMIT - 1) + "…"
    assert clipped("长" * 100, 60) == "长" * 59 + "…"
    assert len(clipped("长" * 100, 60)) == 60

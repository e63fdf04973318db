"""Tests of checks.term_excuse: one excuse of term-missing, tried on its side only."""
from __future__ import annotations

from zhen_qa.checks.term_excuse import Excuse
from zhen_qa.checks.term_excuses import EXCUSES


def test_an_excuse_is_tried_only_on_its_side() -> None:
    zh_only = next(e for e in EXCUSES if e.side == "zh")
    both = next(e for e in EXCUSES if e.side == "both")
    assert zh_only.tried_on("zh") and not zh_only.tried_on("en")
    assert both.tried_on("zh") and both.tried_on("en")


def test_an_english_sided_excuse_is_not_tried_on_chinese() -> None:
    en_only = Excuse("x", "en", lambda c: True, "an example")
    assert en_only.tried_on("en") and not en_only.tried_on("zh")

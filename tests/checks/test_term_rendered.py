"""Tests of checks.term_rendered: The ways a term is rendered without a glossary form."""
from __future__ import annotations

from zhen_qa.checks.term_rendered import general_alternative


def test_general_alternative_reads_the_lexicon_senses() -> None:
    assert general_alternative("outcome", "en", ("预后",))
    assert not general_alternative("shingles", "en", ("带状疱疹",))
    assert not general_alternative("total knee replacement", "en", ("全膝关节置换术",))
    assert general_alternative("结果", "zh", ("outcome",))
    assert not general_alternative("抑郁", "zh", ("depression",))  # despondent, gloomy: two senses

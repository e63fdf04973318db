"""Tests of checks.term_rendered: The ways a term is rendered without a glossary form."""
from __future__ import annotations

from zhen_qa.checks.term_rendered import derived_from, general_alternative


def test_general_alternative_reads_the_lexicon_senses() -> None:
    assert general_alternative("outcome", "en", ("预后",))
    assert not general_alternative("shingles", "en", ("带状疱疹",))
    assert not general_alternative("total knee replacement", "en", ("全膝关节置换术",))
    assert general_alternative("结果", "zh", ("outcome",))
    assert not general_alternative("抑郁", "zh", ("depression",))  # despondent, gloomy: two senses


def test_derived_from_is_the_preferred_words_own_inflection_or_derivation() -> None:
    assert derived_from("compilation", "compile") and derived_from("caching", "cache")
    assert derived_from("routes", "route")
    assert not derived_from("build", "compile") and not derived_from("outcome", "prognosis")
    assert not derived_from("use", "user")  # a stem shorter than DERIVED_STEM_MIN
    assert not derived_from("total knee replacement", "total knee arthroplasty")

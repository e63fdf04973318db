"""Tests of checks.term_event through term-missing (a Hit needs a whole bead): an event named by date and disease."""
from __future__ import annotations

from tests.checks.terms_kit import gl, missing_with
from zhen_qa.glossary.model import Concept

PANDEMIC = Concept("pandemic", "大流行", "pandemic")
G = gl(PANDEMIC)


missing = missing_with(G)


def test_a_pandemic_the_chinese_names_by_its_year_and_disease() -> None:
    """"the 1968 Hong Kong flu pandemic" = 1968年香港流感: the dated disease is the event."""
    en = "Many schools closed during the 1968 Hong Kong flu pandemic."
    assert missing("1968年香港流感期间，许多学校停课。", en) == []
    assert missing("2009-10 H1N1流感传播很快。", "The 2009–10 H1N1 flu pandemic spread fast.") == []


def test_an_event_without_its_date_or_disease_is_still_missing() -> None:
    """No year, another year, or the disease left out: the pandemic is missing from the Chinese."""
    hk = "Many schools closed during the 1968 Hong Kong flu pandemic."
    for zh, en in (("流感期间，许多学校停课。", "Many schools closed during the flu pandemic."),
                   ("1957年香港流感期间，许多学校停课。", hk), ("1968年期间，许多学校停课。", hk)):
        assert len(missing(zh, en)) == 1, en


def test_a_chinese_event_noun_the_english_drops_is_reported() -> None:
    """2009年H1N1流感大流行 = "the 2009 H1N1 flu": the English may have lost the term; it is reported."""
    assert len(missing("2009年H1N1流感大流行传播很快。", "The 2009 H1N1 flu substance spread fast.")) == 1

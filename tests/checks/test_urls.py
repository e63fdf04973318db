"""Tests of checks.urls: addresses found in text, and glossary terms inside them not matched."""
from __future__ import annotations

from tests.checks.terms_kit import gl, only, run
from zhen_qa.checks.urls import in_spans, url_spans
from zhen_qa.glossary.model import Concept


def test_addresses_are_found() -> None:
    text = "See www.cdc.gov/vaccines, https://example.org/a?b=1 or mail info@cancer.org; cdc.gov too."
    assert [text[a:b] for a, b in url_spans(text)] == [
        "www.cdc.gov/vaccines,", "https://example.org/a?b=1", "info@cancer.org", "cdc.gov"]
    assert url_spans("No address here") == []
    assert in_spans([(4, 10)], 9, 12) and not in_spans([(4, 10)], 10, 12)


def test_a_term_inside_an_address_is_no_use_of_the_term() -> None:
    """"vaccines" in www.cdc.gov/vaccines is part of a name: no term-missing for the English side."""
    g = gl(Concept("vaccine", "疫苗", "vaccine"))
    zh, en = ["更多信息请访问网站。"], ["For more information, visit www.cdc.gov/vaccines."]
    assert only(run(g, zh, en), "term-missing") == []
    # the same word as a word of the sentence is the term, and its Chinese is missing
    assert len(only(run(g, zh, ["For more information on vaccines, visit the site."]), "term-missing")) == 1

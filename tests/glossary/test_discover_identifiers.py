"""Identifiers and template markup are not words: they are no discovered English term forms."""
from __future__ import annotations

from zhen_qa.glossary.discover.collect import Collector, prose_words


def words(text: str) -> list[str]:
    return [m.group() for m in prose_words(text)]


def test_identifiers_and_template_markup_are_left_out() -> None:
    assert words("{{target: chart-zoom}}") == []
    assert words("Set chartZoom and axis.label or log_format, then chart zoom.") == [
        "Set", "and", "or", "then", "chart", "zoom"]
    assert words("see barChart-stacked.items here") == ["see", "here"]


def test_a_camel_case_name_is_no_variant_of_the_open_spelling() -> None:
    c = Collector(frozenset())
    for k, text in enumerate(["{{target: chart-zoom}}", "The chartZoom option sets the chart zoom.",
                              "Use chart zoom with axis.chartZoom too."]):
        c.add_en(text, k)
    forms = set(c.stats.en)
    assert "chart zoom" in forms
    assert not forms & {"chartzoom", "chart-zoom"}


def test_ordinary_hyphenated_words_stay_forms() -> None:
    c = Collector(frozenset())
    c.add_en("A well-known method, e-mail it.", 0)
    assert {"well-known", "e-mail", "method"} <= set(c.stats.en)

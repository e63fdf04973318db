"""Tests of checks.untranslated_dated: a dated entry the same in both languages is a cited piece, not a copy."""
from __future__ import annotations

from zhen_qa.checks.untranslated_dated import dated_entry


def test_dated_entries() -> None:
    assert dated_entry("China virus latest: first US case confirmed Nature news 2020-01-21")
    assert dated_entry("Exploring interactive phylogenies with Auspice 2019-01-24")


def test_not_dated_entries() -> None:
    assert not dated_entry("The first case was confirmed on 2020-01-21.")  # a sentence with its stop
    assert not dated_entry("The first case was confirmed. Nature news 2020-01-21")  # a stop before the date
    assert not dated_entry("News 2020-01-21")  # one word
    assert not dated_entry("China virus latest: first US case confirmed")  # no date
    assert not dated_entry("Nature news 2020-01-21 reports the first case")  # the date inside


def test_through_untranslated_span() -> None:
    """A reading list kept as published is no finding; a sentence of prose left in English still is."""
    from zhen_qa.aligner.build import build_from_texts
    from zhen_qa.checks.engine import check_manuscript

    zh = ("延伸阅读\n"
          "China virus latest: first US case confirmed Nature news 2020-01-21\n"
          "New virus surging in Asia rattles scientists Nature news 2020-01-20\n"
          "我们会继续更新这份报告。\n"
          "The tree shows two clusters of closely related sequences.\n")
    en = ("Further reading\n"
          "China virus latest: first US case confirmed Nature news 2020-01-21\n"
          "New virus surging in Asia rattles scientists Nature news 2020-01-20\n"
          "We will keep updating this report.\n"
          "The tree shows two clusters of closely related sequences.\n")
    ms = build_from_texts(zh, en, "a.zh", "a.en", presplit=True)
    spans = [f for f in check_manuscript(ms, select=["untranslated-span"])]
    assert [f.location.line for f in spans] == [5]

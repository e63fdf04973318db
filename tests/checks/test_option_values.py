"""Example values of an option listed in a Chinese sentence (`checks.option_values`)."""
from __future__ import annotations

from tests.checks.aligned import build
from zhen_qa.checks.context import CheckContext
from zhen_qa.checks.option_values import option_values
from zhen_qa.checks.untranslated import run


def spans(zh: str, en: str) -> list:
    return [f for f in run(CheckContext(build([([zh], [en])]))) if f.rule == "untranslated-span"]


def test_example_values_after_li_ru_are_literals() -> None:
    assert option_values("long, default, ISO8601, yyyy-MM-dd HH:mm:ss", "例如： ")
    assert option_values("utf8, utf8mb4, latin1", "可选值：")
    assert option_values("epochMs, default, iso, yyyy-MM-dd", "比如 ")


def test_words_phrases_or_values_without_a_lead_are_not_a_value_list() -> None:
    assert not option_values("fast, safe, reliable, simple", "例如：")  # plain words: no literal among them
    assert not option_values("easy to use, well tested, ISO8601", "例如：")  # phrases
    assert not option_values("long, default, ISO8601", "支持 ")  # no 例如 or colon before it
    assert not option_values("long, ISO8601", "例如：")  # two items


def test_an_options_example_values_in_a_table_cell_are_no_finding() -> None:
    # iotdb's CLI table: `set time_display_type=xxx` | 例如： long, default, ISO8601, yyyy-MM-dd HH:mm:ss was
    # reported as English left in the Chinese
    assert spans("例如： long, default, ISO8601, yyyy-MM-dd HH:mm:ss",
                 "eg. long, default, ISO8601, yyyy-MM-dd HH:mm:ss") == []


def test_english_words_listed_after_li_ru_are_still_reported() -> None:
    assert len(spans("例如： fast, reliable, simple and well tested",
                     "For example: fast, reliable, simple and well tested")) == 1
    assert len(spans("例如： easy to use, well tested, ISO8601 compliant",
                     "For example: easy to use, well tested, ISO8601 compliant")) == 1

"""term_contracted_form: an English term the Chinese says by the contraction of its four-character listed form
("Time Series Database" = 时序数据库, 时间序列 listed for "time series"); iotdb-heldout-g (io56)."""
from __future__ import annotations

from pathlib import Path

from tests.checks.terms_kit import page_term_missing as _check
from zhen_qa.checks.term_contracted_form import contracted_form_said, contraction
from zhen_qa.checks.term_rendered import zh2en

SERIES = "time-series,时间序列,time series,,\n"
CODE = "\n\n运行 `make`。\n"
CODE_EN = "\n\nRun `make`.\n"


def test_a_term_said_by_its_contraction_is_rendered(tmp_path: Path) -> None:
    zh = "## 时序数据库通用概念\n\n本节介绍时序数据库的通用概念。\n"
    en = "## General Time Series Database Concepts\n\nThis section introduces the general concepts.\n"
    assert _check(tmp_path, zh + CODE, en + CODE_EN, SERIES) == []


def test_a_dropped_term_or_a_contraction_written_fewer_times_is_still_missing(tmp_path: Path) -> None:
    en = "## General Time Series Database Concepts\n\nThis section introduces the general concepts.\n"
    dropped = "## 数据库通用概念\n\n本节介绍数据库的通用概念。\n"
    assert len(_check(tmp_path, dropped + CODE, en + CODE_EN, SERIES)) == 1
    assert not contracted_form_said(["时间序列"], ["time series"], "时序数据库", 2, zh2en())  # said twice, written once


def test_the_contraction_must_be_glossed_with_a_word_of_the_term() -> None:
    assert contraction("时间序列") == "时序" and contraction("序列") == "" and contraction("Time序列") == ""
    assert contracted_form_said(["时间序列"], ["time series"], "时序数据库", 1, zh2en())
    # 数据类型 contracted is 数类, which the lexicon does not gloss "data" or "type": characters that meet
    assert not contracted_form_said(["数据类型"], ["data type"], "整数类别", 1, zh2en())


def test_a_manuscript_without_code_is_not_excused(tmp_path: Path) -> None:
    zh = "## 时序数据库通用概念\n\n本节介绍时序数据库的通用概念。\n"
    en = "## General Time Series Database Concepts\n\nThis section introduces the general concepts.\n"
    assert len(_check(tmp_path, zh, en, SERIES)) == 1  # no code block: not documentation

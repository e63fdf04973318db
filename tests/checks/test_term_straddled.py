"""Tests of checks.term_straddled: a Chinese term running into a longer word the English glues to its last word."""
from __future__ import annotations

from tests.checks.terms_kit import gl, term_missing
from zhen_qa.glossary.model import Concept

SERIES = Concept("time-series", "时间序列", "timeseries", en_admitted=("time series",))
SERIES_DATA = Concept("time-series-data", "时序数据", "time series data")
ZH = "采用工业物联网领域的时序数据集进行预训练。"


def missing(zh: str, en: str) -> list[str]:
    return term_missing(gl(SERIES, SERIES_DATA), [zh], [en])


def test_a_term_straddling_a_longer_word_rendered_whole_is_no_finding() -> None:
    # 时序数据集 is 时序 + 数据集 ("dataset"): "time series dataset" says every word of 时序数据, and its "time series"
    # is the rendering of the Chinese term, not a 时间序列 left out
    assert missing(ZH, "Pre-trained on an industrial IoT time series dataset.") == []
    assert missing(ZH, "Pre-trained on industrial IoT Time-Series Datasets.") == []


def test_a_straddling_term_whose_words_the_english_drops_is_still_missing() -> None:
    # the first words dropped, or the longer word said otherwise: 时序数据 is missing
    assert len(missing(ZH, "Pre-trained on an industrial IoT dataset.")) == 1
    assert len(missing(ZH, "Pre-trained on industrial IoT time series sets.")) == 1


def test_an_english_term_before_a_glued_word_the_chinese_does_not_straddle_is_still_missing() -> None:
    # the Chinese writes 数据集 alone: "time series" has no Chinese
    zh = "采用工业物联网领域的数据集进行预训练。"
    assert len(missing(zh, "Pre-trained on an industrial IoT time series dataset.")) == 1

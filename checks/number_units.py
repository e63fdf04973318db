"""A duration written in one unit of time gives its length in the neighbouring units: a week = 7 days (一周 = 7天,
"a week" = 7天), 3年 = "36 months", "48 hours" = 2天, an hour = 60 minutes.

Evidence for number-mismatch (`checks.numbers`), read from one sentence.
"""
from __future__ import annotations

import re

from zhen_qa.aligner.numbers import chinese_numeral_value, number_key
from zhen_qa.manuscript.lazy_re import LazyPattern

__all__ = ["UNIT_WORDS", "durations", "other_units"]

_EN_DURATION = LazyPattern(r"(?<![A-Za-z\d.])(a|an|one|two|three|four|\d+(?:\.\d+)?)[\s-]+"
                           r"(week|year|month|day|hour|minute)s?(?![A-Za-z])", re.IGNORECASE)
_ZH_DURATION = LazyPattern(r"(?<![\d.])([一两二三四五六七八九十]+|\d+(?:\.\d+)?)\s*(?:个)?"
                           r"(周|星期|年|月|天|日|小时|分钟)")
UNIT_WORDS = {"en": re.compile(r"(?i:week|year|month|day|hour|minute)"), "zh": re.compile(r"[周年月天日时钟]")}
"""A unit of time, without which a text has no duration `other_units` reads."""
_UNIT = {"week": "week", "周": "week", "星期": "week", "year": "year", "年": "year", "month": "month", "月": "month",
         "day": "day", "天": "day", "日": "day", "hour": "hour", "小时": "hour", "minute": "minute", "分钟": "minute"}
_SMALLER = {"week": 7, "year": 12, "day": 24, "hour": 60}
"""How many of the next smaller unit one unit holds (a week: 7 days)."""
_LARGER = {"day": 7, "month": 12, "hour": 24, "minute": 60}
"""How many of a unit the next larger unit holds (7 days: a week)."""
_EN_SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4}
LONGEST = 200
"""Longest duration read (in its unit): 2019年 is a year, not 2019 years."""


def other_units(text: str, lang: str) -> set[str]:
    """Keys of the lengths the durations of `text` have in the neighbouring units: "a week" and 一周 -> 7 (days),
    3年 -> 36 (months), "36 months" -> 3 (years), "two days" -> 48 (hours); a whole number of the larger unit only."""
    out: set[str] = set()
    for m in (_EN_DURATION if lang == "en" else _ZH_DURATION).finditer(text):
        count = m.group(1).lower()
        value = float(count) if count[0].isdigit() else _EN_SMALL.get(count) or chinese_numeral_value(count)
        if not value or value > LONGEST * 60:
            continue
        unit = _UNIT[m.group(2).lower()]
        if unit in _SMALLER and value <= LONGEST:
            out.add(number_key(value * _SMALLER[unit]))
        if unit in _LARGER and (value / _LARGER[unit]).is_integer():
            out.add(number_key(value / _LARGER[unit]))
    return out


_ZH_ORDINAL_LIST = LazyPattern(r"第[\d\s，、,和及与或至～~\-]*$")
"""第, or 第 and a list of ordinals (第5，6周 = the 5th and 6th weeks) before a number: an ordinal, not a duration."""


def durations(text: str, lang: str) -> list[tuple[float, str, int, int]]:
    """(count, unit, start, end) of each duration of `text`: 1周 -> (1, "week"), "2 weeks" -> (2, "week"), "a week"
    -> (1, "week"); not an ordinal (第1周 is week 1, 第5，6周 the 5th and 6th weeks)."""
    out: list[tuple[float, str, int, int]] = []
    for m in (_EN_DURATION if lang == "en" else _ZH_DURATION).finditer(text):
        if lang == "zh" and _ZH_ORDINAL_LIST.search(text, max(0, m.start() - 12), m.start()):
            continue
        count = m.group(1).lower()
        value = float(count) if count[0].isdigit() else _EN_SMALL.get(count) or chinese_numeral_value(count)
        if value:
            out.append((float(value), _UNIT[m.group(2).lower()], m.start(1), m.end(1)))
    return out

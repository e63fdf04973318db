"""A duration written in one unit of time gives its length in the neighbouring units: a week = 7 days (一周 = 7天,
"a week" = 7天), 3年 = "36 months", "48 hours" = 2天, an hour = 60 minutes.

Evidence for number-mismatch (`checks.numbers`), read from one sentence.
"""
from __future__ import annotations

import re

from zhen_qa.aligner.numbers import chinese_numeral_value, number_key
from zhen_qa.manuscript.lazy_re import LazyPattern

__all__ = ["EN_COUNTS", "UNIT_WORDS", "count_value", "days_after", "durations", "event_days", "other_units"]

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
EN_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
             "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
"""English count words the duration and day patterns read (each pattern names the words it accepts)."""
LONGEST = 200
"""Longest duration read (in its unit): 2019年 is a year, not 2019 years."""


def count_value(count: str) -> float:
    """The value of a count as a pattern matched it: digits, an English count word (`EN_COUNTS`) or Chinese numerals
    (0 when none reads)."""
    if count[0].isdigit():
        return float(count)
    return float(EN_COUNTS.get(count.lower()) or chinese_numeral_value(count) or 0)


_HALF_UNIT = {"zh": LazyPattern(r"半(?:个)?(年|小时|天|日)"),
              "en": LazyPattern(r"(?<![A-Za-z])half\s+(?:an?\s+)?(year|hour|day)(?![A-Za-z])", re.IGNORECASE)}
"""半年, 半小时, "half an hour": half of a unit of time, a whole number of the next smaller unit (6 months)."""
_HALF_OF = {"year": 6.0, "年": 6.0, "hour": 30.0, "小时": 30.0, "day": 12.0, "天": 12.0, "日": 12.0}


def other_units(text: str, lang: str) -> set[str]:
    """Keys of the lengths the durations of `text` have in the neighbouring units: "a week" and 一周 -> 7 (days),
    3年 -> 36 (months), "36 months" -> 3 (years), "two days" -> 48 (hours); a whole number of the larger unit only;
    半年 and "half a year" -> 6 (months), 半小时 -> 30 (minutes)."""
    out: set[str] = set()
    for m in (_EN_DURATION if lang == "en" else _ZH_DURATION).finditer(text):
        value = count_value(m.group(1))
        if not value or value > LONGEST * 60:
            continue
        unit = _UNIT[m.group(2).lower()]
        if unit in _SMALLER and value <= LONGEST:
            out.add(number_key(value * _SMALLER[unit]))
        if unit in _LARGER and (value / _LARGER[unit]).is_integer():
            out.add(number_key(value / _LARGER[unit]))
    if "半" in text or "alf" in text:
        out.update(number_key(_HALF_OF[m.group(1).lower()]) for m in _HALF_UNIT[lang].finditer(text))
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
        value = count_value(m.group(1))
        if value:
            out.append((value, _UNIT[m.group(2).lower()], m.start(1), m.end(1)))
    return out


_ZH_EVENT_DAY = LazyPattern(
    r"(?:入院|住院|就诊|手术|术|出生|生|起病|发病|发热|给药|用药|服药|治疗|化疗|放疗|移植|随机分组|随机化|随机|分娩|产|"
    r"接种|暴露|感染|确诊|诊断|症状出现|出现症状|开始)\s*(?:以?后)?\s*的?\s*第\s*(\d+|[一两二三四五六七八九十]+)\s*个?\s*[日天]")
_EN_DAYS_AFTER = LazyPattern(r"(?<![A-Za-z\d.])(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                             r"[\s-]+days?\s+(?:after|later|following|post|since|from)(?![A-Za-z])", re.IGNORECASE)



def event_days(text: str) -> list[tuple[float, int, int]]:
    """(N, start, end) of each ordinal day counted from an event in Chinese: 入院后第3日, 入院第9日, 术后第三天 ->
    3, 9, 3 (the day of the event is day 1, so 入院后第3日 is "two days after admission")."""
    out: list[tuple[float, int, int]] = []
    for m in _ZH_EVENT_DAY.finditer(text) if "第" in text else ():
        value = count_value(m.group(1))
        if value:
            out.append((value, m.start(1), m.end(1)))
    return out


def days_after(text: str) -> list[tuple[float, int, int]]:
    """(N, start, end) of each count of days after an event in English: "two days after admission", "8 days later"."""
    out: list[tuple[float, int, int]] = []
    for m in _EN_DAYS_AFTER.finditer(text) if "day" in text.lower() else ():
        out.append((count_value(m.group(1)), m.start(1), m.end(1)))
    return out

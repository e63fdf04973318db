"""Chinese numerals: their values (三十一, 二〇二三, 一百零五, 三万), fractions (三分之二, 百分之三十一),
numerals before a measure word or 大/强 (三组, 两次, 十大) read as numbers in words, and a count and a half (3年半,
2个半小时).

`zh_word_mentions`, `zh_fractions` and `and_a_half` are the Chinese word-form readers of `numbers.extract_numbers`.
"""
from __future__ import annotations

from zhen_qa.aligner.number_mention import NumberMention, overlaps
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN

ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
              "九": 9}
_ZH_UNITS = {"十": 10, "百": 100, "千": 1000}
_ZH_BIG = {"万": 10_000, "亿": 100_000_000}
_ZH_RUN = LazyPattern(r"[零〇一二两三四五六七八九十百千万亿]+")
_ZH_FRACTION = LazyPattern(
    r"([零〇一二两三四五六七八九十百千万亿]+|\d+)分之([零〇一二两三四五六七八九十百千万亿]+|\d+(?:\.\d+)?)"
)
# Measure words and units after which a Chinese numeral is a count (一些, 十分, 二甲双胍 are not).
_MEASURE = set("个例名位组次项年月周天日岁倍种类期级度型份篇家所支株只条层步轮剂片粒针处部台张秒号床对双套")
_ABOUT = set("余多几")
"""十余年, 二十多例, 三十几岁: a numeral and "more than" before the measure word, read as the numeral ("over 10
years")."""
_TOP_N = set("大强")
"""十大, 五强: the top N ("the ten largest", "top 10"); evidence only, as every word form."""
_MEASURE_2 = ("小时", "分钟", "阶段", "毫克", "毫升", "千克", "公斤", "厘米", "毫米", "世纪")

def chinese_numeral_value(run: str) -> float | None:
    """Value of a Chinese numeral such as 三十一, 二〇二三, 一百零五, 三万; None if it is not one."""
    if not run or any(c not in ZH_DIGITS and c not in _ZH_UNITS and c not in _ZH_BIG for c in run):
        return None
    if all(c in ZH_DIGITS for c in run) and len(run) > 1:
        return float("".join(str(ZH_DIGITS[c]) for c in run))  # 二〇二三
    total, section, digit = 0, 0, None
    for c in run:
        if c in ZH_DIGITS:
            digit = ZH_DIGITS[c]
        elif c in _ZH_UNITS:
            section += (1 if digit is None else digit) * _ZH_UNITS[c]
            digit = None
        else:
            section += digit or 0
            if section == 0 and total == 0:
                return None
            total = (total + section) * _ZH_BIG[c] if _ZH_BIG[c] > 10_000 else total + section * _ZH_BIG[c]
            section, digit = 0, None
    return float(total + section + (digit or 0))


_DIVISIONS = frozenset("章节课")
"""第N章, 第N节, 第N课: numbered divisions of a text, written with digits in English (Chapter 2)."""


def zh_fraction(text: str) -> tuple[float, float] | None:
    """(denominator, numerator) of a Chinese fraction X分之Y: 三分之一 -> (3, 1), 千分之四 -> (1000, 4), 万分之3 ->
    (10000, 3); None if `text` is not one."""
    m = _ZH_FRACTION.fullmatch(text)
    if m is None:
        return None
    den_s, num_s = m.group(1), m.group(2)
    den = float(den_s) if den_s.isdigit() else _ZH_BIG.get(den_s) or chinese_numeral_value(den_s)
    num = float(num_s) if num_s[0].isdigit() else chinese_numeral_value(num_s)
    return (float(den), num) if den and num is not None else None


def zh_fractions(t: str, text: str, skip: list[tuple[int, int]]) -> list[NumberMention]:
    """Chinese fractions X分之Y (三分之一, 千分之4), read before plain digits (their spans join `skip`); 百分之 gives a
    percentage (百分之三十一 = 31%)."""
    out: list[NumberMention] = []
    for m in _ZH_FRACTION.finditer(t):
        parts = zh_fraction(m.group()) if not overlaps(skip, m.start(), m.end()) else None
        if parts is None:
            continue
        den, num = parts
        written = "digits" if m.group(2)[0].isdigit() else "words"
        if den == 100:
            out.append(NumberMention(num, m.start(), m.end(), text[m.start():m.end()], True, written))
        else:
            out.append(NumberMention(num / den, m.start(), m.end(), text[m.start():m.end()], False, written))
        skip.append((m.start(), m.end()))
    return out


_MAGNITUDE_CHARS = frozenset("百千万亿")


def _per_magnitude(t: str, run: str, start: int, end: int) -> bool:
    """Whether the numeral `run` at t[start:end] is a rate's base said in words after 每 (每十万人年 = "per 100,000
    person-years", 每百万字符 = "per million characters", 每千名 = "per 1,000"): a magnitude (百, 千, 万, 亿) counted
    per, which the English writes in digits or as "per million". A single magnitude character must be followed by
    a measure word or 人 (每千克 is "per kilogram", 每百分 no number)."""
    if start == 0 or t[start - 1] != "每" or not _MAGNITUDE_CHARS.intersection(run):
        return False
    return len(run) > 1 or t[end:end + 1] in _MEASURE or t[end:end + 1] == "人"


def zh_word_mentions(t: str, text: str, skip: list[tuple[int, int]]) -> list[NumberMention]:
    out: list[NumberMention] = []
    for m in _ZH_RUN.finditer(t):
        run, start, end = m.group(0), m.start(), m.end()
        if overlaps(skip, start, end):
            continue
        if _per_magnitude(t, run, start, end):
            value = chinese_numeral_value(run) or float(_ZH_BIG.get(run, 0)) or None
            if value is not None:  # 每十万人年 = "per 100,000 person-years"
                out.append(NumberMention(value, start, end, text[start:end], False, "words"))
            continue
        if run in ("一", "万", "亿", "千", "百"):  # 十个百分点 is ten
            continue
        if start > 0 and t[start - 1] == "第" and t[end:end + 1] in _DIVISIONS:
            value = chinese_numeral_value(run)  # 第二章 is "Chapter 2" in English
            if value is not None:
                out.append(NumberMention(value, start, end, text[start:end], False, "words"))
            continue
        if start > 0 and (t[start - 1] == "第" or t[start - 1].isdigit()):
            continue  # 第三 is an ordinal; 3万 was read with the digits
        after = t[end + 1:end + 3] if t[end:end + 1] in _ABOUT and run != "一" else t[end:end + 2]
        if not (after[:1] in _MEASURE or after in _MEASURE_2 or after[:1] in _TOP_N and run != "一"):
            continue
        value = chinese_numeral_value(run)
        if value is None:
            continue
        out.append(NumberMention(value, start, end, text[start:end], False, "words"))
    return out


HALF_COUNTED = "小时|钟头|月|星期|礼拜|学期|季度|世纪|疗程|工作日|年|天|日|周|支|块|张|条|杯|瓶|碗|页|圈|段|份|批|套|轮"
"""The units a count and a half counts after 个 (2个半小时, 1个半月, 3个半疗程, 2个半支派): time and its spans, and
measure words."""
_ZH_HALF = LazyPattern(rf"\s*(?:(?:个(?:月|小时|星期)|年|小时|周|天|月)半|个半(?:(?![{HAN}])|(?={HALF_COUNTED})))")
"""3年半, 2个半小时, 1个月半: a count and a half (3.5 years). After 个 the 半 is "and a half" only when the noun it
counts follows (个半小时, 个半月) or nothing Han does (三个半。): in 11个半径 (11 radii), 两个半球, 3个半导体器件 the 半
starts the noun counted (半径, 半球, 半导体), as in any word that begins with it."""


def and_a_half(t: str, text: str, n: NumberMention) -> NumberMention:
    """`n` with half a unit added when the Chinese says 半 after its unit (3年半 = 3.5 years)."""
    if isinstance(n.value, tuple) or n.percent:
        return n
    m = _ZH_HALF.match(t, n.end)
    if m is None:
        return n
    return NumberMention(n.value + 0.5, n.start, m.end(), text[n.start:m.end()], False, n.written)

"""Numbers a sentence implies without writing them: durations of date ranges, counts of listed items, ages and
bounds restated in other units. Evidence for number-mismatch (`checks.numbers`), read from one sentence's text."""
from __future__ import annotations

import re
from functools import lru_cache

from zhen_qa.aligner.numbers import NumberMention
from zhen_qa.manuscript.script import is_han

_ZH_MONTHS = re.compile(r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月(?:\s*\d{1,2}\s*日)?\s*(?:至|到|-|~|～|—|–)\s*"
                        r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月")
"""2013年1月至2016年6月: a period given by its first and last month."""
_YEARS = re.compile(r"(?<![\d.])((?:19|20)\d\d)\s*年?\s*(?:至|到|-|~|～|—|–|\s+to\s+)\s*((?:19|20)\d\d)(?![\d.])")
"""2001年至2011年, 2001-2011, 2001 to 2011: a period given by its first and last year."""


def durations(text: str) -> set[tuple[str, float]]:
    """(unit, length) of the periods `text` gives by their ends, counted with and without the last month or year
    (2013年1月至2016年6月 = 42 months, 2001-2011 = 10 or 11 years): a duration the other language states (42个月)
    is implied here. Units are "month" and "year"."""
    out: set[tuple[str, float]] = set()
    if "年" in text:
        for m in _ZH_MONTHS.finditer(text):
            y1, m1, y2, m2 = (int(g) for g in m.groups())
            span = (y2 - y1) * 12 + m2 - m1
            if 0 < span < 1200 and 1 <= m1 <= 12 and 1 <= m2 <= 12:
                out.update(("month", float(v)) for v in (span, span + 1))
    for m in _YEARS.finditer(text):
        span = int(m.group(2)) - int(m.group(1))
        if 0 < span < 100:
            out.update(("year", float(v)) for v in (span, span + 1))
    return out


_DURATION_UNIT = re.compile(r"\s*(?:(?P<month>个月|月|[-\s]?months?(?![A-Za-z]))"
                            r"|(?P<year>年|[-\s]?years?(?![A-Za-z])))", re.IGNORECASE)


def duration_of(text: str, n: NumberMention) -> tuple[str, float] | None:
    """(unit, length) when `n` is a number of months or years (42个月, "10 years", "a 6-month"), else None."""
    m = _DURATION_UNIT.match(text, n.end)
    if m is None or isinstance(n.value, tuple) or n.percent:
        return None
    return ("month" if m.group("month") else "year"), n.value


_CLAUSE = re.compile(r"[^，。；：！？,;:]+")
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
_JOIN = re.compile(r"[和与及或]")


def list_counts(text: str) -> set[int]:
    """Counts of the parallel lists in a Chinese sentence: 分为正常对照组、模型组和治疗组 is a list of three groups.

    A list is one clause of items joined by 、 and a last 和/与/及/或 (or two items joined by one of them) whose
    items all end in the same Chinese character (their head noun: 组, 型, 期); brackets inside items are left
    out (右美托咪定组(Dex组)与对照组(Control组) lists two groups)."""
    out: set[int] = set()
    for clause in _CLAUSE.findall(text):
        bare = _BRACKETED.sub("", clause).strip()
        parts = bare.split("、")
        last = _JOIN.split(parts[-1], maxsplit=1)
        if len(last) == 2:
            parts = parts[:-1] + last
        if len(parts) < 2 or not all(is_han(p[-1:]) for p in parts):
            continue
        if len({p[-1] for p in parts}) == 1:
            out.add(len(parts))
    return out


_EN_COUNTED = re.compile(r"\s+(?:[A-Za-z-]+\s+)?[A-Za-z-]+s(?![A-Za-z])")
"""A plural noun after a number ("5 groups", "3 main aspects"): the number counts things."""


def counts_things(text: str, n: NumberMention) -> bool:
    """An English number that counts things a list may give instead: a whole number from 2 to 12 before a plural."""
    v = n.value
    return not isinstance(v, tuple) and not n.percent and v.is_integer() and 2 <= v <= 12 \
        and _EN_COUNTED.match(text, n.end) is not None


_ZH_YEARS_OLD = re.compile(r"\s*(?:周岁|岁)")
_ZH_AT_LEAST = re.compile(r"\s*(?:周岁|岁|年|个月|月|周|天|例|次|个)?\s*(?:及|或)?以上")
_ZH_AT_LEAST_BEFORE = re.compile(r"(?:≥|>=|＞=|不低于|不小于|不少于)\s*$")
_EN_MORE_THAN = re.compile(r"(?:(?<![A-Za-z])(?:more|older|greater|higher|longer)\s+than|(?<![A-Za-z])(?:over|above)"
                           r"|>)\s*$", re.IGNORECASE)


def same_quantity(zh: str, z: NumberMention, en: str, e: NumberMention) -> bool:
    """A Chinese and an English number that state one quantity in other terms: an age in years and in months
    (6月龄至5岁 = "6-59 months": 5 years = 60 months, or 59 as the last month before them), and a bound of whole
    numbers from the other side (9岁及以上 = "more than 8 years")."""
    if isinstance(z.value, tuple) or z.percent or not z.value.is_integer():
        return False
    years, ends = z.value, e.endpoints()
    if _ZH_YEARS_OLD.match(zh, z.end) and any(w in (12 * years, 12 * years - 1) for w in ends):
        return True
    at_least = _ZH_AT_LEAST.match(zh, z.end) is not None or _ZH_AT_LEAST_BEFORE.search(zh, 0, z.start) is not None
    return not isinstance(e.value, tuple) and e.value == years - 1 and at_least \
        and _EN_MORE_THAN.search(en, max(0, e.start - 14), e.start) is not None


_ZH_COMPOUND = (
    (re.compile(r"(?<![\d.])(\d{1,3})\s*(?:岁|年)\s*(?:零|又)?\s*$"), re.compile(r"\s*(?:个)?月"), 12),
    (re.compile(r"(?<![\d.])(\d{1,3})\s*(?:周|星期)\s*(?:\+|＋|零|又)?\s*$"), re.compile(r"\s*(?:天|日|d)"), 7),
)
"""A Chinese duration of two units, the larger first: 1岁9个月 (1 year 9 months = 21 months), 37周+6天 (265 days)."""


def compound_duration(text: str, n: NumberMention) -> tuple[float, int] | None:
    """(length in the smaller unit, start of the larger unit's number) when `n` is the second number of a compound
    duration (the 9 of 1岁9个月: 21 months; the 6 of 37周+6天: 265 days), else None. English gives such an age
    or gestation in the smaller unit alone ("aged 21 months")."""
    if isinstance(n.value, tuple) or n.percent or not n.value.is_integer():
        return None
    for before, after, factor in _ZH_COMPOUND:
        lead = before.search(text, max(0, n.start - 12), n.start)
        if lead and after.match(text, n.end) and n.value < factor:
            return factor * int(lead.group(1)) + n.value, lead.start(1)
    return None


_GLOSS_YEARS = re.compile(r"\((?:[^()]*?\b)?(1[0-9]\d\d|20[0-2]\d)(?:\s*[-–]\s*(1[0-9]\d\d|20[0-2]\d))?\)")
"""A year or a span of years in brackets in a CC-CEDICT gloss: Xinhai Revolution (1911), World War I (1914-1918)."""


@lru_cache(maxsize=1)
def _dated_names() -> dict[str, frozenset[float]]:
    """Chinese headwords (Traditional and Simplified) -> the years their CC-CEDICT gloss gives in brackets: events
    and people named by a word that dates them (辛亥革命 = the Xinhai Revolution of 1911). Read on first use (0.2 s:
    only beads whose English has a year the Chinese lacks ask)."""
    import gzip  # noqa: PLC0415 - read on first use only

    from zhen_qa.aligner.lexicon import cedict_path  # noqa: PLC0415

    out: dict[str, frozenset[float]] = {}
    with gzip.open(cedict_path(), "rt", encoding="utf-8") as f:
        for line in f:
            if "(" not in line or line.startswith("#"):
                continue
            years = {float(y) for span in _GLOSS_YEARS.findall(line) for y in span if y}
            if years:
                trad, simp = line.split(" ", 2)[:2]
                out[trad] = out[simp] = frozenset(years)
    return out


def implied_years(text: str) -> set[float]:
    """Years that a dated name in Chinese `text` implies (辛亥革命 -> 1911): the English may write the year the
    Chinese leaves to the name ("after the Revolution of 1911")."""
    return {y for word, years in _dated_names().items() if len(word) > 1 and word in text for y in years}

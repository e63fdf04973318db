"""A year and month written as one dotted number: 目前（2024.7） = "As of July 2024".

Chinese technical writing dates a statement as YYYY.M (2024.7, 2023.10), which the number reader takes as one
decimal (2024.7); the English writes the month by name and the year ("July 2024"), which the English reader takes as
7 and 2024. The two are the same date, not a changed number. The date is matched only where the other side has both
that year and that month: "As of July 2023" beside 2024.7 stays reported, and so does 2024.7 beside "2024" alone.

A year written by its last two digits: informal Chinese dates by 14年, 18年中 ("since 2014", "the middle of 2018"),
which the number reader takes as 14 and 18. It is the year the English writes in full when the English has that year
and lacks the two-digit number, and the Chinese writes it right before 年: 14年 beside "2015" (a changed year), beside
"14 years" (a duration) or beside no year stays reported.
"""
from __future__ import annotations

from zhen_qa.aligner.numbers import number_key
from zhen_qa.checks.number_beads import Bead, Mention, is_year
from zhen_qa.manuscript.lazy_re import LazyPattern

__all__ = ["dotted_months", "short_years"]

_YEAR_MONTH = LazyPattern(r"((?:19|20)\d\d)\.(1[0-2]|0?[1-9])")
"""A year of 1900–2099, a period and a month of 1–12 written with one or two digits: the whole number as written."""


def _date(m: Mention) -> tuple[str, str] | None:
    """The keys of the year and the month of a number written YYYY.M, else None."""
    n = m[1]
    if isinstance(n.value, tuple) or n.percent:
        return None
    d = _YEAR_MONTH.fullmatch(n.text)
    if d is None:
        return None
    return number_key(float(d.group(1))), number_key(float(d.group(2)))


def _take(missing: list[Mention], key: str) -> None:
    """Remove the first mention of `missing` whose value has `key`, if any."""
    hit = next((m for m in missing if number_key(m[1].endpoints()[0]) == key), None)
    if hit is not None:
        missing.remove(hit)


def dotted_months(b: Bead) -> None:
    """Drop a YYYY.M number of one side when the other side has that year and that month, and drop them there."""
    for missing, other_missing, other in ((b.miss_en, b.miss_zh, b.en_side), (b.miss_zh, b.miss_en, b.zh_side)):
        for m in list(missing):
            date = _date(m)
            if date is None or not all(other.counts[k] for k in date):
                continue
            missing.remove(m)
            for key in date:
                _take(other_missing, key)


_ZH_YEAR_AFTER = LazyPattern(r"\s*年")
"""年 right after a number: 14年, 18 年."""


def short_years(b: Bead) -> None:
    """Drop a two-digit Chinese number written before 年 (自14年完成后) and the English year it abbreviates ("since
    2014") when each is missing from the other side."""
    for m in list(b.miss_en):
        s, n = m
        if isinstance(n.value, tuple) or n.percent or not n.text.isdigit() or len(n.text) != 2 \
                or not _ZH_YEAR_AFTER.match(s.text.text, n.end):
            continue
        year = next((e for e in b.miss_zh if is_year(e[1]) and int(e[1].endpoints()[0]) % 100 == int(n.text)), None)
        if year is not None:
            b.miss_en.remove(m)
            b.miss_zh.remove(year)

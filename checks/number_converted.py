"""A quantity given again in another unit in parentheses: 8 英寸（约 20 厘米） for "eight inches", "2 ounces (60 mL)",
100.5 华氏度（38 摄氏度）. The conversion is the writer's aid to the reader, not a number of the other language's text.

Evidence for number-mismatch (`checks.numbers`), read from one sentence.
"""
from __future__ import annotations

import re

from zhen_qa.checks.number_beads import Bead, Mention
from zhen_qa.manuscript.lazy_re import LazyPattern

__all__ = ["converted", "conversion_unit"]

_ZH_UNITS = ("英寸|英尺|英里|码|磅|液量盎司|盎司|加仑|品脱|杯|华氏度|摄氏度|"
             "厘米|毫米|公里|千米|米|公斤|千克|毫克|克|毫升|升")
_EN_UNITS = (r"inch(?:es)?|in\.|feet|foot|ft|miles?|yards?|yd|pounds?|lbs?|ounces?|fl\.?\s*oz|oz|gallons?|pints?|"
             r"cups?|degrees?\s+(?:Fahrenheit|Celsius)|°\s*[FC]|[FC]|centimet(?:er|re)s?|millimet(?:er|re)s?|"
             r"kilomet(?:er|re)s?|met(?:er|re)s?|cm|mm|km|m|kilograms?|kg|milligrams?|mg|grams?|g|"
             r"millilit(?:er|re)s?|mL|ml|lit(?:er|re)s?|L")
_EN_COUNT = "an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred"
_UNIT = f"(?:°\\s*[FC]|{_ZH_UNITS}|(?<![A-Za-z])(?:{_EN_UNITS})(?![A-Za-z]))"

_BEFORE = LazyPattern(r"(?:\d[\d,.]*|(?<![A-Za-z])(?:" + _EN_COUNT + r")|[一二两三四五六七八九十百千]+)"
                      r"\s*(" + _UNIT + r")\s*[（(]\s*"
                      r"(?:约|大约|approximately|approx\.|about|around|~|≈)?\s*$", re.IGNORECASE)
"""A quantity and its unit, then an opening parenthesis (and "about"), right before the number."""
_AFTER = LazyPattern(r"\s*(" + _UNIT + r")\s*[)）]", re.IGNORECASE)
"""The conversion's unit and the closing parenthesis right after the number."""


def _unit(name: str) -> str:
    """A unit's name folded for comparison (spaces, degree signs and case dropped)."""
    return re.sub(r"[\s°.]", "", name).lower()


def conversion_unit(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end] is a quantity converted into another unit in parentheses right after the
    quantity it converts (8 英寸（约 20 厘米）: 20; "2 ounces (60 mL)": 60)."""
    before = _BEFORE.search(text, max(0, start - 40), start)
    after = _AFTER.match(text, end)
    return before is not None and after is not None and _unit(before.group(1)) != _unit(after.group(1))


def converted(b: Bead) -> None:
    """Drop each missing number that is a conversion in parentheses (`conversion_unit`) of a quantity the other
    language has: the quantity before the parenthesis is itself not missing (if it is, the conversion is reported
    with it)."""
    for missing in (b.miss_en, b.miss_zh):
        for s, n in list(missing):
            text = s.text.text
            if not conversion_unit(text, n.start, n.end):
                continue
            opening = max(text.rfind("（", 0, n.start), text.rfind("(", 0, n.start))
            quantity = _quantity_before(missing, s, opening)
            if quantity is None:
                missing.remove((s, n))


def _quantity_before(missing: list[Mention], s: object, opening: int) -> Mention | None:
    """The missing mention of sentence `s` that ends just before the parenthesis at `opening` (the quantity the
    conversion converts), if it is missing."""
    for t, m in missing:
        if t is s and m.end <= opening and opening - m.end <= _NEAR:
            return (t, m)
    return None


_NEAR = 12
"""Most characters between a quantity and the parenthesis of its conversion (the unit and spaces)."""

"""A quantity given again in another unit in parentheses: 8 英寸（约 20 厘米） for "eight inches", "2 ounces (60 mL)",
100.5 华氏度（38 摄氏度）. The conversion is the writer's aid to the reader, not a number of the other language's text.

Evidence for number-mismatch (`checks.numbers`), read from one sentence.
"""
from __future__ import annotations

import re

from zhen_qa.aligner.numbers import chinese_numeral_value
from zhen_qa.checks.number_beads import Bead, Mention
from zhen_qa.manuscript.lazy_re import LazyPattern

__all__ = ["converted", "conversion_unit"]

_ZH_UNITS = ("英寸|英尺|英里|码|磅|液量盎司|盎司|加仑|品脱|杯|华氏度|摄氏度|"
             "厘米|毫米|公里|千米|米|公斤|千克|毫克|克|毫升|升")
_EN_UNITS = (r"inch(?:es)?|in\.|feet|foot|ft|miles?|yards?|yd|pounds?|lbs?|ounces?|fl\.?\s*oz|oz|gallons?|pints?|"
             r"cups?|degrees?\s+(?:Fahrenheit|Celsius)|°\s*[FC]|[FC]|centimet(?:er|re)s?|millimet(?:er|re)s?|"
             r"kilomet(?:er|re)s?|met(?:er|re)s?|cm|mm|km|m|kilograms?|kg|milligrams?|mg|grams?|g|"
             r"millilit(?:er|re)s?|mL|ml|lit(?:er|re)s?|L")
_EN_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
             "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
             "hundred": 100}
_UNIT = f"(?:°\\s*[FC]|{_ZH_UNITS}|(?<![A-Za-z])(?:{_EN_UNITS})(?![A-Za-z]))"

_BEFORE = LazyPattern(r"(\d[\d,]*(?:\.\d+)?|(?<![A-Za-z])(?:" + "|".join(_EN_COUNT) + r")"
                      r"|[一二两三四五六七八九十百千]+)"
                      r"\s*(" + _UNIT + r")\s*[（(]\s*"
                      r"(?:约|大约|approximately|approx\.|about|around|~|≈)?\s*$", re.IGNORECASE)
"""A quantity and its unit, then an opening parenthesis (and "about"), right before the number."""
_AFTER = LazyPattern(r"\s*(" + _UNIT + r")\s*[)）]", re.IGNORECASE)
"""The conversion's unit and the closing parenthesis right after the number."""

_UNIT_SENSES: tuple[tuple[str, tuple[tuple[str, float], ...]], ...] = (
    ("英寸 inch in", (("cm", 2.54),)), ("英尺 foot feet ft", (("cm", 30.48),)), ("英里 mile", (("cm", 160934.0),)),
    ("码 yard yd", (("cm", 91.44),)), ("厘米 centimeter centimetre cm", (("cm", 1.0),)),
    ("毫米 millimeter millimetre mm", (("cm", 0.1),)), ("米 meter metre m", (("cm", 100.0),)),
    ("公里 千米 kilometer kilometre km", (("cm", 1e5),)), ("磅 pound lb", (("g", 453.6),)),
    ("盎司 ounce oz", (("g", 28.35), ("mL", 29.57))), ("液量盎司 floz", (("mL", 29.57),)),
    ("公斤 千克 kilogram kg", (("g", 1000.0),)), ("克 gram g", (("g", 1.0),)), ("毫克 milligram mg", (("g", 0.001),)),
    ("毫升 milliliter millilitre ml", (("mL", 1.0),)), ("升 liter litre l", (("mL", 1000.0),)),
    ("杯 cup", (("mL", 240.0),)), ("品脱 pint", (("mL", 473.0),)), ("加仑 gallon", (("mL", 3785.0),)),
    ("华氏度 f degreefahrenheit", (("F", 1.0),)), ("摄氏度 c degreecelsius", (("C", 1.0),)),
)
"""Units (their names, space-separated) and their senses: (dimension, size in the dimension's base unit: cm, g, mL;
F and C are the temperature scales), an ounce weighing or holding."""
_SIZES = {name: senses for names, senses in _UNIT_SENSES for name in names.split()}
"""A unit's folded name (`_fold`) -> its senses."""

TOLERANCE = 0.12
"""How far a conversion may stray from the exact value, as a share of it: "8 inches (about 20 cm)" is 20.3 cm."""
DEGREES = 1.0
"""How far a temperature's conversion may stray, in degrees of its scale: 100.5 °F is 38.06 °C, so 38 (or 37.5, 38.5)
is a rounding and 42 a fever of another kind; 12% of 38 would excuse both."""


def _fold(name: str) -> str:
    """A unit's name as `_SIZES` knows it: spaces, degree signs and dots dropped, lower case, an English plural
    made singular (inches, feet stay known; degrees Fahrenheit)."""
    name = re.sub(r"[\s°.]", "", name).lower()
    if name in _SIZES:
        return name
    for cut in ("es", "s"):
        if name.endswith(cut) and name[:-len(cut)] in _SIZES:
            return name[:-len(cut)]
    return name.replace("degrees", "degree")


def _count(text: str) -> float | None:
    """The value of a quantity as `_BEFORE` matched it: digits, an English count word or Chinese numerals."""
    if text[0].isdigit():
        return float(text.replace(",", ""))
    return float(_EN_COUNT[text.lower()]) if text.lower() in _EN_COUNT else chinese_numeral_value(text)


def _agrees(value: float, unit: str, converted: float, into: str) -> bool:
    """Whether `value` `unit` is about `converted` `into` (within TOLERANCE), in some sense both units share."""
    for dim, size in _SIZES.get(_fold(unit), ()):
        for dim2, size2 in _SIZES.get(_fold(into), ()):
            if dim == dim2 == "F" or dim == dim2 == "C":
                continue
            if {dim, dim2} == {"F", "C"}:
                exact = (value - 32) * 5 / 9 if dim == "F" else value * 9 / 5 + 32
                if abs(exact - converted) <= DEGREES:
                    return True
                continue  # a temperature's zero is arbitrary: no share of it is a rounding
            if dim == dim2:
                exact = value * size / size2
            else:
                continue
            if abs(exact - converted) <= TOLERANCE * max(abs(exact), 1.0):
                return True
    return False


def conversion_unit(text: str, start: int, end: int, value: float) -> bool:
    """Whether the number `value` at text[start:end] converts the quantity right before its parenthesis into another
    unit, and about rightly (8 英寸（约 20 厘米）: 20; "2 ounces (60 mL)": 60; 100.5 华氏度（38 摄氏度）: 38)."""
    return _converted_from(text, start, end, value) is not None


def _converted_from(text: str, start: int, end: int, value: float) -> tuple[float, str] | None:
    """The quantity (its value and folded unit) that the number `value` at text[start:end] converts about rightly
    in parentheses (`conversion_unit`), else None."""
    before = _BEFORE.search(text, max(0, start - 40), start)
    after = _AFTER.match(text, end)
    if before is None or after is None:
        return None
    quantity = _count(before.group(1))
    if quantity is None or not _agrees(quantity, before.group(2), value, after.group(1)):
        return None
    return quantity, _fold(before.group(2))


def converted(b: Bead) -> None:
    """Drop each missing number that is a conversion in parentheses (`conversion_unit`) of a quantity the other
    language has: the quantity before the parenthesis is itself not missing (if it is, the conversion is reported
    with it), and the conversion is about right (a wrong one, 8 英寸（约 30 厘米）, stays reported). Where both
    languages convert the same quantity, each into a number the other lacks (8 英寸（约 20 厘米） beside "8 inches
    (22 cm)"), the two differ and both stay reported: the excuse is for a conversion only one language adds."""
    found = [[(m, q) for m in missing if (q := _conversion(missing, m)) is not None]
             for missing in (b.miss_en, b.miss_zh)]
    for k, (missing, drop) in enumerate(zip((b.miss_en, b.miss_zh), found)):
        other = {q for _m, q in found[1 - k]}
        for m, quantity in drop:
            if quantity not in other:
                missing.remove(m)


def _conversion(missing: list[Mention], mention: Mention) -> tuple[float, frozenset[str]] | None:
    """The quantity (value, dimensions) that the missing `mention` converts, about rightly, before its parenthesis,
    that quantity itself not missing; None for no such conversion."""
    s, n = mention
    text = s.text.text
    if isinstance(n.value, tuple):
        return None
    source = _converted_from(text, n.start, n.end, n.value)
    opening = max(text.rfind("（", 0, n.start), text.rfind("(", 0, n.start))
    if source is None or _quantity_before(missing, s, opening) is not None:
        return None
    value, unit = source
    return value, frozenset(dim for dim, _size in _SIZES.get(unit, ()))


def _quantity_before(missing: list[Mention], s: object, opening: int) -> Mention | None:
    """The missing mention of sentence `s` that ends just before the parenthesis at `opening` (the quantity the
    conversion converts), if it is missing."""
    for t, m in missing:
        if t is s and m.end <= opening and opening - m.end <= _NEAR:
            return (t, m)
    return None


_NEAR = 12
"""Most characters between a quantity and the parenthesis of its conversion (the unit and spaces)."""

"""Fractions in the two languages' forms: a Chinese fraction X分之Y and an English count over a total ("Y per X").

Evidence for number-mismatch (`checks.numbers`), read from one sentence: 千分之四 = "4 per 1000" = "4 in 1,000" =
4/1000 = 0.4%.
"""
from __future__ import annotations

from zhen_qa.aligner.numbers import NumberMention, number_key, zh_fraction
from zhen_qa.manuscript.lazy_re import LazyPattern

__all__ = ["fraction_parts", "percentages", "rates"]

_EN_RATE = LazyPattern(r"(?<![\d.,])(\d+(?:\.\d+)?)\s*(?:/|\s(?:per|in|of|out\s+of)\s)\s*"
                       r"(\d{1,3}(?:,\d{3})+|\d+)(?![\d,]|\.\d)")
"""4 per 1000, 4 in 1000, 4 of 1000, 4/1000: a count over a total, which Chinese writes as a fraction (千分之4)."""


def fraction_parts(numbers: list[NumberMention]) -> set[str]:
    """Keys of the numerator, the denominator and the percentage of each Chinese fraction X分之Y except percentages
    (百分之 is a percentage already): 千分之四 = "4 per 1000" = "4 in 1000" = 0.4%. Evidence only."""
    out: set[str] = set()
    for n in numbers:
        parts = zh_fraction(n.text) if "分之" in n.text and not n.percent else None
        if parts is not None and not isinstance(n.value, tuple):
            out.update(number_key(v) for v in (*parts, *percentages(n.value)))
    return out


def percentages(value: float) -> tuple[float, ...]:
    """A fraction as a percentage, exact and rounded to whole numbers and tenths: 1/3 = 33.33…%, 33% or 33.3%
    (三分之一 = "33%")."""
    return tuple(p for p in (100 * value, float(round(100 * value)), round(100 * value, 1)) if p)


def rates(text: str) -> set[str]:
    """Keys of the fractions that English counts over a total give, and their percentages ("4 per 1000" = 0.004 =
    千分之4 = 0.4%; "1 in 5" = 20%). Evidence only."""
    out: set[str] = set()
    for m in _EN_RATE.finditer(text):
        num, den = float(m.group(1)), float(m.group(2).replace(",", ""))
        if 0 < num <= den:
            out.add(number_key(num / den))
            out.update(number_key(p) for p in percentages(num / den))  # "1 in 5" = 20%
    return out

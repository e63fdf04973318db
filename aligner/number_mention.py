"""One number found in a text (`NumberMention`) and what every number reader shares: the comparable key of a value,
overlapping spans, a digit anywhere."""
from __future__ import annotations

import re
from dataclasses import dataclass

Value = float | tuple[float, float]

ANY_DIGIT = re.compile(r"\d")
"""Any decimal digit (full-width ones too): every digit-form pattern needs one."""


@dataclass(frozen=True)
class NumberMention:
    """One number in a text: `text[start:end]`, its normalised `value` (float or (lo, hi) range)."""

    value: Value
    start: int
    end: int
    text: str
    percent: bool = False
    written: str = "digits"
    """"digits" (Arabic numerals, possibly with 万/million) or "words" (三组, two, 百分之三十一)."""

    def endpoints(self) -> tuple[float, ...]:
        """The value, or both ends of a range, as floats."""
        return self.value if isinstance(self.value, tuple) else (self.value,)


def number_key(value: float) -> str:
    """A comparable key for a float: 9 significant digits, so 0.30 == 0.3 and 1.8e7 == 18000000."""
    return f"{value:.9g}"


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether `start`-`end` overlaps one of `spans` (text already read as a number or skipped)."""
    return any(s < end and start < e for s, e in spans)

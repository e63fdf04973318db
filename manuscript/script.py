"""Which script a piece of text is written in: Han, Latin, or a mix."""
from __future__ import annotations

import re

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U000323af"
"""The Han ideographs, as the body of a regex character class: the basic block, extension A, the
compatibility ideographs, and the supplementary planes (extensions B to H and the compatibility
supplement). Every Han test in zhen-qa uses it."""
HAN_RUN_RE = re.compile(f"[{HAN}]+")
"""Runs of Han characters. Its `search` and `match` answer whether there is a Han character as `HAN_RE`'s do: zhen-qa's
own uses need this one compiled pattern (a Han character class takes 1-2 ms to compile)."""
LATIN_WORD_RE = re.compile(r"[A-Za-z\uff21-\uff3a\uff41-\uff5a\u00c0-\u024f]+")


def is_han(ch: str) -> bool:
    """True for a CJK ideograph (basic block, extension A/B+, compatibility)."""
    return bool(HAN_RUN_RE.match(ch))


def is_wide(ch: str) -> bool:
    """A Han character or full-width punctuation (，。、（）…): Chinese puts no space between two of them."""
    return is_han(ch) or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef"


def han_count(text: str) -> int:
    """The Han characters of `text` (as many as `is_han` says of its characters)."""
    return sum(map(len, HAN_RUN_RE.findall(text)))  # runs: 4x fewer objects


_ANY_DIGIT = re.compile(r"\d")


def has_digit(text: str) -> bool:
    """Whether any character of `text` is a digit (`str.isdigit`: superscripts too), at the cost of one regular
    expression search for the usual text: every decimal digit `\\d` matches is one, and ASCII text has no other."""
    return _ANY_DIGIT.search(text) is not None or (not text.isascii() and any(c.isdigit() for c in text))


def script_share(text: str) -> tuple[int, int]:
    """(Han characters, Latin words) in `text`: the units the two languages are counted in."""
    return han_count(text), len(LATIN_WORD_RE.findall(text))


def detect_lang(text: str, threshold: float = 0.75) -> str:
    """"zh", "en" or "mixed" by the share of Han characters against Latin words.

    One Latin word is weighted like 1.5 Han characters (an English word carries about as much as
    1.5 Chinese characters in parallel text), so acronyms inside Chinese text stay "zh" and a
    Chinese term in parentheses inside English stays "en". Text with neither counts as "mixed".
    """
    han, words = script_share(text)
    total = han + 1.5 * words
    if total == 0:
        return "mixed"
    share = han / total
    if share >= threshold:
        return "zh"
    if share <= 1 - threshold:
        return "en"
    return "mixed"


def __getattr__(name: str) -> re.Pattern[str]:
    """`HAN_RE` (one Han character), compiled when first asked for."""
    if name == "HAN_RE":
        pattern = globals()["HAN_RE"] = re.compile(f"[{HAN}]")
        return pattern
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

"""A list of an option's values given as examples in a Chinese sentence, written as the reader types them.

A command reference's table says what an option takes: `set time_display_type=xxx` | 例如： long, default,
ISO8601, yyyy-MM-dd HH:mm:ss. The values after 例如 (or a colon) are literals the reader types, the same on the
English page, not English left untranslated (`untranslated-span`). A run is such a list when it follows 例如 /
比如 / 如 / a colon, has three or more comma-separated items, each one token or a date-time pattern, and at least
one item is no English word at all: a token with a digit or in camelCase (`ISO8601`, `utf8mb4`, `epochMs`) or a
date-time pattern (`yyyy-MM-dd HH:mm:ss`). A list of plain words (`fast, safe, reliable`) or of phrases (`easy to
use, well tested`) stays reported: nothing in it says "values" rather than English words left in the sentence.
"""
from __future__ import annotations

from zhen_qa.manuscript.lazy_re import LazyPattern

_ITEM_SPLIT = LazyPattern(r"\s*[,;]\s*")
_TOKEN = LazyPattern(r"[A-Za-z0-9][\w.+-]*")
"""One token: a value, a keyword, an identifier (`long`, `ISO8601`, `utf8mb4`)."""
_DATE_PATTERN = LazyPattern(r"(?:y{2,4}|M{1,4}|d{1,2}|[Hh]{1,2}|m{1,2}|s{1,2}|S{1,3}|Z{1,2}|X{1,3})"
                            r"(?:[-/:. T]+(?:y{2,4}|M{1,4}|d{1,2}|[Hh]{1,2}|m{1,2}|s{1,2}|S{1,3}|Z{1,2}|X{1,3}))+")
"""A date-time format pattern (Java/Joda letters): `yyyy-MM-dd HH:mm:ss`, `HH:mm`."""
_LITERAL = LazyPattern(r"[A-Za-z]*\d[\w.+-]*|[a-z]+[A-Z]\w*")
"""A token that is no English word: it has a digit (`ISO8601`, `utf8mb4`) or is written in camelCase (`epochMs`)."""
_LEAD = LazyPattern(r"(?:例如|比如|譬如|如|[:：])\s*$")
"""What introduces example values: 例如 / 比如 / 如, or a colon (`例如：`)."""
MIN_ITEMS = 3


def list_items(run: str) -> list[str]:
    """The items of a Latin run written as a list: split at commas and semicolons, the run's own leading and trailing
    separators dropped (`long, default, ISO8601` -> three items)."""
    return _ITEM_SPLIT.split(run.strip(" \t,;"))


def option_values(run: str, before: str) -> bool:
    """True when the Latin `run`, preceded in its sentence by `before`, is a list of example values (see module)."""
    if _LEAD.search(before) is None:
        return False
    items = list_items(run)
    if len(items) < MIN_ITEMS:
        return False
    if not all(_TOKEN.fullmatch(item) or _DATE_PATTERN.fullmatch(item) for item in items):
        return False
    return any(_LITERAL.fullmatch(item) or _DATE_PATTERN.fullmatch(item) for item in items)

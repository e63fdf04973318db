"""What the layout or markup makes of a doubling: section labels printed twice, markup left out between the copies,
a list item opening with a code name before its gloss (`- open open transaction`)."""
from __future__ import annotations

import re
from collections.abc import Iterable

from zhen_qa.checks.repeated_en import EN_LEGIT, FUNCTION_WORDS
from zhen_qa.checks.typography_texts import Text
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN as _HAN
from zhen_qa.manuscript.source import MappedText
from zhen_qa.manuscript.structure import is_doubled_label

LAYOUT_DOUBLED_LABELS = 2
"""Fewest section labels printed twice (背景背景, 方法方法) for the doubling to be the layout's: a layout prints every
label in two elements, so a single doubled label (结论结论 under its English Takeaways) is a slip."""


def layout_doubles_labels(texts: Iterable[str]) -> bool:
    """Whether the manuscript's layout prints its section labels twice (`LAYOUT_DOUBLED_LABELS` of them or more)."""
    return sum(1 for text in texts if is_doubled_label(text)) >= LAYOUT_DOUBLED_LABELS


_COMMENT = re.compile(r"(?<!\\)%[^\n]*")


def markup_between(mt: MappedText, first_end: int, second_start: int) -> bool:
    """Whether the source between the end of the first copy (text index `first_end`) and the start of the second
    holds more than blanks, line breaks and comments: markup the reader left out (a display equation) stood there."""
    if not 0 < first_end <= second_start < len(mt.text):
        return False
    between = mt.source.text[mt.end_of(first_end - 1):mt.offsets[second_start]]
    return bool(_COMMENT.sub("", between).strip())


_ITEM_MARK = re.compile(r"[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+$")
"""What stands before a list item's first word on its line: indentation and the item's mark (`- `, `* `, `1. `)."""


_NAME_BEFORE_GLOSS = LazyPattern(rf"(?m)^[ \t]*(?:(?:[-*+]|\d{{1,3}}[.)])[ \t]+)?([a-z][a-z0-9_]*)[ \t]*(?=[{_HAN}])")
"""A line of Chinese text (or a list item) that opens with a lower-case Latin name followed by Chinese: the name
kept as written before its Chinese gloss (`- open 打开事务`)."""


def opens_item(mt: MappedText, a: int, unit: str) -> bool:
    """Whether the doubled `unit` at text index `a` is a lower-case word opening a list item (only the item's mark
    before it on its line) that is no English function word."""
    if not unit.islower() or unit in FUNCTION_WORDS or unit in EN_LEGIT or mt.text[:a].strip():
        return False
    start = mt.offsets[a]
    line = mt.source.text.rfind("\n", 0, start) + 1
    return bool(_ITEM_MARK.fullmatch(mt.source.text, line, start))


def names_kept_in_chinese(texts: Iterable[Text]) -> frozenset[str]:
    """The lower-case Latin names the Chinese texts open a line or list item with before Chinese words
    (`- open 打开事务`: open): a doubled English word whose first copy is such a name is the name and its gloss."""
    names: set[str] = set()
    for mt, lang, _keep in texts:
        if lang == "en":
            continue
        names.update(_NAME_BEFORE_GLOSS.findall(mt.text))  # a list item's text opens after its mark, or holds it
    return frozenset(names)

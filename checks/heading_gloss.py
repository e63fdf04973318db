"""A Chinese heading that glosses itself with the English term in brackets (### 精确一次（exactly-once）) while the
English page's heading is that term alone (### exactly-once), which the Markdown reader drops as a slug: the heading
is translated, its English only not read."""
from __future__ import annotations

import re
from collections.abc import Iterable

from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN

_GLOSSED = LazyPattern(rf"[^（(]*[{HAN}][^（(]*[（(]\s*([A-Za-z][A-Za-z0-9\-_. ]*?)\s*[)）]\s*")
"""A Chinese heading closed by an English term in brackets: 精确一次（exactly-once）, 列投影（column projection）."""


def gloss_heading_dropped(heading: str, english_page: str, english_read: Iterable[str]) -> bool:
    """Whether the Chinese `heading` ends with its English term in brackets and the English page (`english_page`,
    its source text) has a Markdown heading of that term alone that the reader did not read (`english_read`: the
    English sentences' texts): the English heading is there, dropped as an identifier or slug."""
    m = _GLOSSED.fullmatch(heading)
    if m is None:
        return False
    term = m.group(1)
    if any(text.strip().lower() == term.lower() for text in english_read):
        return False  # read, so the alignment had it to pair
    heading_line = rf"(?im)^[ \t]{{0,3}}#{{1,6}}[ \t]+{re.escape(term)}[ \t]*#*[ \t]*$"
    return re.search(heading_line, english_page) is not None

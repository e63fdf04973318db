"""Web and mail addresses in text: names to keep as written, never words to translate or terms to check."""
from __future__ import annotations

import re

URL = re.compile(
    r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\s?\.\s?(?:com|org|gov|net|edu|cn))+\b", re.I
)
"""An address: a URL with its scheme or www, a mail address, or a bare domain (cancer.org, cdc.gov)."""


def url_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each address in `text` (none where the text has no dot or @, the common case)."""
    if "." not in text and "@" not in text:
        return []
    return [m.span() for m in URL.finditer(text)]


def in_spans(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of `spans`."""
    return any(a < end and start < b for a, b in spans)

"""Whether a run of text stands inside brackets or quotation marks (a gloss, a quoted message or title)."""
from __future__ import annotations

import re

_OPEN, _CLOSE = "([（【［", ")]）】］"


def in_parentheses(text: str, start: int, end: int) -> bool:
    """True if text[start:end] stands inside a pair of brackets after some Latin text, with nothing Latin beside it
    inside them: "secretome (分泌组)", and the several forms of one gloss, "Wuhan pneumonia" (武汉(漢)肺炎/武肺)."""
    a = _enclosing(text, start - 1, -1, _OPEN, _CLOSE)
    b = _enclosing(text, end, 1, _CLOSE, _OPEN)
    if a is None or b is None:
        return False
    return bool(re.search(r"[A-Za-z]", text[:a]))


def _enclosing(text: str, i: int, step: int, bracket: str, nested: str) -> int | None:
    """The index of the bracket that encloses position `i`, scanning from it by `step` (-1: back to the opening
    `bracket`, skipping pairs closed by `nested`; 1: on to the closing one); None at Latin letters or digits on the
    way, or at the text's edge."""
    depth = 0
    while 0 <= i < len(text):
        ch = text[i]
        if ch in nested:
            depth += 1
        elif ch in bracket:
            if depth == 0:
                return i
            depth -= 1
        elif ch.isascii() and ch.isalnum():
            return None
        i += step
    return None


def inside_brackets(text: str, start: int) -> bool:
    """True when an opening bracket before `start` is still open there (Chinese text glossing a name)."""
    depth = 0
    for ch in reversed(text[:start]):
        if ch in _CLOSE:
            depth += 1
        elif ch in _OPEN:
            if depth == 0:
                return True
            depth -= 1
    return False


def inside_quotes(text: str, start: int) -> bool:
    """True when a quotation mark before `start` is still open there ("…", “…”, 「…」, 『…』)."""
    before = text[:start]
    if before.count('"') % 2:
        return True
    return any(before.rfind(a) > before.rfind(b) for a, b in ("“”", "「」", "『』", "《》", "〈〉"))

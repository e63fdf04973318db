"""Bullet glyphs that open a list item in plain text (a PDF's text keeps them at the start of a line)."""
from __future__ import annotations

import re

BULLET = "[•·▪●◦‣∙]"
"""The bullet glyphs a list item opens with (one of them; `word_breaks.LIST_MARKER` takes them too)."""
BULLET_LINE = re.compile(rf"^\s*{BULLET}+\s")
"""A line that starts with a bullet glyph (one or more: a PDF's text doubles some, `•• 均衡饮食`) and a space: a list
item begins there. Not a glyph without a space after it (`•信息`), which a PDF's text also puts where a space was
(婴幼儿•(WIC)•计划). `word_breaks.LIST_MARKER` says the same of a Word paragraph, with numbers."""


def opens_item(line: str) -> bool:
    """Whether the line opens a bulleted list item (`BULLET_LINE`)."""
    return BULLET_LINE.match(line) is not None


_NEW_SENTENCE = re.compile(r"^\s*[A-Z][a-z]")


def item_ended(item_lines: list[str], line: str) -> bool:
    """Whether `line` begins the text after a bulleted item rather than its wrap: the item (its lines so far, the
    first opening with a bullet) ends in a lower-case letter, as a list printed without stops ends its items, and
    the line opens with a capitalised word ("• Tender or swollen lymph glands in the / neck / Talk to your doctor"):
    a wrap continues the item's sentence in lower case, and a PDF's text leaves out the blank line after a list."""
    return bool(item_lines) and opens_item(item_lines[0]) and len(item_lines) > 1 \
        and item_lines[-1].rstrip()[-1:].islower() and _NEW_SENTENCE.match(line) is not None

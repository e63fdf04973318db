"""Bullet glyphs that open a list item in plain text (a PDF's text keeps them at the start of a line)."""
from __future__ import annotations

import re

BULLET_LINE = re.compile(r"^\s*[•·▪●◦‣∙]+\s")
"""A line that starts with a bullet glyph (one or more: a PDF's text doubles some, `•• 均衡饮食`) and a space: a list
item begins there. Not a glyph without a space after it (`•信息`), which a PDF's text also puts where a space was
(婴幼儿•(WIC)•计划). `word_breaks.LIST_MARKER` says the same of a Word paragraph, with numbers."""


def opens_item(line: str) -> bool:
    """Whether the line opens a bulleted list item (`BULLET_LINE`)."""
    return BULLET_LINE.match(line) is not None

"""Bullet glyphs that open a list item in plain text (a PDF's text keeps them at the start of a line)."""
from __future__ import annotations

import re

from zhen_qa.manuscript.script import is_han

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


def item_ended(item_lines: list[str], line: str, short: bool = False) -> bool:
    """Whether `line` begins the text after a bulleted item rather than its wrap (the item: its lines so far, the
    first opening with a bullet; a PDF's text leaves out the blank line after a list).

    English: the item ends in a lower-case letter, as a list printed without stops ends its items (an item of one
    line not on a word its sentence cannot end on, `_OPEN_WORD`), and the line opens with a capitalised word
    ("• Tender or swollen lymph glands in the / neck / Talk to your doctor", "• Other tests to check for heart
    disease / Your treatment may include:"): a wrap continues the item's sentence in lower case.
    Chinese, which has no capitals: the item's last line ends in a Han character and is `short`
    (`heading_lines.short_lines`), as a hard wrap comes only where the line is full (• 体液损失，也称为脱水 /
    症状可能轻重不一。)."""
    if not item_lines or not opens_item(item_lines[0]):
        return False
    last = item_lines[-1].rstrip()
    if short and last and (is_han(last[-1]) or last[-1] in "）」』"):
        return True
    if not last[-1:].islower() or _NEW_SENTENCE.match(line) is None:
        return False
    return len(item_lines) > 1 or _OPEN_WORD.search(last) is None


_OPEN_WORD = re.compile(
    r"\b(?:a|an|the|of|to|for|from|in|on|at|by|with|without|about|into|onto|over|under|after|before|during|between|"
    r"through|and|or|but|nor|as|than|that|which|who|whose|your|our|their|his|her|its|my|this|these|those|such|is|are|"
    r"was|were|be|been|has|have|had|will|would|can|could|may|might|should|must|not|if|when|while|because|very|more|"
    r"most)$")
"""An English word a sentence does not end on (an article, preposition, conjunction, determiner, auxiliary), a
closed class: a one-line item that stops on one goes on in the next line, whatever its case ("• Ask for help from /
Medicaid if needed."); an item of one line that stops on a content word ends there."""

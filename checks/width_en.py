"""punctuation-width in English text: full-width marks typed with a Chinese input method (，。；：？！（）【】、)."""
from __future__ import annotations

import re
from collections.abc import Iterator

from zhen_qa.checks.width_marks import TO_HALF, neighbour, width_finding, width_message
from zhen_qa.manuscript.script import is_han
from zhen_qa.manuscript.source import MappedText
from zhen_qa.report.findings import Finding

_FULL_IN_EN = re.compile(r"[，。；：？！（）【】、]")  # “ ” ‘ ’ are English curly quotes too (O’Reilly, “BigScience”)


def english_width(mt: MappedText) -> Iterator[Finding]:
    """Full-width punctuation inside English text (not when it sits next to Chinese characters)."""
    text = mt.text
    for m in _FULL_IN_EN.finditer(text):
        i = m.start()
        if is_han(neighbour(text, i, -1)) or is_han(neighbour(text, i, 1)):
            continue
        mark = m.group(0)
        glued = mark in _CLAUSE_MARKS and i + 1 < len(text) and text[i + 1].isascii() and text[i + 1].isalpha()
        yield width_finding(mt, i, i + 1, "en", width_message(mark, "en"), TO_HALF[mark] + (" " if glued else ""))


_CLAUSE_MARKS = "，。；：？！"
"""Full-width marks that carry their own space: typed in English right before a word ("results，and"), the half-width
mark needs the space English writes after it ("results, and"), or the fix glues the words ("results,and")."""

"""The Markdown links over a sentence: the matches of a link pattern in the source lines the sentence spans whose text
overlaps the sentence. Shared by the excuses that read a sentence's links (`cited_link`, `language_link`)."""
from __future__ import annotations

import re

from zhen_qa.manuscript.document import Sentence

__all__ = ["links_over"]


def links_over(sentence: Sentence, link: re.Pattern[str], lines_after: int = 0) -> list[re.Match[str]]:
    """The matches of `link` (a Markdown link pattern whose group 1 is its text) in the source lines the sentence
    spans, and `lines_after` more lines after them (a link text wrapped before its `](`), whose text overlaps the
    sentence."""
    mt = sentence.text
    if not mt.text:
        return []
    lo, hi = mt.offsets[0], mt.end_of(len(mt.text) - 1)
    src = mt.source.text
    start = src.rfind("\n", 0, lo) + 1
    end = src.find("\n", hi)
    for _ in range(lines_after):
        end = src.find("\n", end + 1)
    return [m for m in link.finditer(src, start, len(src) if end < 0 else end)
            if m.start(1) < hi and lo < m.end(1)]

"""Passages a LaTeX document sets as a block quotation (`quote`, `quotation`): quoted as their source wrote them,
in its language. A Chinese thesis quoting an English prompt, motto or statement in a `quote` environment keeps it in
English on purpose; it is no English left in the Chinese (a Chinese sentence quoted there is checked as any other:
the caller asks only for a sentence without Chinese)."""
from __future__ import annotations

import re
from functools import lru_cache

from zhen_qa.manuscript.document import Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.reader import LATEX_SUFFIXES

_QUOTATION = LazyPattern(r"\\begin\{(quote|quotation)\}(.*?)\\end\{\1\}", re.S)


@lru_cache(maxsize=16)
def _quotations(text: str) -> tuple[tuple[int, int], ...]:
    """Source spans of the bodies of the text's quote and quotation environments."""
    return tuple((m.start(2), m.end(2)) for m in _QUOTATION.finditer(text))


def in_block_quotation(s: Sentence) -> bool:
    """Whether the sentence lies inside a LaTeX quote or quotation environment of its source file."""
    source = s.text.source
    offsets = s.text.offsets
    if not len(offsets) or not source.path.lower().endswith(LATEX_SUFFIXES) or "\\begin{quot" not in source.text:
        return False
    first, last = offsets[0], offsets[-1]
    return any(lo <= first and last < hi for lo, hi in _quotations(source.text))


__all__ = ["in_block_quotation"]

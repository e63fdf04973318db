"""An English lead-in written as a sentence of its own where the Chinese sentence ends pointing at the code.

A Chinese sentence often ends with a clause pointing at the code block after it: …返回了 error 对象自己，导致死循环，
如下 then the block. The English writes the pointer as a sentence of its own at the end of the same paragraph:
"… causing an infinite loop. Here is an example:" then the same block. The aligner pairs the Chinese sentence with the
English sentences that say its words and leaves the pointer alone, reported as extra-target; it renders the 如下.

An English sentence alone is taken as that pointer when
- it is a lead-in: it ends in a colon, says at most POINTER_STEMS content stem (`lexicon.en_stems`: "Here is an
  example:", "For example:", "As follows:") and no warning or condition (`lead_in_again._ASKS`);
- it is the last sentence of its paragraph and a fenced code block follows it;
- the bead before it has both sides, its English ends the lone sentence's paragraph without a lead-in of its own (its
  last sentence does not end in a colon: the pointer is said nowhere else), and its last Chinese sentence ends with a
  pointer clause (`_POINTS`: 如下, 如下所示, 示例如下, 例如：, 比如：) right before a fenced code block with the
  same code (comments and lines with Han characters aside, `markdown.code_key`).

What stays reported: a lead-in that says more ("Here is an example that deadlocks:"), a line before code the Chinese
does not introduce (its sentence ends without a pointer clause, or another block follows it), a second lead-in where
the English sentence before already ends in a colon (`lead_in_again` judges those), a pointer of another paragraph.
"""
from __future__ import annotations

import re

from zhen_qa.aligner.lexicon import en_stems
from zhen_qa.checks.clause_beside import same_paragraph
from zhen_qa.checks.lead_in_again import asks_more, lead_in
from zhen_qa.manuscript.document import Pair, Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.markdown import code_key

__all__ = ["pointer_split"]

POINTER_STEMS = 1
"""Most content stems of the English pointer ("example"; "follow")."""

_POINTS = LazyPattern(r"(?:^|[，,；;])\s*(?:(?:示例|例子|代码|示例代码)?如下(?:所示)?|例如|比如|如)\s*[：:。.]?\s*$")
"""A Chinese sentence's last clause that only points at what follows (，如下 / ，示例如下： / ，例如：)."""
_CODE_AFTER = LazyPattern(r"[ \t]*\n(?:[ \t]*\n)*[ \t]*(```|~~~)[^\n]*\n(.*?)\n[ \t]*\1", re.S)
"""A fenced code block right after a sentence that ends its line (blank lines between allowed): its code."""


def _code_after(s: Sentence) -> str | None:
    """The code of the fenced block right after the sentence as a translation keeps it (`markdown.code_key`: comments
    and lines with Han characters left out), None when none follows it."""
    end = s.text.end_offset()
    if end is None:
        return None
    m = _CODE_AFTER.match(s.text.source.text, end)
    return code_key(m.group(2)) if m else None


def _pointer(text: str) -> bool:
    """Whether an English sentence is a bare lead-in: a colon at its end, one content stem at most, no condition."""
    return text.rstrip().endswith(":") and len(en_stems(text)) <= POINTER_STEMS and not asks_more(text)


def pointer_split(pair: Pair, index: int) -> bool:
    """Whether the English-only bead `index` of `pair` is the pointer clause of the Chinese sentence before it written
    as a sentence of its own (module doc)."""
    beads = pair.beads
    bead = beads[index]
    if bead.zh or len(bead.en) != 1 or index == 0:
        return False
    lone = pair.en[bead.en[0]]
    before = beads[index - 1]
    if not (before.zh and before.en) or not _pointer(lone.text.text):
        return False
    english, chinese = pair.en[before.en[-1]], pair.zh[before.zh[-1]]
    if lead_in(english) or not same_paragraph(english, lone):
        return False
    code = _code_after(lone)
    return code is not None and bool(_POINTS.search(chinese.text.text)) and _code_after(chinese) == code

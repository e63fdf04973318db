"""An English line that points at a code block a second time (extra-target).

Documentation introduces a code block with a lead-in ending in a colon: 可参考如下： / "You can refer to the
following:". An English page may add a second, short line right before the block that points at it again ("config
the following fields"), where the Chinese introduces the block once. That line says nothing the lead-in and the
block do not: the Chinese leaves nothing out. An English sentence without Chinese is taken as such a pointer when

- it is its bead's one sentence, of at most POINTER_WORDS_MAX words, and says "following", "below" or "as follows";
- it is a fragment, ending without punctuation (a sentence "Replace the bucket name below." or a lead-in "Run the
  following as root:" asks something of its own), and says no negation, modal or restriction (never, not, must,
  only: "Never run the following on production" is a warning the Chinese may lack, review55 R5);
- a fenced code block follows it in its file;
- the English sentence right before it, in the paragraph before, ends in a colon (a lead-in of its own);
- the bead before has Chinese whose last sentence ends in a colon and is followed by a fenced code block (the
  Chinese lead-in of the same block).

Where the sentence before does not end in a colon, or the Chinese before the block is no lead-in, the line is the
block's only English lead-in and its Chinese is missing: it keeps its finding.
"""
from __future__ import annotations

import re

from zhen_qa.manuscript.document import Pair, Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN_RUN_RE

POINTER_WORDS_MAX = 6
"""Most words of a line that points at the block again ("config the following fields")."""

_POINTER = LazyPattern(r"\b(?:following|below|as follows)\b", re.I)
_ASKS = LazyPattern(r"\b(?:never|not|no|don't|do not|must|should|only|avoid|unless|except|careful|warning|note)\b|"
                   r"n't\b", re.I)
"""Words by which a line says more than where the block is (a warning, a condition)."""
_FRAGMENT_END = LazyPattern(r"[\w`)\]]\s*$")
_FENCE = LazyPattern(r"\s*(?:```|~~~)")
_PARAGRAPH_GAP = LazyPattern(r"[ \t]*\n[ \t]*\n\s*")


def asks_more(text: str) -> bool:
    """Whether a line says more than where something is: a warning or a condition (`_ASKS`)."""
    return bool(_ASKS.search(text))


def _before_code(s: Sentence) -> bool:
    """Whether a fenced code block comes right after the sentence in its file."""
    end = s.text.end_offset()
    return end is not None and bool(_FENCE.match(s.text.source.text, end))


def lead_in(s: Sentence) -> bool:
    """Whether the sentence ends in a colon, as a lead-in to what follows does."""
    return s.text.text.rstrip().endswith((":", "："))


def points_again(pair: Pair, index: int) -> bool:
    """Whether the English-only bead `index` of `pair` is a second pointer at the code block the Chinese introduces
    once (see the module docstring)."""
    beads = pair.beads
    bead = beads[index]
    if bead.zh or len(bead.en) != 1 or index == 0 or bead.en[0] == 0:
        return False
    s, before = pair.en[bead.en[0]], pair.en[bead.en[0] - 1]
    text = s.text.text
    if HAN_RUN_RE.search(text) or len(text.split()) > POINTER_WORDS_MAX or not _POINTER.search(text):
        return False
    if not _FRAGMENT_END.search(text) or asks_more(text):
        return False  # a sentence or a warning of its own, not a second pointer (review55 R5)
    if not _before_code(s) or not lead_in(before) or before.text.source is not s.text.source:
        return False
    gap_start, gap_end = before.text.end_offset(), s.text.start_offset()
    if gap_start is None or gap_end is None or not _PARAGRAPH_GAP.fullmatch(s.text.source.text[gap_start:gap_end]):
        return False
    previous = beads[index - 1]
    if not previous.zh or bead.en[0] - 1 not in previous.en:
        return False
    zh = pair.zh[previous.zh[-1]]
    return lead_in(zh) and _before_code(zh)

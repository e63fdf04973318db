"""What a term-missing finding names as the other language's word in the term's place, so a translator can judge at
once: 「镜像」 has no “image” in the aligned English (the English says “mirroring” in its place).

The word is the one `term_slot` (a Chinese term, the English's word: `replacing`) or `term_slot_zh` (an English
term, the Chinese word, placed by an English word right beside the term only: `replacing`) finds right where the
term would be rendered, and only one those modules take as saying another thing: no gloss of anything else of the
source sentence, no part of the term's own forms, no name (two capitalised words, "Ant Design"). Where they find
none, or more than one, the message names nothing. The word is a pointer for the reader, not a verdict: where the
term is dropped, the slot may hold a neighbour the dictionary does not gloss ("older" for 旧版), and the finding's
`(it has …)` (another listed term, a near variant) is kept apart from it, so summaries do not repeat it.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from zhen_qa.checks.term_hits import Hit
from zhen_qa.checks.term_rendered import en2zh, zh2en
from zhen_qa.checks.term_slot import replacing
from zhen_qa.checks.term_slot_zh import replacing as replacing_zh

_TAIL = re.compile(r" \(the (?:English|Chinese) says (?:“[^”]*”|「[^」]*」) in its place\)")


def in_place(h: Hit, target: str, renderings: Sequence[str], bead_zh: str = "") -> str:
    """The message tail naming the one word the target text `target` has where the source term `h` would be
    rendered (`renderings`: its listed target forms; `bead_zh`: the bead's whole Chinese, for a Chinese term), or
    ""."""
    if h.lang == "zh":
        words = replacing(h, target, renderings, zh2en(), en2zh(), bead_zh)
        return f" (the English says “{words[0]}” in its place)" if len(words) == 1 else ""
    words = replacing_zh(h, target, renderings, zh2en(), en2zh())
    return f" (the Chinese says 「{words[0]}」 in its place)" if len(words) == 1 else ""


def without_in_place(message: str) -> str:
    """`message` without the tail `in_place` wrote: the finding as it read before the tail existed, so a label keyed
    by its message (benchmarks/precision.py's `key`) still matches when the word named in the term's place changes or
    first appears."""
    return _TAIL.sub("", message)

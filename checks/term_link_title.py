"""A term in the text of a link whose target the other side links too: each side names the linked page by its own
title. `- [Training Booster](../basics/booster_api.md)` = `- [booster 使用](../basics/booster_api.md)` (colossalai's
prerequisite lists, gc56 B3): the Chinese page's title is 「booster 使用」, the English page's "Booster API" or the
list's "Training Booster"; the reader follows the same page either way, and a link text is no sentence the
translation renders word for word. A term outside the link text, or in a link to another page, is still missing."""
from __future__ import annotations

import re
from collections.abc import Sequence

from zhen_qa.checks.term_kept_written import links_on_lines
from zhen_qa.manuscript.document import Sentence

_LANG_SEGMENT = re.compile(r"(?i)(?<=/)(?:en|zh|zh-cn|zh-hans|zh-tw|en-us|cn)/")
"""A path segment naming the page's language (/en/docs/… beside /docs/…): the same page in the other language."""


def _target(target: str) -> str:
    """A link target compared across the two pages: without a leading ./ and its language segments."""
    t = target.strip()
    t = t[2:] if t.startswith("./") else t
    return _LANG_SEGMENT.sub("", t)


def _links(sentence: Sentence) -> list[re.Match[str]]:
    """The Markdown links whose text lies in the sentence."""
    mt = sentence.text
    if not mt.text:
        return []
    lo, hi = mt.offsets[0], mt.end_of(len(mt.text) - 1)
    return [m for m in links_on_lines(mt.source.text, lo, hi) if lo <= m.start(1) and m.end(1) <= hi]


def in_link_to_same_page(sentence: Sentence, start: int, end: int, other: Sequence[Sentence]) -> bool:
    """Whether characters [start, end) of `sentence` lie in the text of a Markdown link to a page (a target other
    than an anchor of the page itself) that a link of one of the `other` sentences (the bead's other side) has as its
    target too."""
    mt = sentence.text
    if not 0 <= start < end <= len(mt.text):
        return False
    lo, hi = mt.offsets[start], mt.end_of(end - 1)
    here = [m for m in _links(sentence) if m.start(1) <= lo and hi <= m.end(1)]
    targets = {_target(m.group(2)) for m in here if m.group(2).strip() and not m.group(2).startswith("#")}
    return bool(targets) and any(_target(m.group(2)) in targets for s in other for m in _links(s))

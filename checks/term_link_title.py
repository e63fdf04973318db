"""A term in the text of a link whose target the other side links too: each side names the linked page by its own
title. `- [Training Booster](../basics/booster_api.md)` = `- [booster 使用](../basics/booster_api.md)` (colossalai's
prerequisite lists, gc56 B3): the Chinese page's title is 「booster 使用」, the English page's "Booster API" or the
list's "Training Booster"; the reader follows the same page either way, and a link text is no sentence the
translation renders word for word. The same holds for a section of a page:
`[桌面端适配](#/zh-CN/advanced-usage#zhuo-mian-duan-gua-pei)` =
`[Adapt to PC Browsers](#/en-US/advanced-usage#adapt-to-pc-browsers)` (vant's hash routes; each anchor the slug
of its own language's heading, so targets are compared up to the page). A term outside the link text, in a link to
another page, or in a link to an anchor of the page itself (#usage), is still missing."""
from __future__ import annotations

import re
from collections.abc import Sequence

from zhen_qa.checks.term_kept_written import links_on_lines
from zhen_qa.manuscript.document import Sentence

_LANG_SEGMENT = re.compile(r"(?i)(?<=/)(?:en|zh|zh-cn|zh-hans|zh-tw|en-us|cn)/")
"""A path segment naming the page's language (/en/docs/… beside /docs/…): the same page in the other language."""


def _target(target: str) -> str:
    """A link target compared across the two pages: without a leading ./, its language segments and the section
    anchor after the page (#/zh-CN/advanced-usage#zhuo-mian-duan-gua-pei and #/en-US/advanced-usage#adapt-to-pc-
    browsers are one page, each anchor the slug of its own language's heading)."""
    t = target.strip()
    t = t[2:] if t.startswith("./") else t
    t = _LANG_SEGMENT.sub("", t)
    if t.startswith("#/"):  # a hash route: the page is what follows the first #, up to the next
        return "#" + t[1:].partition("#")[0]
    return t.partition("#")[0]


def _to_page(target: str) -> bool:
    """Whether a link target names a page, not an anchor of the page itself: a path, or a hash route (#/zh-CN/faq,
    as single-page documentation sites route their pages)."""
    t = target.strip()
    return bool(t) and (not t.startswith("#") or t.startswith("#/"))


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
    targets = {_target(m.group(2)) for m in here if _to_page(m.group(2))}
    targets.discard("")
    return bool(targets) and any(_target(m.group(2)) in targets for s in other for m in _links(s))

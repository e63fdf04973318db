"""Link text written as a sentence of its own: a Chinese sentence that only points the reader to a link, left alone
right after a bead whose English holds the link.

Web pages and documentation put a link inside an English sentence ("Dr Nuno Faria et al. give an excellent breakdown
here of how …", "… answer some of those most frequently asked here:"); a Chinese translation often moves the link to a
sentence of its own after the one it belongs to (点击此处可以查看原文文章。) or writes the link's title where the
English wrote "here" (FAQ:). That sentence has no English of its own and none is missing: it renders the link word
inside the English sentence before. Such a lone Chinese sentence joins the bead before it when

- it is a pointer (`link_pointer`): it asks the reader to click or open a link (点击此处…, 请点击这里…, 详见链接), or
  it is a short label in Latin letters ending with a colon, a link's title kept as written (FAQ:, User guide:);
- the bead before has both sides, its English holds a link word (here, link, click: `_LINK_WORD`), and it has at most
  `max_side` Chinese sentences with the pointer joined; the two are in one group.

A Chinese sentence of content after such a bead is never a pointer, and a pointer after English with no link word
stays alone (a link the English does not have).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from zhen_qa.aligner.refine import Groups, PathBead, in_one_group

MAX_POINTER_CHARS = 30
"""A pointer sentence is short: it names where to click and what opens, not the content."""
_CLICK = re.compile(r"(?:点击|单击|点按|轻触|请见|详见|参见|请参阅|请查看|查看)"
                    r"\s*(?:此处|这里|这儿|该链接|链接|下方链接|下面的链接)"
                    r"|(?:此处|这里|链接)\s*(?:可以|可)?\s*(?:查看|阅读|访问|下载)")
"""Asking the reader to follow a link: 点击此处, 请点击这里, 详见链接, 此处可以查看 …"""
_LABEL = re.compile(r"[A-Za-z][A-Za-z0-9&'’.\- ]{0,40}[:：]")
"""A short label in Latin letters ending with a colon (FAQ:, User guide:): a link's title kept as written."""
MAX_LABEL_WORDS = 3
"""A label has at most this many words."""
_LINK_WORD = re.compile(r"(?<![A-Za-z])(?:here|link|links|click)(?![A-Za-z])", re.IGNORECASE)
"""Where an English sentence holds a link: "here", "this link", "click"."""


def link_pointer(text: str) -> bool:
    """Whether a Chinese sentence only points to a link (see the module docstring)."""
    t = text.strip()
    if not t or len(t) > MAX_POINTER_CHARS:
        return False
    if _LABEL.fullmatch(t):
        return len(re.findall(r"[A-Za-z0-9]+", t)) <= MAX_LABEL_WORDS
    return bool(_CLICK.search(t))


def join_link_pointers(path: list[PathBead], zh: Sequence[str], en: Sequence[str], max_side: int,
                       groups: Groups | None = None) -> list[PathBead]:
    """The path with each Chinese pointer sentence alone (1-0 bead) joined to the bead before it whose English holds
    a link word (see the module docstring)."""
    out: list[PathBead] = []
    for x in path:
        prev = out[-1] if out else None
        alone = x[2] - x[0] == 1 and x[3] == x[1]
        if (alone and prev is not None and prev[2] > prev[0] and prev[3] > prev[1] and x[2] - prev[0] <= max_side
                and link_pointer(zh[x[0]]) and any(_LINK_WORD.search(en[j]) for j in range(prev[1], prev[3]))):
            grown = (prev[0], prev[1], x[2], prev[3])
            if in_one_group(grown, groups):
                out[-1] = grown
                continue
        out.append(x)
    return out

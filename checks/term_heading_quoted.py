"""A term in the text of a link that quotes a heading: the heading's finding, not the link's.

vant's FAQ writes "See [Adapt to PC Browsers](#/en-US/advanced-usage#adapt-to-pc-browsers)." and its Chinese
参见[桌面端适配](#/zh-CN/advanced-usage#zhuo-mian-duan-gua-pei)。: each side's link text is the title of a heading of
another page, copied as that heading is written; the English anchor is the slug of its text. How
the heading renders "browsers" is decided once, at the heading, which is paired and checked where it stands
(advanced-usage's `### Adapt to PC Browsers` / `### 桌面端适配` has its own finding); the cross-reference repeats
it, and one defect is one finding. A term is taken as such a quote when

- it lies in the text of an English Markdown link to another page whose destination's anchor is the slug of that
  text (lower case, punctuation dropped, spaces as hyphens: the anchor a Markdown renderer gives the heading of that
  title); a link to a heading of its own page (a table of contents) is `term_toc_entry`'s, which pairs the entry
  with the heading it stands for, and
- the Chinese of its bead has a link to the same page (the path with its locale segments and suffixes left out:
  `#/zh-CN/advanced-usage` and `#/en-US/advanced-usage` are one page) that has an anchor too: it points at the same
  place, by its own heading's anchor.

A Chinese term is taken the same way when it lies in the text of a Chinese link with an anchor and the bead's English
has such a heading-quoting link to the same page. A link whose English text is not its anchor's slug ("see [the
desktop guide](#…adapt-to-pc-browsers)" is the translator's own words, not the title), a Chinese that names the
place without a link, or a link to another page keeps its finding.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from zhen_qa.manuscript.document import Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import is_han

_LINK = LazyPattern(r"(?<!!)\[([^\[\]\n]+)\]\(\s*<?([^()\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
"""A Markdown inline link, its text the first group, its destination the second (not an image: ![alt](src))."""
_SLUG_DROP = LazyPattern(r"[^\w\- ]")
_LOCALE_SEGMENT = LazyPattern(r"^(?:zh|en|cn|zh[-_]cn|zh[-_]hans|en[-_]us)$", re.I)
_LOCALE_SUFFIX = LazyPattern(r"(?:[-_.](?:cn|en|zh|zh[-_]cn|en[-_]us))+$", re.I)


def slug(title: str) -> str:
    """The anchor a Markdown renderer gives a heading of this title (GitHub's: lower case, punctuation but hyphens
    dropped, each space a hyphen): "Adapt to PC Browsers" → adapt-to-pc-browsers."""
    return _SLUG_DROP.sub("", title.strip().lower()).replace(" ", "-")


def split_address(address: str) -> tuple[str, str]:
    """(page, anchor) of a link destination: the anchor after its last "#", the page before it with its locale
    segments (zh-CN, en-US) and suffixes (-cn, .en) left out, in lower case, without slashes at its ends."""
    page, sep, anchor = address.strip().rpartition("#")
    if not sep:
        return _page(address), ""
    return _page(page), anchor


def _page(page: str) -> str:
    """A page path in lower case without its locale parts, empty parts and a .md ending."""
    parts = [_LOCALE_SUFFIX.sub("", p) for p in page.lower().replace("\\", "/").split("/")]
    return "/".join(p for p in parts if p and p != "#" and not _LOCALE_SEGMENT.match(p)).removesuffix(".md")


def heading_quoted(sentence: Sentence, start: int, end: int, other: Sequence[Sentence], src: str) -> bool:
    """Whether the term at [start, end) of `sentence` (in language `src`) lies in a link text quoting a heading that
    the `other` sentences (its bead's, in the other language) point at by a link of their own (module docstring)."""
    for text, address in _links_holding(sentence, start, end):
        page, anchor = split_address(address)
        if not anchor:
            continue
        if src == "en":
            if _quotes(text, page, anchor) \
                    and any(p == page and a for s in other for _t, d in links(s) for p, a in [split_address(d)]):
                return True
        elif any(p == page and a and _quotes(t, p, a) for s in other for t, d in links(s)
                 for p, a in [split_address(d)]):
            return True
    return False


def _quotes(text: str, page: str, anchor: str) -> bool:
    """Whether an English link's text is the title of a heading of another page, the one its anchor names: a page
    before the "#" and the anchor the text's slug. An anchor of the link's own page is left to `term_toc_entry`, which
    pairs the entry with the heading it stands for (a stale anchor, or one naming another heading of the same text,
    is the entry's own finding there: review55 R2)."""
    return bool(page) and not any(is_han(ch) for ch in text) and slug(text) == anchor.lower()


def links(sentence: Sentence) -> list[tuple[str, str]]:
    """(text, destination) of each Markdown link whose text lies in the sentence."""
    mt = sentence.text
    if not mt.text:
        return []
    lo, hi = mt.offsets[0], mt.end_of(len(mt.text) - 1)
    return [(m.group(1).strip(), m.group(2)) for m in _links_on_lines(mt.source.text, lo, hi)
            if lo <= m.start(1) and m.end(1) <= hi]


def _links_holding(sentence: Sentence, start: int, end: int) -> Iterator[tuple[str, str]]:
    """(text, destination) of the link whose text holds characters [start, end) of the sentence, if any."""
    mt = sentence.text
    if not 0 <= start < end <= len(mt.text):
        return
    lo, hi = mt.offsets[start], mt.end_of(end - 1)
    for m in _links_on_lines(mt.source.text, lo, hi):
        if m.start(1) <= lo and hi <= m.end(1):
            yield m.group(1).strip(), m.group(2)


def _links_on_lines(source: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """The Markdown links of the source lines holding offsets `lo` to `hi`."""
    line_start = source.rfind("\n", 0, lo) + 1
    line_end = source.find("\n", hi)
    return _LINK.finditer(source, line_start, len(source) if line_end < 0 else line_end)

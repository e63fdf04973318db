"""English in the text of a link to another site's document that the English page links with the same text: the
cited document's title, kept as it is published.

A Chinese page that cites an English document by a link names it by its title (`参考在 [C++ swap with temporary
idiom](https://en.wikibooks.org/…) 中的方法`, `在 [Intel® 64 and IA-32 Architectures Optimization Reference
Manual](http://www.intel.com/…) 中，章节 10.2.1：`); the English page links the same address with the same words. The
reader follows the link to an English document, so its title stays as written: no English left in the Chinese. A run
outside a link, in a link to a page of the site itself (a relative address: the Chinese page has its own title to
give it), or in a link the English page words otherwise or does not have, is still reported.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from zhen_qa.manuscript.document import Sentence

__all__ = ["cited_title"]

_EXTERNAL_LINK = re.compile(r"(?<!!)\[([^\[\]]+)\]\((https?://[^()\s]+)\)")
"""A Markdown inline link to an absolute web address (its text, which may wrap to a second line, and the address)."""
_SPACE = re.compile(r"\s+")
_CODE_ADDRESS = re.compile(r"(?i)(?:#L\d+|\.(?:go|java|kt|py|rs|c|cc|cpp|h|hpp|js|ts|tsx|jsx|rb|php|cs|swift|scala|sh)"
                           r"(?:#.*)?$)")
"""An address of a source file or of lines in it (`…/namespaced_resources_deleter.go#L82-L94`): the link text
describes a place in code, in the page's own words, which the Chinese page words in Chinese; no document title."""


def _links(sentence: Sentence) -> list[re.Match[str]]:
    """The external links whose text overlaps the sentence."""
    mt = sentence.text
    if not mt.text:
        return []
    lo, hi = mt.offsets[0], mt.end_of(len(mt.text) - 1)
    src = mt.source.text
    start = src.rfind("\n", 0, lo) + 1
    end = src.find("\n", src.find("\n", hi) + 1)  # the line after: a link text wrapped before its `](`
    return [m for m in _EXTERNAL_LINK.finditer(src, start, len(src) if end < 0 else end)
            if m.start(1) < hi and lo < m.end(1)]


def _key(m: re.Match[str]) -> tuple[str, str]:
    return _SPACE.sub(" ", m.group(1)).strip(), m.group(2)


def cited_title(sentence: Sentence, start: int, end: int, english: Sequence[Sentence]) -> bool:
    """Whether characters [start, end) of the Chinese `sentence` lie in the text of a link to an absolute web address
    that one of the `english` sentences (its bead's English) links with the same text."""
    mt = sentence.text
    if not english or not 0 <= start < end <= len(mt.text):
        return False
    lo, hi = mt.offsets[start], mt.end_of(end - 1)
    here = {_key(m) for m in _links(sentence)
            if m.start(1) <= lo and hi <= m.end(1) and not _CODE_ADDRESS.search(m.group(2))}
    return bool(here) and any(_key(m) in here for e in english for m in _links(e))

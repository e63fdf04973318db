"""Pointer sentences: a sentence that sends the reader to a linked page, and the destinations it lends to pairing
by link (`aligner.moved`).

A sentence that only points to another page is often rendered freely (如果想更深入的了解，可以查看[模板插件开发](x)。
/ "See [View Plugin](x) for more details."): the words share nothing the lexicon pairs and the destination both write
is the evidence. A destination says nothing of what else a sentence says, though: "Retries are disabled by default
and can be enabled through the [call options](x)." links to the same page as 如需为单个请求设置超时，请参考[调用选项](x)
中的说明。 and translates none of it (an English sentence the Chinese lacks beside a Chinese sentence whose English was
dropped). So a sentence lends its destinations only when it is a pointer, on each side:

- Chinese: a verb of reference governs a link: it stands right before the link's text (请参考[…], 可以查看 […],
  详见《[…]》, 建议阅读 […]);
- English: a verb of reference is among its words outside the links' text (see, refer, read, check, visit …), and at
  most `EN_POINTER_CONTENT` of the others say something of their own (are neither function words nor the words of
  pointing: more, details, page, guide …). What a link's text says is the page's title, not the sentence's content.
"""
from __future__ import annotations

from zhen_qa.aligner.link_targets import LINK_DESTINATION, link_targets, source_span
from zhen_qa.manuscript.document import Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import LATIN_WORD_RE

_LINK = LazyPattern(r"!?\[[^\]\n]*" + LINK_DESTINATION)
"""A whole Markdown inline link (or image): its text and destination."""
_ZH_REFER = LazyPattern(r"(?:参考|参看|参见|参阅|查看|查阅|详见|请见|见|阅读|访问|前往|移步|请看|浏览)\s*[《“「]?\s*$")
"""A Chinese verb of reference right before a link's text: the link is what it sends the reader to."""
_EN_REFER = frozenset({"see", "refer", "read", "check", "visit", "consult", "start", "go", "head", "learn", "look",
                       "follow", "find", "explore"})
"""English verbs of reference: the reader is sent somewhere."""
_EN_POINTING = frozenset({
    "a", "an", "the", "this", "that", "these", "those", "it", "its", "to", "of", "in", "on", "at", "for", "by",
    "with", "from", "about", "into", "under", "and", "or", "also", "please", "you", "your", "we", "our", "can",
    "may", "will", "should", "be", "is", "are", "here", "there", "out", "up", "how", "what", "which", "all", "any",
    "more", "further", "detail", "details", "detailed", "information", "info", "page", "pages", "section",
    "sections", "chapter", "guide", "documentation", "docs", "doc", "document", "reference", "example", "examples",
    "tutorial", "article", "list", "below", "above", "following"}) | _EN_REFER
"""English words that say nothing of a sentence's own beyond sending the reader somewhere: function words and the
words of pointing."""
EN_POINTER_CONTENT = 2
"""Most words of their own an English pointer sentence has besides pointing ("Plugin authors: start at […]"); a
sentence of content says more ("Retries are disabled by default and can be enabled through the […]": four)."""


def is_pointer(text: str, start: int, end: int, side: str) -> bool:
    """Whether `text[start:end]`, a sentence of `side` ("zh" or "en"), is a pointer (module docstring)."""
    links = list(_LINK.finditer(text, start, end))
    if not links:
        return False
    if side == "zh":
        return any(_ZH_REFER.search(text[start:m.start()]) for m in links)
    outside, at = [], start
    for m in links:
        outside.append(text[at:m.start()])
        at = m.end()
    outside.append(text[at:end])
    words = [w.casefold() for w in LATIN_WORD_RE.findall(" ".join(outside))]
    return (any(w in _EN_REFER for w in words)
            and sum(w not in _EN_POINTING for w in words) <= EN_POINTER_CONTENT)


def pointer_targets(sentence: Sentence, side: str) -> frozenset[str]:
    """The link destinations `sentence` writes when it is a pointer of `side` ("zh" or "en"), else none."""
    span = source_span(sentence)
    return link_targets(sentence) if span and is_pointer(*span, side) else frozenset()

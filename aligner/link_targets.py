"""The link destinations a sentence writes: `[text](destination)` in Markdown, read from the sentence's file.

A sentence's text keeps a link's words and drops its destination, so two sentences that point the reader to the
same page (如果想更深入的了解，可以查看[模板插件开发](../advanced/view-plugin.md)。 / "See [View Plugin]
(../advanced/view-plugin.md) for more details.") share no word the lexicon pairs; the destination they both write is
the evidence that one translates the other when both are pointers (`aligner.pointer_links`, `aligner.moved`).
"""
from __future__ import annotations

from zhen_qa.manuscript.document import Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern

LINK_DESTINATION = r"\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)"
"""The close of a Markdown inline link's text and its destination, captured (a title after it left out)."""
_DESTINATION = LazyPattern(LINK_DESTINATION)


def source_span(sentence: Sentence) -> tuple[str, int, int] | None:
    """The text of `sentence`'s file and the span the sentence takes there, a link that ends the sentence with no
    stop after its destination included; None for a sentence with no text."""
    offsets = sentence.text.offsets
    if not len(offsets):
        return None
    text = sentence.text.source.text
    start, end = int(offsets[0]), int(offsets[-1]) + 1
    tail = _DESTINATION.match(text, end)
    return text, start, tail.end() if tail else end


def link_targets(sentence: Sentence) -> frozenset[str]:
    """The destinations of the Markdown links `sentence` writes (none for a sentence of another format)."""
    span = source_span(sentence)
    return frozenset(_DESTINATION.findall(*span)) if span else frozenset()

"""A documentation page's demo output: text the page shows twice by design, first as Markdown source in a fenced code
block (the demo's "Input") and then rendered (its "Output").

A page documenting Markdown extensions (VitePress, VuePress, Docusaurus) writes `**Input**`, a code block with
`::: info\nThis is an info box.\n:::`, then `**Output**` and the same lines again outside the block, where the site
renders them. The Chinese page keeps both copies as the English has them: the rendered copy is what the code block
above it produces, not English left untranslated. A sentence is such output when the nearest fenced code block
above it on its page, with no heading between, holds its source text (HTML tags removed and spaces collapsed on
both sides: `<p>This <span v-pre>{{ … }}</span></p>` renders the block's `This <span v-pre>{{ … }}</span>`).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from zhen_qa.manuscript.document import Sentence
from zhen_qa.manuscript.markdown_markup import fenced_lines
from zhen_qa.manuscript.source import SourceText

_MARKDOWN = (".md", ".mdx", ".markdown")
_TAG = re.compile(r"</?[A-Za-z][^<>\n]*>")
_HEADING = re.compile(r" {0,3}#{1,6}\s")
MIN_CHARS = 8
"""Shortest source text (spaces collapsed) read as a demo's output; shorter text is too common to say so."""


@dataclass(frozen=True)
class _Page:
    """A Markdown page's fenced blocks (0-based last line, flattened text), in order, and its heading lines."""

    ends: list[int]
    texts: list[str]
    headings: list[int]


def _flat(text: str) -> str:
    return " ".join(_TAG.sub(" ", text).split())


def _page(source: SourceText, cache: dict[int, _Page]) -> _Page:
    page = cache.get(id(source))
    if page is None:
        fenced = fenced_lines(source)
        spans = list(source.line_spans())
        ends: list[int] = []
        texts: list[str] = []
        headings: list[int] = []
        start = -1
        for n, (a, b) in enumerate(spans):
            if n in fenced:
                if start < 0:
                    start = n
                if n + 1 not in fenced:  # blocks back to back are read as one
                    ends.append(n)
                    texts.append(_flat(source.text[spans[start][0]:b]))
                    start = -1
            elif _HEADING.match(source.text, a, b):
                headings.append(n)
        page = cache[id(source)] = _Page(ends, texts, headings)
    return page


class DemoOutput:
    """Tells whether a sentence is the rendered copy of the code block just above it on its Markdown page."""

    def __init__(self) -> None:
        self._pages: dict[int, _Page] = {}

    def __call__(self, sentence: Sentence) -> bool:
        mapped = sentence.text
        source = mapped.source
        if source is None or not source.path.lower().endswith(_MARKDOWN) or not len(mapped.offsets):
            return False
        text = _flat(source.text[mapped.offsets[0]:mapped.offsets[-1] + 1])
        if len(text) < MIN_CHARS:
            return False
        line = source.line_col(mapped.offsets[0])[0] - 1
        page = _page(source, self._pages)
        k = bisect.bisect_left(page.ends, line) - 1
        if k < 0:
            return False
        h = bisect.bisect_right(page.headings, page.ends[k])
        if h < len(page.headings) and page.headings[h] < line:
            return False  # a heading between: another part of the page
        return text in page.texts[k]

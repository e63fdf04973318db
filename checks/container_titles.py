"""A custom container's title left in English on the Chinese page of a Markdown pair (`::: warning Deprecated since
version 2`).

A container's fence line (markdown-it-container, VitePress: `::: tip 提示`, `::: details 点我查看代码`) is the site's
furniture to the reader (`manuscript.markdown_markup`): the type and a title are not read as prose, and the English
page seldom repeats a localised label, so reading titles as prose would make every `::: tip 提示` an untranslated
sentence. A title the Chinese page writes as an English phrase, though, is English the Chinese reader sees where the
translation should be: a title with no Han character and at least `MIN_WORDS` ordinary English words, one of them
all lower case (a phrase, not a name: `::: tip Nuxt 2`, `::: danger STOP`, `::: details Vue 3` stay unreported).
Code spans in the title (`vercel.json`) are names and do not count.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from zhen_qa.manuscript.document import Manuscript
from zhen_qa.manuscript.markdown_markup import fenced_lines
from zhen_qa.manuscript.script import HAN_RUN_RE
from zhen_qa.manuscript.source import Location

MIN_WORDS = 2
"""Fewest ordinary English words of a title reported as left in English (one word is a label or a name)."""

_TITLED = re.compile(r" {0,3}:{3,}[ \t]*[A-Za-z][\w-]*[ \t]+([^\s{\[][^\n{\[]*?)[ \t]*$")
"""A container's opening fence with a title after its type (`::: warning Deprecated since version 2`); a fence with
attributes (`:::success{title=…}`) is read otherwise (its text after the attributes is prose)."""
_CODE_SPAN = re.compile(r"`[^`\n]*`")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_MARKDOWN = (".md", ".mdx", ".markdown")


def _phrase(title: str) -> bool:
    """An English phrase: no Han, `MIN_WORDS` ordinary words (capitalised or lower case, no digits or acronyms), one
    of them of three letters or more and all lower case."""
    if HAN_RUN_RE.search(title):
        return False
    words = [w for w in _WORD.findall(_CODE_SPAN.sub(" ", title)) if len(w) > 1 and w[1:].islower()]
    return len(words) >= MIN_WORDS and any(w.islower() and len(w) >= 3 for w in words)


def english_titles(manuscript: Manuscript) -> Iterator[tuple[Location, str, str]]:
    """(location, title, fence line) of every container title left in English on a Chinese Markdown page: a file
    whose sentences are Chinese only."""
    zh = {s.text.source.path for s in manuscript.sentences("zh")}  # not s.location: no line lookup for each sentence
    en = {s.text.source.path for s in manuscript.sentences("en")}
    for source in manuscript.sources:
        if source.path not in zh or source.path in en or not source.path.lower().endswith(_MARKDOWN):
            continue
        fenced = fenced_lines(source)
        for n, (a, b) in enumerate(source.line_spans()):
            if n in fenced:
                continue
            m = _TITLED.match(source.text, a, b)
            if m and _phrase(m.group(1)):
                start, end = m.start(1) - a + 1, m.end(1) - a + 1
                yield Location(source.path, n + 1, start, n + 1, end), m.group(1), source.text[a:b]

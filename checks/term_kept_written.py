"""A term kept in the Chinese as the English writes it where it is no prose: documentation keeps the name of an
option or a page as the text of a link both sides write (在 [format](/config/lib/format) 为 `'esm'` 时 / "When
[format](/config/lib/format) is `'esm'`"), and the key of a table row as the cell both sides write
(`| milliseconds | 剩余毫秒 |` / `| milliseconds | Remain milliseconds |`), and a directory by its path's segments
written as words (删除原先 fluid operators 目录以下相应文件 … `paddle/fluid/operators/…` / "under the original fluid
operators directory": `kept_as_path`). The English term there is a name the Chinese writes too, letter for letter,
not a word the Chinese had to translate: no term is missing. A word kept in
the Chinese prose (患者death的) is still English left untranslated (`presence_kept.left_in_english`), and a whole
English
sentence left in the Chinese is `untranslated-span`'s finding, neither of which this excuses: a link or a table
cell is what a translation keeps as it is."""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from zhen_qa.checks.presence_code import code_spans
from zhen_qa.manuscript.document import Sentence
from zhen_qa.manuscript.script import is_han

_LINK = re.compile(r"(?<!!)\[([^\[\]\n]+)\]\(([^()\s]*)\)")
"""A Markdown inline link, its text the first group, its target the second (not an image: ![alt](src))."""


def kept_as_written(sentence: Sentence, start: int, end: int, chinese: Sequence[Sentence]) -> bool:
    """Whether the English term at [start, end) of `sentence` is a name the `chinese` sentences (its bead's) write
    as the English does: the whole text of a link holding it (no Han character in it) is the whole text of a link
    of the Chinese, or the whole English sentence, a table cell or label without Han characters, is a sentence of
    the Chinese (case and surrounding spaces aside), or the term is the name of a directory a Chinese sentence
    keeps as its path writes it (`kept_as_path`)."""
    if kept_as_path(sentence.text.text[start:end], chinese):
        return True
    if kept_as_code(sentence.text.text[start:end], chinese):
        return True
    text = link_text(sentence, start, end)
    if text is not None:
        return any(t.lower() == text.lower() for s in chinese for t in link_texts(s))
    whole = sentence.text.text.strip()
    return bool(whole) and not any(is_han(ch) for ch in whole) and any(s.text.text.strip() == whole for s in chinese)


_IDENTIFIER = re.compile(r"[A-Za-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+|[a-z][a-z0-9]*(?:_[a-z0-9]+)+")
"""An identifier written as one word: CamelCase with an inner capital (PropagationPolicy, ResourceBinding) or
snake_case (priority_class)."""


def kept_as_code(surface: str, chinese: Sequence[Sentence]) -> bool:
    """Whether the English term as written is an identifier (`_IDENTIFIER`: an API kind, a class, a field, as the
    English prose writes it) that a Chinese sentence keeps as a code span letter for letter: 通过配置
    `PropagationPolicy` / "configure PropagationPolicy" names the kind both pages write; the glossary's Chinese
    (分发策略) is for the concept in prose. A term the English writes in words ("propagation policy") or a code span
    naming another identifier (`ClusterPropagationPolicy`) is still judged as before."""
    if not _IDENTIFIER.fullmatch(surface):
        return False
    return any(span == surface for s in chinese for span in code_spans(s))


_SEGMENT = re.compile(r"[/\\]")


def kept_as_path(term: str, chinese: Sequence[Sentence]) -> bool:
    """Whether a Chinese sentence writes the English `term` in Latin letters right after another Latin word, the two
    consecutive segments of a path in a code span of that sentence (fluid operators 目录 beside
    `paddle/fluid/operators/…`): a directory's name kept as written. A lone English word kept in the prose
    (删除 operators 目录), or two words no path of the sentence joins, are English left untranslated."""
    low = term.lower()
    if not low.strip():
        return False
    pattern = re.compile(rf"(?<![A-Za-z0-9_./-])([A-Za-z][\w.-]*)[ \t]+{re.escape(low)}(?![A-Za-z0-9_])", re.I)
    for s in chinese:
        words = {m.group(1).lower() for m in pattern.finditer(s.text.text)}
        if words and any(a in words and b == low for span in code_spans(s)
                         for parts in [[p.lower() for p in _SEGMENT.split(span)]] for a, b in zip(parts, parts[1:])):
            return True
    return False


def link_text(sentence: Sentence, start: int, end: int) -> str | None:
    """The text of the Markdown link holding characters [start, end) of the sentence, when it has no Han character
    (a name: the option or page linked), else None."""
    mt = sentence.text
    if not 0 <= start < end <= len(mt.text):
        return None
    lo, hi = mt.offsets[start], mt.end_of(end - 1)
    for m in links_on_lines(mt.source.text, lo, hi):
        if m.start(1) <= lo and hi <= m.end(1):
            text = m.group(1).strip()
            return text if _name_shaped(text, m.group(2)) else None
    return None


def _name_shaped(text: str, target: str) -> bool:
    """Whether a link's text is a name (an option, a file, a label), not a title a translation renders: no Han
    character, and one token (format, types.d.ts) or the words a query or label target spells (a label's URL ending in
    good%20first%20issue). "[dynamic route matching](./dynamic.md)" is a page title left in English (review50 R4),
    also where the page's file is named by it (./dynamic-route-matching.md: review50b S5)."""
    if any(is_han(ch) for ch in text):
        return False
    words = text.split()
    if len(words) == 1:
        return True
    if not re.search(r"[?#]|%20", target):
        return False  # a page's path spells its title (./dynamic-route-matching.md): a title, no name (S5)
    spelled = re.sub(r"%20|[-_+]", " ", target.rsplit("/", 1)[-1]).lower()
    return " ".join(w.lower().rstrip("s") for w in words) in spelled  # [good first issues](…label:"good first issue")


def link_texts(sentence: Sentence) -> list[str]:
    """The texts of the Markdown links whose text lies in the sentence, stripped."""
    mt = sentence.text
    if not mt.text:
        return []
    lo, hi = mt.offsets[0], mt.end_of(len(mt.text) - 1)
    return [m.group(1).strip() for m in links_on_lines(mt.source.text, lo, hi) if lo <= m.start(1) and m.end(1) <= hi]


def links_on_lines(source: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """The Markdown links (`_LINK`) of the source lines holding offsets `lo` to `hi`."""
    line_start = source.rfind("\n", 0, lo) + 1
    line_end = source.find("\n", hi)
    return _LINK.finditer(source, line_start, len(source) if line_end < 0 else line_end)

"""English in the text of a link to another site's document that the English page links with the same text: the
cited document's title, kept as it is published.

A Chinese page that cites an English document by a link names it by its title (`参考在 [C++ swap with temporary
idiom](https://en.wikibooks.org/…) 中的方法`, `在 [Intel® 64 and IA-32 Architectures Optimization Reference
Manual](http://www.intel.com/…) 中，章节 10.2.1：`); the English page links the same address with the same words. The
reader follows the link to an English document, so its title stays as written: no English left in the Chinese. A run
outside a link, in a link to a page of the site itself (a relative address: the Chinese page has its own title to
give it), or in a link the English page words otherwise or does not have, is still reported.

Only a link text that reads as a title is one: written as a name (its first word and at least half its content words
capitalised: `Thrift Binary protocol encoding`), set in `《》` or quotation marks, or standing in a citing frame of the
Chinese (参考/参见/详见/见 earlier in its clause, or 在 … 中/一文 around it). A phrase of the sentence kept in English
(`请 [download the latest release from the releases page](…) 并解压`, `可以 [open an issue on our GitHub
repository](…) 向我们反馈`) is English the translator left, even though the English page links the same words: a
text that speaks to or for the reader (you, your, our, we …) or opens as a lower-case verb with its object (a word
then an article or determiner: `download the`, `open an`) is never a title, framed or not.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from zhen_qa.aligner.lexicon import PREPOSITIONS, STOP_EN
from zhen_qa.checks.sentence_links import links_over
from zhen_qa.manuscript.document import Sentence

__all__ = ["cited_title"]

_EXTERNAL_LINK = re.compile(r"(?<!!)\[([^\[\]]+)\]\((https?://[^()\s]+)\)")
"""A Markdown inline link to an absolute web address (its text, which may wrap to a second line, and the address)."""
_SPACE = re.compile(r"\s+")
_CODE_ADDRESS = re.compile(r"(?i)(?:#L\d+|\.(?:go|java|kt|py|rs|c|cc|cpp|h|hpp|js|ts|tsx|jsx|rb|php|cs|swift|scala|sh)"
                           r"(?:#.*)?$)")
"""An address of a source file or of lines in it (`…/namespaced_resources_deleter.go#L82-L94`): the link text
describes a place in code, in the page's own words, which the Chinese page words in Chinese; no document title."""


_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'+-]*")
_PERSON = frozenset({"i", "me", "my", "we", "us", "our", "ours", "you", "your", "yours"})
"""First- and second-person pronouns, a closed class: a link text with one speaks to the reader, no title."""
_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those", "all", "any", "some", "each", "every",
                          "its", "their", "his", "her", "no"})
"""Articles and determiners, a closed class: after a lower-case first word they make it a verb with its object."""
_OPEN_QUOTE = frozenset("《“‘「『\"'")
_CLOSE_QUOTE = frozenset("》”’」』\"'")
_CLAUSE_BREAK = re.compile(r"[，。；：！？,;:!?\n]")
_CITING_BEFORE = re.compile(r"参考|参见|详见|见")
_IN_BEFORE = re.compile(r"在\s*$")
_IN_AFTER = re.compile(r"^\s*(?:中|一文)")


def _title_case(words: list[str]) -> bool:
    """Whether the words are written as a name: the first capitalised and at least half the content words too."""
    content = [w for w in words if w.lower() not in STOP_EN and w.lower() not in PREPOSITIONS]
    if not content or not words[0][0].isupper():
        return False
    return 2 * sum(any(c.isupper() for c in w) for w in content) >= len(content)


def _reads_as_title(m: re.Match[str]) -> bool:
    """Whether the text of link `m` reads as a cited title rather than a phrase of its sentence."""
    words = _WORD.findall(m.group(1))
    if not words or any(w.lower() in _PERSON for w in words):
        return False
    if words[0][0].islower() and len(words) > 1 and words[1].lower() in _DETERMINERS:
        return False
    src = m.string
    before = src[src.rfind("\n", 0, m.start()) + 1:m.start()].rstrip(" \t")
    after = src[m.end():m.end() + 8].lstrip(" \t")
    if (before[-1:] in _OPEN_QUOTE and after[:1] in _CLOSE_QUOTE) or _title_case(words):
        return True
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end():] if breaks else before
    return bool(_CITING_BEFORE.search(clause)) or (bool(_IN_BEFORE.search(before)) and bool(_IN_AFTER.match(after)))


def _links(sentence: Sentence) -> list[re.Match[str]]:
    """The external links whose text overlaps the sentence (its lines and the line after: a text wrapped before its
    `](`)."""
    return links_over(sentence, _EXTERNAL_LINK, lines_after=1)


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
            if m.start(1) <= lo and hi <= m.end(1) and not _CODE_ADDRESS.search(m.group(2)) and _reads_as_title(m)}
    return bool(here) and any(_key(m) in here for e in english for m in _links(e))

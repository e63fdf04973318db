"""Words a PO file's developer comments say not to translate.

The comments a program's source passes to translators (`#.` lines, xgettext's "Translators:" notes) sometimes
name a word the translation must keep as written: "Do not translate the word 'fun'!" above msgid "fun (9;10)",
"`Catfish' is a software package, please don't translate it." The word is then a name or a keyword of the
program, declared so by its authors: in the entry it is read as code (one CODE_PLACEHOLDER object, as a Mallard
<cmd> is), so an entry of such words and numbers has nothing to translate, and one with other words still has.
Only a quoted word counts: "Do not translate possible mode names basic, advanced, …" names none, and "Do NOT
translate or localize the semicolons!" names no word.
"""
from __future__ import annotations

import re
from functools import lru_cache

from zhen_qa.manuscript.source import CODE_PLACEHOLDER, MappedText

_DO_NOT_TRANSLATE = re.compile(r"\b(?:do\s+not|don['’]t|never|must\s+not|should\s+not)\s+(?:be\s+)?translated?\b",
                               re.I)
_QUOTED = re.compile(r"""['‘`"“]([^\s'‘’`"“”]{1,40})['’"”]""")
"""A word in quotes: 'fun', `Catfish', "Loop", ‘sin’, “abs”."""


def kept_words(comment: str) -> frozenset[str]:
    """The quoted words of a developer comment that tells translators not to translate; none without such words."""
    if not _DO_NOT_TRANSLATE.search(comment):
        return frozenset()
    return frozenset(m.group(1) for m in _QUOTED.finditer(comment) if any(c.isalpha() for c in m.group(1)))


@lru_cache(maxsize=64)
def _whole_words(words: frozenset[str]) -> re.Pattern[str]:
    """Any of `words` with Latin edges: not inside a longer Latin word, but found beside Han (用Quill打开)."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![A-Za-z0-9_-])(?:{alternatives})(?![A-Za-z0-9_-])")


def as_code(mt: MappedText, words: frozenset[str]) -> MappedText:
    """`mt` with each of `words` written as a whole word (not inside a longer one) turned into one CODE_PLACEHOLDER,
    placed where the word is; the other characters keep their places."""
    if not words or not mt.text:
        return mt
    pattern = _whole_words(words)
    chars: list[str] = []
    offsets: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in pattern.finditer(mt.text):
        chars.extend(mt.text[pos:m.start()])
        offsets.extend(mt.offsets[pos:m.start()])
        ends.extend(mt.end_of(i) for i in range(pos, m.start()))
        chars.append(CODE_PLACEHOLDER)
        offsets.append(mt.offsets[m.start()])
        ends.append(mt.end_of(m.end() - 1))
        pos = m.end()
    if not chars:
        return mt
    chars.extend(mt.text[pos:])
    offsets.extend(mt.offsets[pos:])
    ends.extend(mt.end_of(i) for i in range(pos, len(mt.text)))
    return MappedText("".join(chars), offsets, mt.source, ends)

"""Words a PO file's developer comments say not to translate.

The comments a program's source passes to translators (`#.` lines, xgettext's "Translators:" notes) sometimes
name a word the translation must keep as written: "Do not translate the word 'fun'!" above msgid "fun (9;10)",
"`Catfish' is a software package, please don't translate it." The word is then a name or a keyword of the
program, declared so by its authors: in the entry it is read as code (one CODE_PLACEHOLDER object, as a Mallard
<cmd> is), so an entry of such words and numbers has nothing to translate, and one with other words still has.
Only a quoted word counts: "Do not translate possible mode names basic, advanced, …" names none, and "Do NOT
translate or localize the semicolons!" names no word.

Only a bare instruction counts, and only for the words of its own sentence. An instruction about *how* to translate
("do not translate "Open" literally; it means the shop is open", "do not translate 'Track' as a noun", "… into
English", "… but use the plain word", "… unless …", "… differently") still asks for a translation of the word, so
a word followed in the instruction's sentence by such a qualifier is kept by nothing. The reading errs towards
reporting: "don't translate 'Quill', as it is a name" keeps nothing either (an unneeded finding, never a lost one).
A sentence that names no word but says "don't translate it" refers to the word of the sentence before it
("`Catfish' is a software package. Please don't translate it.").
"""
from __future__ import annotations

import re
from functools import lru_cache

from zhen_qa.manuscript.source import CODE_PLACEHOLDER, MappedText

_DO_NOT_TRANSLATE = re.compile(r"\b(?:do\s+not|don['’]t|never|must\s+not|should\s+not)\s+(?:be\s+)?translated?\b",
                               re.I)
_QUOTED = re.compile(r"""['‘`"“]([^\s'‘’`"“”]{1,40})['’"”]""")
"""A word in quotes: 'fun', `Catfish', "Loop", ‘sin’, “abs”."""
_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+")
"""Where a comment's sentence (or a clause after a semicolon) ends: "… literally; it means …" is two."""
_QUALIFIER = re.compile(r"\b(?:literally|verbatim|word[-\s]for[-\s]word|directly|differently|as|into|with|by|like|but"
                        r"|unless|except|if|when)\b", re.I)
"""A word after the verb that says how or when to translate (as a noun, into English, unless …), not whether."""
_PRONOUN_OBJECT = re.compile(r"^\s*(?:it|them|this|these|those)\b", re.I)
"""The instruction's object is a pronoun: "please don't translate it"."""


def _words(text: str) -> list[str]:
    """The quoted words of `text` that hold a letter ('fun', not '…' or ';')."""
    return [m.group(1) for m in _QUOTED.finditer(text) if any(c.isalpha() for c in m.group(1))]


def kept_words(comment: str) -> frozenset[str]:
    """The quoted words of a developer comment's sentences that tell translators, with nothing qualifying the verb,
    not to translate; a pronoun object ("don't translate it") takes the previous sentence's words."""
    kept: set[str] = set()
    sentences = _SENTENCE_END.split(comment)
    for i, sentence in enumerate(sentences):
        m = _DO_NOT_TRANSLATE.search(sentence)
        if m is None:
            continue
        after = sentence[m.end():]
        if _QUALIFIER.search(_QUOTED.sub(" ", after)):
            continue  # "do not translate 'Track' as a noun": a translation is still owed
        words = _words(sentence)
        if not words and i and _PRONOUN_OBJECT.match(after):
            words = _words(sentences[i - 1])
        kept.update(words)
    return frozenset(kept)


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

"""CC-CEDICT's multiword glosses as fixed English phrases: "for instance" (例如), "table of contents" (目录), "at the
same time" (同时). The lexicon's `zh2en` keeps a gloss as its content stems only ("for instance" is "instanc" there);
its `phrases` table, built here from the same senses (`PhraseTable`), keeps the words in order, so a check can tell
the phrase from its word (`phrases_with`).
"""
from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping

from zhen_qa.manuscript.lazy_re import LazyPattern

_PAREN = LazyPattern(r"\([^)]*\)|\[[^\]]*\]|\|\S+")
_WORD = LazyPattern(r"[a-z]+(?:'[a-z]+)?")
_SKIP = ("cl:", "variant of", "old variant", "surname ", "see ", "used in", "abbr. for", "also pr.", "japanese ",
         "taiwan pr", "erhua variant", "classifier")
"""Senses that are cross-references, classifiers or notes, never a rendering."""

MAX_WORDS = 5
"""Longer glosses are descriptions ("to stand in for sb at a meeting"), not phrases a translation writes."""

Phrase = tuple[tuple[str, ...], tuple[str, ...]]
"""(the phrase's lower-case words, the Chinese words CC-CEDICT glosses by it)."""


def phrase_words(sense: str) -> tuple[str, ...]:
    """The words of one CC-CEDICT sense as a fixed phrase: lower case, notes in brackets dropped, the infinitive "to"
    of a verb sense dropped ("to give an example" → give an example); () when the sense is a cross-reference, a
    classifier or a single word."""
    s = sense.strip().lower()
    if not s or s.startswith(_SKIP):
        return ()
    words = tuple(_WORD.findall(_PAREN.sub(" ", s)))
    if words[:1] == ("to",):
        words = words[1:]
    return words if 2 <= len(words) <= MAX_WORDS else ()


class PhraseTable:
    """Collects the multiword senses of the dictionary's words (`add`), then gives the lexicon's `phrases` table
    (`table`): English word -> "phrase words<TAB>Chinese words", one string a phrase."""

    def __init__(self) -> None:
        self._by_phrase: dict[tuple[str, ...], dict[str, None]] = {}

    def add(self, word: str, senses: Iterable[str]) -> None:
        """Record the multiword senses of the Chinese `word`."""
        for sense in senses:
            words = phrase_words(sense)
            if words:
                self._by_phrase.setdefault(words, {})[word] = None

    def table(self) -> dict[str, tuple[str, ...]]:
        """English word -> its phrases, encoded as the lexicon stores them."""
        out: dict[str, dict[str, None]] = {}
        for words, chinese in self._by_phrase.items():
            cell = f"{' '.join(words)}\t{' '.join(chinese)}"
            for w in dict.fromkeys(words):
                out.setdefault(w, {})[cell] = None
        return {w: tuple(cells) for w, cells in out.items()}


def decoded(cells: Iterable[str]) -> tuple[Phrase, ...]:
    """The phrases of one `phrases` table entry."""
    out = []
    for cell in cells:
        words, _, chinese = cell.partition("\t")
        out.append((tuple(words.split()), tuple(chinese.split())))
    return tuple(out)


def phrases_with(word: str, table: Mapping[str, tuple[str, ...]] | None = None) -> tuple[Phrase, ...]:
    """The multiword CC-CEDICT glosses holding the English `word` (any case), each with its Chinese words; `table`
    defaults to the lexicon's (`load_lexicon().phrases`)."""
    if table is None:
        return _lexicon_phrases(word.lower())
    return decoded(table.get(word.lower(), ()))


@functools.lru_cache(maxsize=4096)
def _lexicon_phrases(word: str) -> tuple[Phrase, ...]:
    """`phrases_with` on the lexicon's table, decoded once a word ("time" has 381 phrases)."""
    from zhen_qa.aligner.lexicon import load_lexicon  # noqa: PLC0415 - the lexicon imports this module

    return decoded(load_lexicon().phrases.get(word, ()))

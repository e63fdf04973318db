"""A Chinese term after a one-character prefix that the English joins to the term's own word as one closed word
(term-missing, Chinese terms): 子查询 = "subquery" for 查询 "query", 多租户 = "multitenancy" for 租户 "tenant".

A few Chinese characters before a noun work as the Latin prefixes English writes closed before its word: 子 "sub-",
多 "multi-", 超 "super-", 反 "anti-", 非 "non-", 再 "re-". Where the Chinese term stands right after such a character
and the English writes one word that is that prefix followed by the term's own word (its last letter free, for the
derived noun: tenan-t, tenan-cy), the English says the term inside the prefixed word. The prefix must be one of
PREFIXES and the lexicon must give it for the character (zh2en, or en2zh of the prefix); the term a one-word English
form of TERM_MIN letters or more. The same word without the prefix is the term itself and needs no excuse; another
prefix than the character's (超查询 for "subquery"), a prefixed word of another stem ("subtask") or no prefixed word
leaves the term missing. The English must hold as many such words as the bead's Chinese says the term.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

PREFIXES = ("sub", "super", "multi", "poly", "anti", "non", "re", "pre", "post", "inter", "intra", "micro", "semi",
            "co", "un", "over", "under")
"""Latin and Greek prefixes English writes closed before a word (subquery, multitenancy)."""

TERM_MIN = 4
"""Letters the term's English word has at least (query, tenant); shorter words begin too many others."""

_WORD = re.compile(r"(?<![A-Za-z-])[A-Za-z]+(?![A-Za-z-])")


def _prefixes_of(char: str, zh2en: Mapping[str, tuple[str, ...]], en2zh: Mapping[str, tuple[str, ...]]) -> list[str]:
    """The PREFIXES the lexicon gives for one Chinese character (多 "multi"; 子 through en2zh "sub")."""
    glosses = set(zh2en.get(char, ()))
    return [p for p in PREFIXES if p in glosses or char in en2zh.get(p, ())]


def prefixed_word(en_forms: Iterable[str], zh_text: str, zh_start: int, en_text: str, said: int,
                  zh2en: Mapping[str, tuple[str, ...]], en2zh: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether `en_text` says the Chinese term starting at `zh_start` of `zh_text`, right after a prefix character,
    by one closed word of that prefix and the term's English word, at least `said` times (see the module
    docstring)."""
    if zh_start < 1:
        return False
    prefixes = _prefixes_of(zh_text[zh_start - 1], zh2en, en2zh)
    stems = {f.strip().lower()[:-1] for f in en_forms
             if f.strip().isascii() and f.strip().isalpha() and len(f.strip()) >= TERM_MIN}
    if not prefixes or not stems:
        return False
    places = 0
    for word in _WORD.findall(en_text):
        low = word.lower()
        if any(low.startswith(p) and low[len(p):].startswith(s) for p in prefixes for s in stems):
            places += 1
    return places > 0 and places >= said

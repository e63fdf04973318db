"""A Chinese term after a one-character prefix that the English joins to the term's own word as one closed word
(term-missing, Chinese terms): 子查询 = "subquery" for 查询 "query", 多租户 = "multitenancy" for 租户 "tenant".

A few Chinese characters before a noun work as the Latin prefixes English writes closed before its word: 子 "sub-",
多 "multi-", 超 "super-", 反 "anti-", 非 "non-", 再 "re-". Where the Chinese term stands right after such a character
and the English writes one word that is that prefix followed by the term's own word (its last letter free, for the
derived noun: tenan-t, tenan-cy), the English says the term inside the prefixed word. The prefix must be one of
PREFIXES given for the character in PREFIX_CHARS; the term a one-word English
form of TERM_MIN letters or more. The same word without the prefix is the term itself and needs no excuse; another
prefix than the character's (超查询 for "subquery"), a prefixed word of another stem ("subtask") or no prefixed word
leaves the term missing. The English must hold as many such words as the bead's Chinese says the term.

The character must be one of the real prefix characters of PREFIX_CHARS (a fixed table: the lexicon glosses many
word-final characters with a prefix, 次 "sub" of 次级, 后 "post"), and must not end a word with the character before
it (多次查询 is 多次 "many times" + 查询, not 次 "sub-"; 然后, 部分, 实际): the two characters before the term are no
word of the lexicon, unless the first is the measure word of a count (一个子查询: 一个 + 子查询, though the lexicon
knows 个子 "height").
"""
from __future__ import annotations

import re
from collections.abc import Container, Iterable

PREFIX_CHARS: dict[str, tuple[str, ...]] = {
    "子": ("sub",), "亚": ("sub",), "超": ("super", "over"), "多": ("multi", "poly"), "反": ("anti",),
    "抗": ("anti",), "非": ("non", "un"), "无": ("non", "un"), "不": ("un", "non"), "再": ("re",), "重": ("re",),
    "后": ("post",), "前": ("pre",), "预": ("pre",), "微": ("micro",), "半": ("semi",), "跨": ("inter",),
    "互": ("inter",), "共": ("co",), "协": ("co",), "内": ("intra",), "过": ("over",), "欠": ("under",),
}
"""The Chinese characters that work as prefixes before a noun, with the Latin and Greek prefixes English writes closed
before its word for them (子查询 "subquery", 多租户 "multitenancy")."""

TERM_MIN = 4
"""Letters the term's English word has at least (query, tenant); shorter words begin too many others."""

_WORD = re.compile(r"(?<![A-Za-z-])[A-Za-z]+(?![A-Za-z-])")


_COUNTED = re.compile(r"(?:[一二两三四五六七八九十几这那每某该各哪]|\d)\s*[个种类项条]$")
"""A numeral or a demonstrative and its measure word right before the character (一个|子查询, 这种|子任务): the measure
word closes the count, so the character after it opens the next word even where the lexicon knows the pair (个子,
"height")."""


def prefixed_word(en_forms: Iterable[str], zh_text: str, zh_start: int, en_text: str, said: int,
                  words: Container[str]) -> bool:
    """Whether `en_text` says the Chinese term starting at `zh_start` of `zh_text`, right after a prefix character,
    by one closed word of that prefix and the term's English word, at least `said` times; `words` are the lexicon's
    Chinese words (see the module docstring)."""
    if zh_start < 1:
        return False
    if zh_start >= 2 and zh_text[zh_start - 2:zh_start] in words and not _COUNTED.search(zh_text, 0, zh_start - 1):
        return False  # the character ends a word (多次, 然后): no prefix of the term
    prefixes = PREFIX_CHARS.get(zh_text[zh_start - 1], ())
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

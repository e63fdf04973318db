"""Chinese words of a text that the lexicon glosses with an English stem: the one scan the term excuses share
(`term_inner_object`: 烟草 of 烟草工人 is "tobacco"; `term_verb_use`: 输出 is "output"; `term_short_word`)."""
from __future__ import annotations

from collections.abc import Iterator, Mapping

WORD_MAX = 4
"""Most characters of a Chinese word looked up in the lexicon (电子烟, 企业版)."""
WORD_SIZES: tuple[int, ...] = tuple(range(WORD_MAX, 1, -1))
"""Lengths of a Chinese word tried in the lexicon at a given place, the longest first: WORD_MAX down to two (one
character is too ambiguous: 中, 后, 的)."""


def glossed_words(s: str, zh_text: str, zh2en: Mapping[str, tuple[str, ...]], shortest: int = 1) -> Iterator[str]:
    """The chunks of `zh_text` of `shortest` to WORD_MAX characters whose lexicon glosses (`zh2en`) have the English
    stem `s`, in the order they start (overlapping: 跟踪, 跟踪器 and 踪器 of 跟踪器; `longest_glossed_words` counts each
    place once)."""
    for start in range(len(zh_text)):
        for end in range(start + shortest, min(len(zh_text), start + WORD_MAX) + 1):
            chunk = zh_text[start:end]
            if s in zh2en.get(chunk, ()):
                yield chunk


def longest_glossed_words(s: str, zh_text: str, zh2en: Mapping[str, tuple[str, ...]],
                          shortest: int = 1) -> Iterator[str]:
    """The chunks `glossed_words` finds, each place of the text counted once: from left to right, the longest such
    chunk starting at a place is taken and the scan goes on after it (跟踪 in 跟踪器 is not counted again where 跟踪器
    is glossed so: `term_other_sense.claimed`)."""
    i = 0
    while i < len(zh_text):
        for size in range(min(WORD_MAX, len(zh_text) - i), max(shortest, 1) - 1, -1):
            chunk = zh_text[i:i + size]
            if s in zh2en.get(chunk, ()):
                yield chunk
                i += size
                break
        else:
            i += 1


def rendered_in(s: str, zh_text: str, zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether a word of `zh_text` (a lexicon entry of up to WORD_MAX characters) has the English stem `s` among its
    glosses: 烟草 of 烟草工人 is "tobacco", 电子烟 "e-cigarette"."""
    return next(glossed_words(s, zh_text, zh2en), None) is not None

"""An English term said in Chinese by a word that shares a sense with the listed rendering: the translator's synonym.

A hand-written glossary lists one Chinese rendering (大流行 for "pandemic"); a translator may say the concept
throughout by another word of the same sense (疫情, 流行病). The CC-CEDICT lexicon ties the two: it glosses both with
one English word (大流行 and 疫情: "epidemic"). The word renders the term where the file never names the concept in
Chinese by a listed form (`term_missing` asks: two names mixed in one file are what the glossary settles, and are
reported), and where the word is not part of the listed form or holds it (that is `checks.presence`'s evidence).
The shared gloss has GLOSS_MIN letters or more and glosses at most SENSE_MAX lexicon words: short stems ("act",
"cas") and common words ("effect", shared by 疗效 "efficacy" and 副作用 "side effect") name too many senses.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from zhen_qa.checks.presence_zh import han_word, zh_key
from zhen_qa.checks.zh_words import WORD_SIZES

GLOSS_MIN = 5
"""Fewest letters of the gloss stem the word and the listed rendering share (epidemic; not "cas")."""
SENSE_MAX = 15
"""Most lexicon words a shared gloss may gloss (epidemic: 11; effect: 67, equipment: 21, cancer: 19)."""


def sibling_said(forms: Iterable[str], text: str, zh2en: Mapping[str, tuple[str, ...]],
                 en2zh: Mapping[str, tuple[str, ...]]) -> str:
    """The word of a Chinese text (2-4 Han characters, longest first) that the lexicon glosses with a gloss of a
    listed Chinese form (GLOSS_MIN letters or more, glossing at most SENSE_MAX words), neither inside the form nor
    holding it; or ""."""
    keys = [zh_key(f) for f in forms]
    wanted = {g for k in keys for g in zh2en.get(k, ())
              if len(g) >= GLOSS_MIN and len(en2zh.get(g, ())) <= SENSE_MAX}
    if not wanted:
        return ""
    for run in han_word().findall(zh_key(text)):
        for n in WORD_SIZES:
            for i in range(len(run) - n + 1):
                word: str = run[i:i + n]
                if any(word in k or k in word for k in keys):
                    continue
                if wanted.intersection(zh2en.get(word, ())):
                    return word
    return ""


DERIVING_FINALS = frozenset("性力度率量")
"""Final morphemes that derive abstract nouns from one stem: 创造性 "creativeness" and 创造力 "creative power",
敏感性 and 敏感度 (both "sensitivity")."""


def suffix_swapped(word: str, forms: Iterable[str]) -> bool:
    """Whether `word` is a listed Chinese form with its final deriving morpheme (`DERIVING_FINALS`) swapped for
    another: 创造性 for 创造力, both glossed "creativity". One character off, it is no slip of the form (临床实验 for
    临床试验 changes the stem; 淋巴癌 for 淋巴瘤 a disease head) but the same stem said with another suffix."""
    return any(len(word) == len(k) >= 3 and word[:-1] == k[:-1] and word[-1] != k[-1]
               and {word[-1], k[-1]} <= DERIVING_FINALS for k in map(zh_key, forms))

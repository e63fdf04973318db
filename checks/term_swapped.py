"""A listed Chinese form with one character swapped for one the lexicon glosses with a word of the English term.

A translator may keep the listed form's shape and say one of its morphemes by the English term's own word: 酒精搓手液
for "alcohol-based hand rubs" where the glossary lists 洗手液 (洗 "wash"; 搓 "rub", the English's word). That is no
slip of the listed form (`term_near`: 临床实验 for 临床试验, whose 实 "real" is no word of "clinical trial") but the
English rendered morpheme by morpheme. A Chinese form of 3+ characters is said so where the text has it with one
character replaced by one the CC-CEDICT lexicon glosses with a word of the English term (PART_MIN letters or more)
that the replaced character does not gloss; a form of 4+ characters also with a two-character word replaced so
(精神疾病 "mental disorder" where the glossary lists 心理疾病 with "mental disorder" admitted: 精神 glosses "mental",
心理 only "psychology, mentality"). Only for whether an English term has a Chinese rendering.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from zhen_qa.checks.presence_zh import zh_key

PART_MIN = 3
"""Fewest letters of the English word the new character glosses (rub)."""


def swapped(forms: Iterable[str], english: str, text: str, zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether the Chinese `text` has a listed form (3+ characters) with one character swapped for one the lexicon
    glosses with a word of the English term `english` (as written in the text) that the listed character does not."""
    from zhen_qa.aligner.lexicon import stem

    words = {stem(w) for w in re.findall(r"[a-z]+", english.lower()) if len(w) >= PART_MIN}
    folded = zh_key(text)
    for form in forms:
        key = zh_key(form)
        if len(key) < 3:
            continue
        for size in (1, 2) if len(key) >= 4 else (1,):
            for k in range(len(key) - size + 1):
                old = key[k:k + size]
                pattern = re.escape(key[:k]) + f"(.{{{size}}})" + re.escape(key[k + size:])
                for m in re.finditer(pattern, folded):
                    new = m.group(1)
                    said = words.intersection(zh2en.get(new, ()))
                    if new != old and said and not said.intersection(zh2en.get(old, ())):
                        return True
    return False

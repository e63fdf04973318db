"""An English gerund or -uction noun said by its verb's participle: 采样 "sampling" = "sampled genomes", "unsampled".

English names an action by a gerund (sampling, sequencing, testing) or an -uction noun (introduction) where Chinese
says the action itself (采样, 测序, 输入), and the English of the same sentence may as well say it by the verb's past
participle ("the sampled genomes", "an unsampled case", "those introduced early"). The participle is the verb
(`presence_words.en_verb` does so for -ation nouns: "mutated" for mutation); the noun's stem is STEM_MIN letters or
more ("sampl", "sequenc"), and only the participle counts (sampled, unsampled, introduced), never the verb's noun
homograph ("samples", "sequences" are the things, other concepts).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from zhen_qa.glossary.normalize import fold_en

STEM_MIN = 4
"""Fewest letters of the noun's stem (test of testing)."""


@lru_cache(maxsize=1024)
def _participle(word: str) -> re.Pattern[str] | None:
    """The participles of a one-word gerund or -uction noun (sampling: sampled, unsampled; introduction:
    introduced), or None for another word."""
    if word.endswith("ing") and len(word) - 3 >= STEM_MIN:
        stem = word[:-3]
        return re.compile(rf"(?<![a-z])(?:un)?{re.escape(stem)}e?d(?![a-z])")
    if word.endswith("uction") and len(word) - 4 >= STEM_MIN:
        return re.compile(rf"(?<![a-z])(?:un)?{re.escape(word[:-4])}ed(?![a-z])")  # introduction: introduced
    return None


def participle_said(text: str, forms: Iterable[str]) -> bool:
    """Whether the English text says a one-word gerund or -uction form by its verb's past participle."""
    folded = fold_en(text, lower=True)
    for form in forms:
        word = fold_en(form, lower=True).strip()
        pattern = _participle(word) if word.isalpha() else None
        if pattern is not None and pattern.search(folded):
            return True
    return False

"""An English term the Chinese of documentation writes half in its English words, half in the listed Chinese
(term-missing, English terms): "Schema Registry" = Schema 注册中心 where 模式注册 is listed, "model checkpoint" =
模型 checkpoint where 模型检查点 is.

Chinese technical writing keeps some words of a product's vocabulary in English (Schema, checkpoint, Topic) and
translates the rest of a term around them. The term is then written, in a mixed form: the English of its leading
words followed by the listed Chinese of the rest, or the listed Chinese of its leading words followed by the English
of the rest. A reviewer reads "Schema 注册中心" as the schema registry; nothing is dropped. The term is taken as said
when, in the Chinese of the bead,

- a split of an English form of two words or more into a leading part and a trailing part, and a split of a listed
  Chinese form of four Han characters or more into two parts of PART_MIN characters or more, meet in the text: the
  English leading words (whole words, any case) and then, after spaces or none, the Chinese trailing part
  (English-first); or the Chinese leading part and then the English trailing words (Chinese-first),
- the Chinese part is the Chinese of the English words it stands for: the lexicon glosses a word of it with the stem
  of one of those English words (注册 "register" for "registry", 模型 "model" for "model"),
- and the English words kept are the file's own usage of the English in its Chinese (`FileContext.usage`: kept in
  two Chinese sentences or more, set off or capitalised at least once, or a name), so a one-off word left in English
  is not taken as the page's way of writing the term.

The excuse is tried on documentation only (`FileContext.usage` is None elsewhere). A Chinese sentence without the
mixed form (the term dropped, or said with another tail: Schema 管理) keeps its finding, as does a mixed form whose
English word the page keeps nowhere else.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache
from os.path import commonprefix

from zhen_qa.aligner.lexicon import en_stems
from zhen_qa.checks.term_abbrev_kept import substring_glosses
from zhen_qa.manuscript.script import is_han

PART_MIN = 2
"""Fewest Han characters of either part of a split Chinese form (模式 + 注册)."""

ROOT_MIN = 5
"""Fewest leading letters a stem and a lexicon gloss share for the Chinese part to say the English word (registri
and register share regist)."""


def mixed_form_said(zh_forms: Iterable[str], en_forms: Iterable[str], zh_text: str,
                    usage: Callable[[str], bool] | None, zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether `zh_text` writes the term half in English, half in a listed Chinese form (see the module docstring);
    `usage` says whether the file's Chinese keeps an English word as its own usage (None: not documentation)."""
    if usage is None:
        return False
    zh_list = [f for f in zh_forms if len(f) >= 2 * PART_MIN and all(is_han(ch) for ch in f)]
    for en in en_forms:
        words = en.split()
        if len(words) < 2 or not all(w.isascii() and w.isalpha() for w in words):
            continue
        for k in range(1, len(words)):
            for zh in zh_list:
                for i in range(PART_MIN, len(zh) - PART_MIN + 1):
                    if _meets(words[:k], words[k:], zh[i:], zh_text, True, usage, zh2en) \
                            or _meets(words[k:], words[:k], zh[:i], zh_text, False, usage, zh2en):
                        return True
    return False


def _meets(kept: list[str], rendered: list[str], zh_part: str, zh_text: str, english_first: bool,
           usage: Callable[[str], bool], zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether `zh_text` writes the English words `kept` beside the Chinese part `zh_part` (before it when
    `english_first`), the part glossing one of the English words it stands for (`rendered`) and the kept words the
    file's usage."""
    glosses = substring_glosses(zh_part, zh2en)
    if not any(len(commonprefix((s, g))) >= max(3, min(ROOT_MIN, len(s), len(g))) for s in en_stems(" ".join(rendered))
               for g in glosses):
        return False
    return any(usage(m) for m in _places(" ".join(kept), zh_part, zh_text, english_first))


def _places(english: str, zh_part: str, zh_text: str, english_first: bool) -> Iterator[str]:
    """The English words as written at each place `zh_text` joins them to `zh_part`."""
    for m in _pattern(english, zh_part, english_first).finditer(zh_text):
        yield m.group("en")


@lru_cache(maxsize=512)
def _pattern(english: str, zh_part: str, english_first: bool) -> re.Pattern[str]:
    en = r"(?P<en>" + r"\s+".join(re.escape(w) for w in english.split()) + r")"
    if english_first:
        return re.compile(r"(?<![A-Za-z0-9])" + en + r"(?:e?s)?\s*" + re.escape(zh_part), re.I)
    return re.compile(re.escape(zh_part) + r"\s*" + en + r"(?:e?s)?(?![A-Za-z])", re.I)

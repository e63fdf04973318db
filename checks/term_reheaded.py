"""A Chinese term said with its modifier kept and another head: the translator's own name for the concept.

A hand-written glossary lists one Chinese name; a translator often uses another that keeps the name's modifier and
ends in a head of the same kind (乳腺X线检查 "mammography examination" for the listed 乳腺X线摄影, 重症监护室 "intensive
care room" for 重症监护病房). The English term is then rendered, in the translator's words, and the file says so
consistently. It is a rendering only where
- the kept modifier is long enough to name the concept: MODIFIER_MIN characters or more and at least half the listed
  form (监护 of 重症监护病房 names nothing);
- another Han character follows it where the listed form goes on (the head differs; the listed form itself is
  found by `checks.presence`);
- the file never names the concept in Chinese by a listed form: a form mixed with the listed one in one file
  (个人防护设备 beside 个人防护装备) is what the glossary is there to settle, and is reported (a Latin abbreviation
  the Chinese keeps, ICU, is the short form of either name, and mixes nothing);
- a reheaded form one character from the listed one (个人防护设备 for 个人防护装备) may be the listed form mistyped
  (`term_near`: 临床实验 for 临床试验); it is the translator's name only where the new head is a word the lexicon
  glosses with the head of an English form (`head_glossed`: 设备 "equipment", 室 "unit" of "intensive care unit";
  实验 "experiment" is no "trial").
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from zhen_qa.checks.presence_zh import zh_key
from zhen_qa.glossary.normalize import fold_en
from zhen_qa.manuscript.script import is_han

MODIFIER_MIN = 3
"""Fewest characters of the listed form a reheaded form keeps (乳腺X线, 重症监护)."""


def _kept_starts(forms: Iterable[str], text: str) -> Iterator[tuple[str, str, int, int]]:
    """(folded text, listed key, k, start) for each place the text keeps the first k characters of a listed form
    (MODIFIER_MIN characters or more, at least half of it), longest start first: where a new head may follow."""
    folded = zh_key(text)
    for key in map(zh_key, forms):
        least = max(MODIFIER_MIN, (len(key) + 1) // 2)
        for k in range(len(key) - 1, least - 1, -1):
            start = folded.find(key[:k])
            while start >= 0:
                yield folded, key, k, start
                start = folded.find(key[:k], start + 1)


def reheaded(forms: Iterable[str], text: str) -> bool:
    """Whether a Chinese text has a form that keeps the start of a listed Chinese form (MODIFIER_MIN characters
    or more, at least half of it) and goes on with another Han character where the form goes on."""
    for folded, key, k, start in _kept_starts(forms, text):
        nxt = folded[start + k:start + k + 1]
        if nxt and is_han(nxt) and nxt != key[k]:
            return True
    return False


_HEAD_SIZES = (2, 1, 3)
"""Lengths of the word tried as the new head, the usual two-character word first."""


def head_glossed(forms: Iterable[str], en_forms: Iterable[str], text: str,
                 zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether a Chinese text keeps the start of a listed Chinese form (as `reheaded`) and goes on with another
    lexicon word where the form goes on, one the lexicon glosses with the last word of an English form (设备
    "equipment" for personal protective equipment, 室 "unit" for intensive care unit)."""
    from zhen_qa.aligner.lexicon import stem

    heads = {stem(w[-1]) for w in (fold_en(f, lower=True).split() for f in en_forms) if w and w[-1].isalpha()}
    for folded, key, k, start in _kept_starts(forms, text):
        for n in _HEAD_SIZES:
            word = folded[start + k:start + k + n]
            if len(word) == n and word != key[k:k + n] and heads.intersection(zh2en.get(word, ())):
                return True
    return False

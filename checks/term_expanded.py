"""A short Chinese term written out as the words its characters stand for: 疫区 as 疫情严重地区.

Chinese shortens a phrase to one character of each word (疫区 "affected area" for 疫情地区, epidemic + area), and a
translator may write the phrase out, a modifier perhaps inside it (疫情严重地区 "severely affected areas"). The
CC-CEDICT lexicon says which words a character stands for: a word holding the character that shares a gloss with
the term (疫情: epidemic, as 疫区; 地区: area, as 疫区). A term of two or three characters is written out where the
Chinese has, in the term's order and within SPAN characters with no punctuation, one such word for each character,
each word other than the term and not holding it, the words together sharing at least two of the term's glosses.
Only for whether an English term has a Chinese rendering; a character alone (疫 ... 区) is no word.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from zhen_qa.checks.presence_zh import zh_key
from zhen_qa.manuscript.script import HAN

SPAN = 10
"""Most characters from the first word's start to the last word's end (疫情严重地区: 6)."""
GLOSS_MIN = 4
"""Fewest letters of a shared gloss stem (area, epidemic)."""
_RUN = re.compile(f"[{HAN}]+")


def written_out(forms: Iterable[str], text: str, zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether the Chinese `text` writes a listed form of 2-3 characters out as the words its characters stand for
    (see the module docstring)."""
    for form in forms:
        key = zh_key(form)
        glosses = {g for g in zh2en.get(key, ()) if len(g) >= GLOSS_MIN}
        if not 2 <= len(key) <= 3 or len(glosses) < 2:
            continue
        for run in _RUN.findall(zh_key(text)):
            if key not in run and _spelled(key, run, glosses, zh2en):
                return True
    return False


def _spelled(key: str, run: str, glosses: set[str], zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether a run of Han characters has, in order, a word for each character of `key` (see `written_out`)."""
    def words(ch: str, start: int) -> list[tuple[int, int, frozenset[str]]]:
        out = []
        for i in range(start, len(run)):
            for n in (4, 3, 2):
                w = run[i:i + n]
                if len(w) == n and ch in w and key not in w and w not in key:
                    shared = glosses.intersection(zh2en.get(w, ()))
                    if shared:
                        out.append((i, i + n, frozenset(shared)))
        return out

    def search(k: int, start: int, first: int, shared: frozenset[str]) -> bool:
        if k == len(key):
            return len(shared) >= 2
        for i, j, s in words(key[k], start):
            begin = i if first < 0 else first
            if j - begin <= SPAN and search(k + 1, j, begin, shared | s):
                return True
        return False

    return search(0, 0, -1, frozenset())

"""Whether the English renders both copies of a Chinese doubled word: evidence that the doubling is the seam of two
compounds (操作系统系统调用 = 操作系统 + 系统调用, "a system call of the operating system"), not a slip."""
from __future__ import annotations

import re
from functools import lru_cache

from zhen_qa.aligner.jieba_base import cut
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import is_han

_GLOSS_WORD = LazyPattern(r"[a-z]{3,}")
"""A gloss (or its stem, as the lexicon keeps them: "studi", "consum") that is one plain word."""


@lru_cache(maxsize=256)
def _stem_pattern(stem: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![A-Za-z]){re.escape(stem)}[a-z]*(?![A-Za-z])", re.IGNORECASE)


def rendered_each_time(unit: str, chinese: str, english: str) -> bool:
    """Whether the English of a sentence names `unit` (the doubled word, 系统) at least as often as its Chinese
    (`chinese`, the doubling counted twice) writes it, by one of the lexicon's one-word glosses ("system" twice in
    "a system call of the operating system"): the translator read two words there. A slip (研究研究表明) is rendered
    once ("studies show"), one fewer than the Chinese writes it."""
    from zhen_qa.aligner.lexicon import load_lexicon  # noqa: PLC0415  (CC-CEDICT, loaded on the first doubling)

    times = chinese.count(unit)
    if times < 2 or not english:
        return False
    lexicon = load_lexicon()
    glosses = [g for g in lexicon.zh2en.get(unit, ()) if _GLOSS_WORD.fullmatch(g)]
    return any(len(_stem_pattern(g).findall(english))
               >= times + _other_words(unit, lexicon.en2zh.get(g, ()), chinese) for g in glosses)


PART_GLOSS_LETTERS = 4
"""Fewest letters a shared beginning must have for a word's gloss to count as one of its part's (operat / operating)."""


PREFIXED_GLOSS_LETTERS = 5
"""Fewest letters a unit's gloss must have to be counted inside a longer English word after a short prefix
("redefine" holds "defin" for the 定义 of 重新定义): shorter ones ("art") hide in unrelated words (start)."""


@lru_cache(maxsize=256)
def _holding_pattern(stem: str) -> re.Pattern[str]:
    """A word that is the gloss (`_stem_pattern`) or holds it after a prefix of up to four letters (re-, pre-, un-,
    sub-), for a gloss of PREFIXED_GLOSS_LETTERS or more."""
    prefix = "[A-Za-z]{0,4}" if len(stem) >= PREFIXED_GLOSS_LETTERS else ""
    return re.compile(rf"(?<![A-Za-z]){prefix}{re.escape(stem)}[a-z]*(?![A-Za-z])", re.IGNORECASE)


_HYPHENATED = LazyPattern(r"[A-Za-z]+(?:-[A-Za-z]+)*")
"""An English word with the words hyphened to it ("custom-defined"): one rendering, of one Chinese word."""


def rendered_apart(word: str, unit: str, chinese: str, english: str) -> bool:
    """Whether the English renders `word` (自定义, a dictionary word ending with the doubled `unit`, 定义) by a gloss
    of its own and `unit` by another, as two words: "custom definitions" for 自定义定义 (custom 自定义 + definitions
    定义). The word's gloss must be none of its parts' (not the unit's, not a gloss of what precedes the unit in it
    or of one of its characters): "operating" is 操作's, so "operating system" renders 操作系统 alone and a slip
    操作系统系统 stays a slip, as does 自定义定义 beside "custom" with no word for the second 定义. The unit's gloss
    must be the next word after the word's own, not hyphened to it ("custom-defined" is 自定义 alone), and the English
    must say it more often than the sentence's Chinese (`chinese`) writes the unit, or a word of the same gloss
    (`_other_words`), outside the doubling: "custom commands … the definitions in the module" renders the other
    定义 of 模块中原有的定义, not the doubled one."""
    from zhen_qa.aligner.lexicon import load_lexicon, one_begins_other  # noqa: PLC0415  (loaded on a doubling)

    if not english or not word.endswith(unit) or len(word) <= len(unit):
        return False
    lexicon = load_lexicon()
    prefix = word[:-len(unit)]
    unit_glosses = [g for g in lexicon.zh2en.get(unit, ()) if _GLOSS_WORD.fullmatch(g)]
    parts = [*lexicon.zh2en.get(prefix, ()), *unit_glosses,
             *(g for c in set(word) for g in lexicon.zh2en.get(c, ()))]
    own = [g for g in lexicon.zh2en.get(word, ()) if _GLOSS_WORD.fullmatch(g)
           and not any(one_begins_other(g, p, PART_GLOSS_LETTERS) for p in parts)]
    taken = [w.span() for w in _HYPHENATED.finditer(english)
             if any(_stem_pattern(g).search(english, w.start(), w.end()) for g in own)]
    if not taken:
        return False
    others = _outside(unit, word + unit, chinese)
    for g in unit_glosses:
        said = [m.span() for m in _holding_pattern(g).finditer(english)
                if not any(m.start() < e and s < m.end() for s, e in taken)]
        next_word = any(s > e0 and not english[e0:s].strip() and _stem_pattern(g).fullmatch(english, s, e)
                        and english[e:e + 1] != "-" for _s0, e0 in taken for s, e in said)
        if next_word and len(said) > others + _other_words(unit, lexicon.en2zh.get(g, ()), chinese):
            return True
    return False


def _outside(unit: str, doubled: str, chinese: str) -> int:
    """How many times `chinese` writes `unit` outside the doublings (`doubled`, 自定义定义)."""
    masked = [False] * len(chinese)
    for m in re.finditer(re.escape(doubled), chinese):
        masked[m.start():m.end()] = [True] * len(doubled)
    return sum(1 for m in re.finditer(re.escape(unit), chinese) if not any(masked[m.start():m.end()]))


def _other_words(unit: str, words: tuple[str, ...], chinese: str) -> int:
    """How many times the Chinese writes another word of the same gloss (体系 beside 系统, both "system"), outside
    the copies of `unit`: the English says the gloss for those too (操作系统系统版本，整个体系 = "the operating system
    version, and the whole system": one "system" per word, the doubling's second copy unrendered). Words holding
    `unit` (操作系统) are counted with it; one character (系, 制) is too ambiguous to count."""
    taken = [False] * len(chinese)
    for m in re.finditer(re.escape(unit), chinese):
        taken[m.start():m.end()] = [True] * len(unit)
    found = 0
    for word in words:
        if len(word) < 2 or unit in word:
            continue
        for m in re.finditer(re.escape(word), chinese):
            if not any(taken[m.start():m.end()]):
                taken[m.start():m.end()] = [True] * len(word)
                found += 1
    return found


RUN_WORDS_RENDERED = 2
"""Fewest words of a doubled run of clauses the English must name as often as the Chinese writes them for the run
to count as translated twice."""


def run_rendered_twice(run: str, chinese: str, english: str) -> bool:
    """Whether the English of a sentence translates a run of clauses the Chinese writes twice (`run`, one copy) both
    times: RUN_WORDS_RENDERED of the run's words (two Han characters or more) or more are named by the English as
    often as the Chinese writes them (`rendered_each_time`): "the highest accuracy and the fastest convergence" twice
    for 在训练数据集上，…准确率最高，…收敛速度最快，在测试数据集上，…准确率最高，…收敛速度最快 (a parallel the
    translator read as two statements). A revision kept beside the old wording is translated once."""
    words = {w for w in cut(run) if len(w) >= 2 and all(is_han(c) for c in w)}
    return sum(1 for w in sorted(words) if rendered_each_time(w, chinese, english)) >= RUN_WORDS_RENDERED

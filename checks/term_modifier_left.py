"""A Chinese term that modifies the noun after it, the English saying that noun without the term, the concept named
on both sides just before (term-missing).

Chinese repeats the subject of a passage as the modifier of each noun it qualifies; English says the noun and leaves
whose it is to the sentence before. After 失眠 = "insomnia" in the sentences before, 在常规失眠治疗的基础上 is "On the
basis of conventional treatment"; after 解脂耶氏酵母 = "Yarrowia lipolytica", 解脂耶氏酵母双极出芽的分子调控机制 is
"the molecular regulation pathway of the bipolar budding". The English keeps the thing the Chinese phrase names (the
treatment, the budding) and nothing of the sentence is missing: which one it is, the reader has just been told.

`modifier_left` holds when all of these do:

- the Chinese term is a modifier: a word of the lexicon (`HEAD_SIZES` Han characters, the longest first) follows it
  with nothing between (no 的: a possessor is `term_possessor`'s, no conjunction: 家庭和健康 is a coordination);
- the English of the bead says that word (one of its stems is a gloss of it): the phrase's thing is rendered;
- no English word the Chinese sentence does not say stands beside it, where the term would be rendered: the word
  right before it and the word after an "of"/"for" right after it are each a function word or a word some word of
  the Chinese sentence glosses into (`_said`: "conventional" for 常规, prefix-matched as the lexicon's stems are
  short). "conventional substance treatment" or "the treatment of substance" put another word in the term's place,
  which `Case.replaced` does not see where the English rewords the Chinese word before the term;
- the bead reads as a translation (its score is `term_sentence_moved.WEAK_SCORE` or more): in a pair of sentences that
  do not translate each other (an author's background sentence beside the Chinese method), a general noun after the
  term ("influences" for 影响) says nothing of the phrase, and the term is missing with the rest of the sentence;

and, in `checks.term_excuses`, the English has no slip of the term and no other word in its place as
`Case.replaced` finds it, and the concept is named on both sides in one of the beads just before
(`Discourse.established_before`): there is something the context supplies.

A term with no word after it (常规治疗无法缓解失眠, the thing itself), a term whose phrase the English does not say
(the whole phrase dropped: the noun's gloss is missing too), a term replaced by a word the Chinese does not say, and a
term named only further on or on one side keep the finding.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from zhen_qa.aligner.lexicon import STOP_EN, stem
from zhen_qa.checks.term_hits import Hit
from zhen_qa.checks.term_sentence_moved import WEAK_SCORE
from zhen_qa.manuscript.script import is_han

HEAD_SIZES = (4, 3, 2)
"""Lengths of the Chinese word after the term tried as the noun it modifies, longest first (one character is too
ambiguous: 中, 后, 的)."""
_NOT_A_HEAD = frozenset("的之和与及或、等")
"""Characters that start no modified noun: a particle, a conjunction, an enumeration mark, 等 "and so on"."""
_COMPLEMENT = frozenset({"of", "for"})
"""Prepositions after a noun whose object may hold what the term said ("the treatment of insomnia")."""
PREFIX_MIN = 4
"""Shortest lexicon stem matched as a prefix of an English word's stem (convention: conventional)."""
_TOKEN = re.compile(r"[A-Za-z]+(?:'s)?|[^\sA-Za-z]")
"""English words (a possessive kept with its word) and single marks, which end a phrase."""


def modified_noun(text: str, end: int, zh2en: Mapping[str, tuple[str, ...]]) -> tuple[str, tuple[str, ...]]:
    """The lexicon word right after a term ending at `end` of the Chinese `text` and its English stems, or ("", ())
    where none follows (a particle, a mark, the sentence's end)."""
    if end >= len(text) or text[end] in _NOT_A_HEAD:
        return "", ()
    for size in HEAD_SIZES:
        word = text[end:end + size]
        if len(word) == size and all(is_han(ch) for ch in word) and (glosses := zh2en.get(word)):
            return word, glosses
    return "", ()


def modifier_left(h: Hit, en_text: str, score: float, zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether Chinese term `h` modifies the noun right after it and the English of its bead (`en_text`, the bead
    scoring `score`) says that noun (see the module docstring; the context and the term's place are
    `checks.term_excuses`' to ask)."""
    if h.lang != "zh" or score < WEAK_SCORE:
        return False
    zh = h.sentence.text.text
    _word, glosses = modified_noun(zh, h.match.end, zh2en)
    if not glosses:
        return False
    said = _zh_glosses(zh, zh2en)
    tokens = [t.lower() for t in _TOKEN.findall(en_text)]
    heads = [i for i, t in enumerate(tokens) if t[0].isalpha() and stem(t) in glosses]
    return any(_said(tokens[i - 1] if i else "", said)
               and not (i + 2 < len(tokens) and tokens[i + 1] in _COMPLEMENT and not _said(tokens[i + 2], said))
               for i in heads)


def _zh_glosses(zh: str, zh2en: Mapping[str, tuple[str, ...]]) -> set[str]:
    """The lexicon's English stems of every word (2-4 Han characters) of Chinese sentence `zh`, and its Latin words."""
    out = {stem(w.lower()) for w in re.findall(r"[A-Za-z]+", zh)}
    for i in range(len(zh) - 1):
        for size in HEAD_SIZES:
            out.update(zh2en.get(zh[i:i + size], ()))
    return out


def _said(token: str, glosses: set[str]) -> bool:
    """Whether English `token` says nothing of its own where the term would be: none (the sentence's start), a mark,
    a function word, or a word the Chinese sentence glosses into (`glosses`, a stem of PREFIX_MIN or more letters
    matched as a prefix)."""
    if not token or not token[0].isalpha() or token in STOP_EN or len(token) == 1:
        return True
    s = stem(token.removesuffix("'s"))
    return s in glosses or any(len(g) >= PREFIX_MIN and s.startswith(g) for g in glosses)

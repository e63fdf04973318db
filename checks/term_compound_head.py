"""A Chinese term that modifies a compound the page's English has given in full, the English saying the compound's
head alone (term-missing, Chinese terms): 元数据模板不一致 = "Template is not consistent" in a table whose rows above
pair 元数据模板重复 with "Schema template is duplicated" (元数据 listed for metadata / schema).

A page that has named a compound in full ("schema template") may name it again by its head ("the template",
"Template is in use"), as `term_named_head` lets a listed two-word term be said again by its head. Here the term is
not the compound but its modifier, so that excuse does not see it. The modifier is taken as left to the compound
the reader has been given when

- the Chinese writes the term and then a word of COMPOUND_HEAD Han characters the lexicon glosses (模板 "template"),
- an aligned bead before it in the same page pair writes the same Chinese compound (元数据模板) and an English form
  of the term directly followed by an English word sharing ROOT_MIN leading letters with a gloss of that Chinese
  word ("schema template": the page's own rendering of the compound),
- and the English of the bead says that head word (any case, a plural -s) alone: opening its sentence or clause,
  or after a stop word ("the template"); after another modifier ("substance dependence" where the page wrote
  "alcohol dependence", "shorter time", another listed term: "upstream tasks") it names another kind, or the
  term was replaced, and the finding stays; so it does before a preposition, whose complement may hold the term
  ("the factories for substance").

A page that never gave the compound in full, a sentence whose English drops the compound altogether ("Is not
consistent"), or a head the Chinese compound does not gloss keeps its finding.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from os.path import commonprefix

from zhen_qa.aligner.lexicon import PREPOSITIONS, STOP_EN, stem
from zhen_qa.checks.term_hits import Hit
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import is_han

COMPOUND_HEAD = 2
"""Han characters after the term taken as the compound's head word (模板 of 元数据模板)."""

_LAST_WORD = LazyPattern(r"[a-z][a-z0-9-]*$")
"""The word that ends a text, when it ends with one (not with punctuation: a new clause opens after that)."""

_BLANK = "\0"
"""What a glossary term match is blanked to in the evidence text (`presence.masked`): before the head it is another
listed term modifying it ("upstream tasks"), a word like any other modifier."""

_FIRST_WORD = LazyPattern(r"\s+([A-Za-z]+)")
"""The word right after a place (spaces between, no punctuation)."""

_COMPLEMENT_OPENERS = PREPOSITIONS | {"at", "by", "for", "from", "in", "into", "of", "on", "to", "with"}
"""Words opening a complement after the head, which may hold the term replaced ("the factories for substance")."""

ROOT_MIN = 5
"""Fewest leading letters an English word's stem and a lexicon gloss share for the word to say the Chinese head
(templat / template), the whole stem where shorter."""


def compound_head_said(h: Hit, forms: Iterable[str], en_text: str, before: Sequence[tuple[str, str]],
                       zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether the English `en_text` of the bead of the Chinese term `h` says the head of a compound the page gave
    in full in a bead `before` (Chinese and English text of each, in order; see the module docstring); `forms` are
    the concept's English forms."""
    text = h.sentence.text.text
    head = text[h.match.end:h.match.end + COMPOUND_HEAD]
    if len(head) < COMPOUND_HEAD or not all(is_han(ch) for ch in head):
        return False
    glosses = zh2en.get(head, ())
    if not glosses:
        return False
    compound = h.surface + head
    written = [f for f in forms if f.strip()]
    heads = {w.lower() for zh, en in before if compound in zh for f in written
             for w in _after(f, en) if _glossed(w, glosses)}
    return any(_head_alone(w, written, en_text) for w in heads)


def _after(form: str, text: str) -> list[str]:
    """The English words written directly after `form` in `text` (whole words, any case)."""
    body = r"\s+".join(re.escape(w) for w in form.split())
    return re.findall(r"(?<![A-Za-z0-9-])" + body + r"\s+([A-Za-z]+)", text, re.I)


def _glossed(word: str, glosses: Iterable[str]) -> bool:
    """Whether the English word's stem and a lexicon gloss share ROOT_MIN leading letters (the whole of the shorter
    where it is shorter, three letters or more)."""
    s = stem(word.lower())
    return any(len(commonprefix((s, g))) >= max(3, min(ROOT_MIN, len(s), len(g))) for g in glosses)


def _head_alone(word: str, forms: Sequence[str], en_text: str) -> bool:
    """Whether `en_text` says `word` (a plural -s allowed) alone: opening its sentence or clause, or after a stop
    word (the, a, this, of), with no complement after it; never after a form of `forms` nor after another modifier
    ("substance dependence", "shorter time": another kind of the head, or the term replaced), a listed term blanked
    in `en_text` included ("upstream tasks" where 下游任务 stands), nor before a
    preposition ("the factories for substance": the complement may hold the term replaced)."""
    for m in re.finditer(r"(?<![A-Za-z0-9-])" + re.escape(word) + r"s?(?![A-Za-z0-9])", en_text, re.I):
        left = en_text[:m.start()].rstrip().lower()
        if left.endswith(_BLANK) or any(left.endswith(f.lower()) for f in forms):
            continue
        before = _LAST_WORD.search(left)
        after = _FIRST_WORD.match(en_text, m.end())
        if (before is None or before.group() in STOP_EN) \
                and (after is None or after.group(1).lower() not in _COMPLEMENT_OPENERS):
            return True
    return False

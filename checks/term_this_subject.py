"""A Chinese term opening its clause where the English clause opens with a demonstrative subject, the concept named
on both sides just before (term-missing).

Chinese names the subject again where English refers back to what was just said: after "… comparing tamoxifen to
placebo demonstrated an overall 49% decrease …", 但在超过50岁的患者中，他莫昔芬的使用增加了子宫内膜癌……的发生率 is
"In women older than 50 years, this benefit was accompanied by an annual incidence of … endometrial cancer". The
English has no "tamoxifen", and nothing is missing: "this benefit" is what tamoxifen was just said to give.

`this_subject` holds when all of these do:

- the Chinese term opens its clause (the sentence or a part after a comma, semicolon or colon): the clause's
  subject, or its first word;
- a clause of the English of the bead opens with a demonstrative subject (this, these, such), alone or with one
  noun, right before an auxiliary or a finite copula (was, is, has, may, …): "this benefit was", "this is";
- that noun, where there is one, is no gloss of any word of the Chinese sentence: the English refers back by a word
  of its own, it does not translate 该方法 ("this method") or 本研究 ("this study");
- the concept is named on both sides of a bead just before (`Discourse.established_before`, checked by the caller),
  and no word the Chinese does not say stands in the term's place (`term_slot.replaced`, by the caller).

- no clause of the Chinese sentence opens with a demonstrative of its own (这, 此, 该, 上述, 其): there the English
  demonstrative may be its translation (……小部件增加了噪音，这在意料之中 = "noise increased; this was expected", the
  term simply dropped).

A term replaced by another word keeps the finding ("Substance increased …", "These substance users had …": no
demonstrative right before the auxiliary), and so does a demonstrative clause beside a term in mid-clause.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from zhen_qa.aligner.lexicon import stem
from zhen_qa.checks.term_hits import Hit

_ZH_CLAUSE = re.compile("[，,；;：:]")
"""Marks that end a Chinese clause."""
_EN_CLAUSE = re.compile("[,;:]")
"""Marks that end an English clause."""
_OPENING = re.compile(r"[\s“\"‘'（(【\[]*")
"""What may stand before a term that opens its clause: spaces, an opening quote or bracket."""
_ZH_DEMONSTRATIVE = re.compile("(?:^|[，,；;：:])[\\s“\"‘'（(]*(?:这|此|该|上述|其)")
"""A Chinese clause opening with a demonstrative the English "this" may translate."""
_DEMONSTRATIVE = re.compile(
    r"\s*(?:this|these|such)(?:\s+([a-z]+))?\s+(?:was|were|is|are|has|have|had|may|might|can|could|will|would|should"
    r"|did|does|do)\b", re.IGNORECASE)
"""A demonstrative subject, alone or with one noun, right before an auxiliary or a finite copula."""


def this_subject(h: Hit, en_text: str, zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether Chinese term `h` opens its clause and a clause of the English of its bead (`en_text`) opens with a
    demonstrative subject whose noun the Chinese sentence does not gloss (see the module docstring)."""
    if h.lang != "zh":
        return False
    zh = h.sentence.text.text
    start = max((m.end() for m in _ZH_CLAUSE.finditer(zh, 0, h.match.start)), default=0)
    if not _OPENING.fullmatch(zh[start:h.match.start]) or _ZH_DEMONSTRATIVE.search(zh):
        return False
    for clause in _EN_CLAUSE.split(en_text):
        m = _DEMONSTRATIVE.match(clause)
        if m and not (m.group(1) and _glossed(stem(m.group(1).lower()), zh, zh2en)):
            return True
    return False


def _glossed(word: str, zh: str, zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether English stem `word` glosses a word (1-4 Han characters) of Chinese text `zh`."""
    return any(word in zh2en.get(zh[i:i + n], ()) for i in range(len(zh)) for n in (1, 2, 3, 4))

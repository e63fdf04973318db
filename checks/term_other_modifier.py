"""An English head under a word rendering another part of the Chinese sentence: another kind of the head.

`head-said` and `en-head` take an English head without the term's modifier for the term said short ("new cases" for
新增 50 例确诊病例, "resuscitation" for 心肺复苏): the modifier is left to the context. Where the word before the head
renders a word the Chinese sentence has elsewhere — not in the noun phrase of a term (the characters just before a
term match, no mark nor function word such as 对 between) — the English has put another modifier on the head:
"patients cell" for 造血干细胞移植后患者 (患者 after the term), "institutions medicine" for 各级医疗机构儿科、内科
(机构 in another phrase). That names another kind of the head, or a wrong modifier, which is what term-missing is for.
A word rendering one in the term's noun phrase ("new" = 新增 of 新增 50 例确诊病例, "other" = 其他 of 其他危险因素) is
the Chinese modifier rendered, and the excuse stands; so does a word the Chinese sentence does not have (no evidence
either way).
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from zhen_qa.aligner.lexicon import STOP_EN, stem, zh_function_word

PHRASE_SPAN = 8
"""Characters before a term match in which a word of its noun phrase may stand (新增 50 例 before 确诊病例)."""

_MARK = re.compile(r"[，。；：、！？,.;:!?()（）《》“”\"'\[\]【】]")
"""A mark ends a noun phrase: 医疗机构儿科、内科 puts 机构 in another phrase than 内科."""


def other_modifier(word: str, source: str, en2zh: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether English word `word`, standing before a head, renders a word of the Chinese sentence `source` (the
    term's match blanked by NUL characters) found only outside the term's noun phrase (see the module docstring).
    `term_modifier_word.renders_a_word` asks whether a word renders one anywhere in the sentence (the same glosses, no
    phrase test, no word filter nor verb fallback): a modifier the Chinese has, where this finds another kind."""
    low = word.strip("\"'()[],.;:").lower()
    if len(low) < 3 or not low.isalpha() or low in STOP_EN:
        return False
    glosses = {g for g in en2zh.get(stem(low), ()) or en2zh.get(_verb_of(low), ()) if len(g) >= 2}
    found = [(m.start(), m.end()) for g in glosses for m in re.finditer(re.escape(g), source)]
    return bool(found) and not any(_in_phrase(source, end) for _start, end in found)


def _verb_of(noun: str) -> str:
    """The stem of the verb an -ation or -ion noun is made from (transplantation: transplant, infection: infect), for
    a noun the lexicon has no entry of its own for; "" for another word."""
    for ending in ("ation", "ion"):
        if noun.endswith(ending) and len(noun) - len(ending) >= 4:
            return stem(noun[:-len(ending)])
    return ""


def _in_phrase(source: str, end: int) -> bool:
    """Whether a word ending at `end` stands in the noun phrase of a term match: a NUL within PHRASE_SPAN characters
    after it, no mark nor function word between (优先顺序对重点和高风险人群: 对 ends 优先's phrase,
    `zh_function_word`)."""
    after = source[end:end + PHRASE_SPAN + 1]
    k = after.find("\0")
    return k >= 0 and not _MARK.search(after[:k]) and not zh_function_word(after[:k])

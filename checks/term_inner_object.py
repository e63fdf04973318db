"""A Chinese act said in English by its object, the object a character inside the term: 吸烟 = "tobacco use".

Chinese names some acts by a verb and its object in one word (吸烟: 吸 "inhale" + 烟 "tobacco, cigarette, smoke");
English says the same act by the object and a light noun, or the object alone where the act is its use ("tobacco
use", "cigarette smoke", "avoidance of tobacco and alcohol"). The object is then the act, rendered. It is a
rendering only where
- the Chinese term is two Han characters, the second the object, and the object character alone says the act in
  the lexicon (CC-CEDICT glosses 烟 "smoke", the stem of "smoking"): the act is the object's ordinary use, as
  smoking is tobacco's, where 戒烟 "smoking cessation" (its head "cessation" no gloss of 烟) is not tobacco at all;
- the English has another gloss of the object character, of OBJECT_MIN letters or more (tobacco, cigarette), that
  no other listed term of the bead covers and no other word of the term's Chinese sentence renders: in
  不吸烟的烟草工人 = "tobacco workers", "tobacco" is 烟草's and "non-smoking" is left out; in 吸烟与电子烟广告 =
  "vaping … e-cigarette advertising", "cigarette" is 电子烟's.
A term replaced by another word is still missing: "substance" glosses no object.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from zhen_qa.checks.term_hits import Hit
from zhen_qa.checks.zh_words import rendered_in
from zhen_qa.glossary.model import Concept
from zhen_qa.manuscript.script import HAN

OBJECT_MIN = 5
"""Fewest letters of the stem of the object's English word (tobacco, cigarett; not "pip")."""
_TWO_HAN = re.compile(rf"[{HAN}]{{2}}")
_EN_WORD = re.compile(r"[A-Za-z]+")


def object_inside_said(h: Hit, concepts: Sequence[Concept], en_text: str, zh_text: str,
                       zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether a two-character Chinese act (吸烟) is said in the English `en_text` (listed terms blanked out: a
    word another term covers is that term) by a gloss of its object character ("tobacco use") that no other word of
    its Chinese sentence `zh_text` (listed terms blanked out) renders (see the module docstring)."""
    from zhen_qa.aligner.lexicon import stem

    if h.lang != "zh" or not _TWO_HAN.fullmatch(h.surface):
        return False
    glosses = set(zh2en.get(h.surface[1], ()))
    acts = {stem(f.lower()) for c in concepts for f in c.accepted("en") if _EN_WORD.fullmatch(f)}
    if not acts & glosses:
        return False
    rest = zh_text.replace(h.surface, "\0" * len(h.surface))
    for w in _EN_WORD.finditer(en_text):
        s = stem(w.group().lower())
        if len(s) >= OBJECT_MIN and s in glosses and s not in acts and not rendered_in(s, rest, zh2en):
            return True
    return False

"""A listed term said by the broader listed term it is a kind of: 辅助化疗 = "the addition of chemotherapy".

A glossary may list a term and a kind of it: chemotherapy (化疗) and adjuvant chemotherapy (辅助化疗). The kind's
English is the broader term's with a modifier before it, and its Chinese holds the broader term's. A translator
who says the broader term leaves the kind to the context ("The addition of chemotherapy did not increase the
morbidity associated with surgery" for 辅助化疗并不增加手术相关死亡率), as `presence.Evidence.has_en_head` lets a
classifying adjective go; the matcher, taking the longest term, sees two different concepts, and each side then
lacks the other's. It is a rendering, in either direction, only where

- one side names the kind (`_kind_of`: an English form ending with the broader term's English form after a space,
  a Chinese form holding the broader term's Chinese form) and the other the broader term, and
- in English, no other modifier stands right before the broader term ("neoadjuvant chemotherapy" is another kind,
  not 辅助化疗 left to context): the word before it is a function word or there is none.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from zhen_qa.checks.term_hits import Hit
from zhen_qa.glossary.model import Concept
from zhen_qa.glossary.normalize import fold_en

_FUNCTION = frozenset("the a an of with and or to for by plus in on after before from".split())


def _kind_of(kind: Concept, broad: Concept) -> bool:
    """Whether `kind` is listed as a kind of `broad` (see the module docstring)."""
    if kind.id == broad.id:
        return False
    en = [fold_en(f, lower=True) for f in broad.accepted("en")]
    if not any(fold_en(k, lower=True).endswith(" " + b) for k in kind.accepted("en") for b in en):
        return False
    return any(b and b in k for k in kind.accepted("zh") for b in broad.accepted("zh"))


def _bare(t: Hit) -> bool:
    """Whether no content word stands right before an English hit (`_FUNCTION` words aside)."""
    before = re.findall(r"[A-Za-z][A-Za-z-]*", t.sentence.text.text[:t.match.start])
    return not before or before[-1].lower() in _FUNCTION


def kind_said(h: Hit, concepts: Sequence[Concept], tgt_hits: Sequence[Hit],
              concept: Callable[[str], Concept]) -> bool:
    """Whether the other side says the term `h` by the broader listed term it is a kind of, or by a listed kind of
    it (see the module docstring)."""
    for t in tgt_hits:
        other = concept(t.match.concept_id)
        for c in concepts:
            if h.lang == "zh" and _kind_of(c, other) and _bare(t):
                return True  # 辅助化疗 said "chemotherapy"
            if h.lang == "en" and _kind_of(other, c) and _bare(h):
                return True  # "chemotherapy" said 辅助化疗
    return False

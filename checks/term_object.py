"""A Chinese action term said in English by the word of its object, from which the action's English is derived.

Chinese names an act and its object (接种疫苗, 接种 HPV 疫苗 "vaccinate with the HPV vaccine"); English says the act
by a light verb and the object's word alone ("get the HPV vaccine", "HPV vaccine may be given"), and the glossary's
English for the act is derived from that word (vaccination, vaccinated: vaccine). The act is then rendered. It is a
rendering only where
- the object is another glossary concept named on both sides of the bead, its Chinese term in the same clause as
  the act's (no clause mark between them: 接种特定疫苗, HPV 疫苗可供成人接种);
- an English form of the act and the object's form the English writes (its head, the last word of a phrase:
  "pneumococcal conjugate vaccine") share their stem (`derivational_stem`: vaccin-ation and vaccin-e), STEM_MIN
  letters or more; where the English writes the object by its initialism or code (PPSV23, PCV), the head of the
  object's full name in the glossary stands for it ("pneumococcal polysaccharide vaccine": vaccine), so that
  "PPSV23 is recommended as an option" says 可选接种 PPSV23 方案.
A term replaced by another word is still missing: its object's word is then not the stem of its English.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from zhen_qa.aligner.lexicon import one_begins_other
from zhen_qa.checks.presence_derived import derivational_stem
from zhen_qa.checks.term_hits import Hit
from zhen_qa.glossary.model import Concept
from zhen_qa.glossary.normalize import fold_en

STEM_MIN = 6
"""Fewest letters of the stem the act's and the object's English forms share (vaccin)."""

_WHOLE_CODE = re.compile(r"[A-Za-z][A-Za-z]*-?\d[A-Za-z0-9]*|[A-Z]{2,}\d*")
"""An initialism or code name the English writes for the object (PPSV23, PCV15, HPV)."""
_CLAUSE_MARK = re.compile(r"[，,。；;：:！？!?（）()]")


def object_said(h: Hit, concepts: Sequence[Concept], src_hits: Sequence[Hit], tgt_hits: Sequence[Hit],
                english: Callable[[str], Sequence[str]] | None = None) -> str:
    """The English word of the object that says the Chinese act `h` (see the module docstring), or "": the object
    is in the act's clause, named on both sides of the bead by a concept whose English form shares its stem with an
    English form of the act. `english` gives a concept's English forms: an object the English writes by its
    initialism (PPSV23) says the act by the head of its full name (pneumococcal polysaccharide vaccine)."""
    acts = {_stem(f) for c in concepts for f in c.accepted("en")}
    acts.discard("")
    if not acts:
        return ""
    own = {c.id for c in concepts}
    text = h.sentence.text.text
    for o in src_hits:
        if o.sentence is not h.sentence or own.intersection(o.match.concepts):
            continue
        said = next((t for t in tgt_hits if not own.intersection(t.match.concepts)
                     and set(o.match.concepts).intersection(t.match.concepts)), None)
        if said is None:
            continue
        first, second = sorted((h.match, o.match), key=lambda m: m.start)
        if _CLAUSE_MARK.search(text[first.end:second.start]):
            continue
        # the object's word as the English writes it, the head of a phrase ("inoculated" is no vaccine)
        word = _head_stem(said.match.form)
        if word and any(shared_stem(a, word) for a in acts):
            return said.match.form
        if english is not None and _WHOLE_CODE.fullmatch(said.match.form):
            heads = {_head_stem(f) for c in said.match.concepts for f in english(c) if not _WHOLE_CODE.fullmatch(f)}
            if any(shared_stem(a, w) for a in acts for w in heads if w):
                return said.match.form
    return ""


def _stem(form: str) -> str:
    """The derivational stem of a one-word English form (a phrase is no derived word), or ""."""
    words = fold_en(form, lower=True).split()
    return derivational_stem(words[0]) if len(words) == 1 and words[0].isalpha() else ""


def _head_stem(form: str) -> str:
    """The derivational stem of the head of an object's name, its last word (pneumococcal polysaccharide vaccine:
    vaccine), or ""."""
    words = fold_en(form, lower=True).split()
    return derivational_stem(words[-1]) if words and words[-1].isalpha() else ""


def shared_stem(act: str, obj: str) -> bool:
    """Whether two different stems are one word's: one begins the other, STEM_MIN letters or more (vaccin,
    vaccine)."""
    return act != obj and one_begins_other(act, obj, STEM_MIN)

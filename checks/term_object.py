"""A Chinese action term said in English by the word of its object, from which the action's English is derived.

Chinese names an act and its object (接种疫苗, 接种 HPV 疫苗 "vaccinate with the HPV vaccine"); English says the act
by a light verb and the object's word alone ("get the HPV vaccine", "HPV vaccine may be given"), and the glossary's
English for the act is derived from that word (vaccination, vaccinated: vaccine). The act is then rendered. It is a
rendering only where
- the object is another glossary concept named on both sides of the bead, its Chinese term in the same clause as
  the act's (no clause mark between them: 接种特定疫苗, HPV 疫苗可供成人接种);
- an English form of the act and the object's form the English writes share their stem (`derivational_stem`:
  vaccin-ation and vaccin-e), STEM_MIN letters or more.
A term replaced by another word is still missing: its object's word is then not the stem of its English.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from zhen_qa.checks.presence import derivational_stem
from zhen_qa.checks.term_hits import Hit
from zhen_qa.glossary.model import Concept
from zhen_qa.glossary.normalize import fold_en

STEM_MIN = 6
"""Fewest letters of the stem the act's and the object's English forms share (vaccin)."""

_CLAUSE_MARK = re.compile(r"[，,。；;：:！？!?（）()]")


def object_said(h: Hit, concepts: Sequence[Concept], src_hits: Sequence[Hit], tgt_hits: Sequence[Hit]) -> str:
    """The English word of the object that says the Chinese act `h` (see the module docstring), or "": the object
    is in the act's clause, named on both sides of the bead by a concept whose English form shares its stem with an
    English form of the act."""
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
        word = _stem(said.match.form)  # the object's word as the English writes it ("inoculated" is no vaccine)
        if word and any(_shared(a, word) for a in acts):
            return said.match.form
    return ""


def _stem(form: str) -> str:
    """The derivational stem of a one-word English form (a phrase is no derived word), or ""."""
    words = fold_en(form, lower=True).split()
    return derivational_stem(words[0]) if len(words) == 1 and words[0].isalpha() else ""


def _shared(act: str, obj: str) -> bool:
    """Whether two stems are one: one begins the other, STEM_MIN letters or more (vaccin, vaccine)."""
    short, long_ = sorted((act, obj), key=len)
    return len(short) >= STEM_MIN and long_.startswith(short) and act != obj

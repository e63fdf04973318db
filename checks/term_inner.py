"""One Chinese term holding another concept's term, the English naming only that inner concept: 疫苗接种 ("vaccine
inoculation", listed "vaccination") said "get the vaccine", and the reverse, "the vaccine" said inside 疫苗接种.

Chinese names an act with its object inside one word (疫苗接种: 疫苗 "vaccine" + 接种 "inoculate"); English says the
act by a light verb and the object's word ("people are recommended to get recombinant shingles vaccine"). The
matcher takes the longest term, so the Chinese names the act (vaccination) and the English the object (vaccine),
each side missing the other's concept though the two say one thing. It is one thing only where

- the inner term is a listed Chinese form of another concept, inside the outer match;
- the side naming the inner concept names it more often than the other side writes it alone (the English
  "vaccine" is not accounted for by a 疫苗 of its own in the Chinese; the Chinese 疫苗接种 is not one the English
  names as vaccination already), so the surplus word is the one that renders the outer term;
- for the inner term said inside the outer (`inside_other`), the English names the outer concept too, fewer
  times than the Chinese, or names it nowhere while the outer's English is derived from the inner's word (the act
  said by its object: vaccin-ation, vaccine); an English that never names the outer, with the inner's word where
  the outer's own would be ("Stem cell secretome research" for 干细胞分泌组学研究: secretomics is no act on a
  secretome), has a substitution to report;
- the outer concept's English does not hold the inner's English as words ("mental health literacy" for
  心理健康素养 is a compound of "mental health": a surplus 心理健康素养 is that compound repeated, not the inner
  concept said inside it);
- for the act said by its object (`act_said_by_inner`), the object's English word shares its stem with an English
  form of the act (`term_object`: vaccin-ation and vaccin-e): "the substance" in its place is no vaccination.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from zhen_qa.checks.presence_derived import derivational_stem
from zhen_qa.checks.presence_zh import zh_key
from zhen_qa.checks.term_hits import Hit
from zhen_qa.checks.term_object import shared_stem
from zhen_qa.glossary.model import Concept
from zhen_qa.glossary.normalize import fold_en


def _count(hits: Iterable[Hit], concept: str) -> int:
    return sum(1 for t in hits if concept in t.match.concepts)


def act_said_by_inner(h: Hit, concepts: Sequence[Concept], src_hits: Sequence[Hit], tgt_hits: Sequence[Hit],
                      zh_forms: Callable[[str], Iterable[str]]) -> str:
    """The English word of the inner object that says the Chinese term `h` (疫苗接种 = "vaccine"; see the module
    docstring), or "". `zh_forms` gives a concept's accepted Chinese forms."""
    acts = {_stem(f, alone=True) for c in concepts for f in c.accepted("en")}
    acts.discard("")
    own = {c.id for c in concepts}
    surface = zh_key(h.surface)
    for t in tgt_hits:
        inner = [c for c in t.match.concepts if c not in own
                 and any(0 < len(k := zh_key(f)) < len(surface) and k in surface for f in zh_forms(c))]
        for c in inner:
            if _count(tgt_hits, c) <= _count(src_hits, c):
                continue
            word = _stem(t.match.form, alone=False)
            if word and any(shared_stem(a, word) for a in acts):
                return t.match.form
    return ""


def inside_other(h: Hit, src_hits: Sequence[Hit], tgt_hits: Sequence[Hit],
                 zh_forms: Callable[[str], Iterable[str]], en_forms: Callable[[str], Iterable[str]]) -> bool:
    """Whether the English term `h` ("vaccine") is said inside a longer Chinese match of another concept (疫苗接种)
    that the Chinese names more often than the English does (see the module docstring). `zh_forms` and `en_forms`
    give a concept's accepted forms: an outer concept whose English holds the term's own ("mental health literacy"
    for 心理健康素养) is a compound of it, whose surplus in the Chinese is that compound repeated."""
    own = set(h.match.concepts)
    keys = [k for c in own for f in zh_forms(c) if len(k := zh_key(f)) >= 2]
    words = fold_en(h.match.form, lower=True)
    for t in tgt_hits:
        others = [c for c in t.match.concepts if c not in own
                  and not any(f" {words} " in f" {fold_en(f, lower=True)} " for f in en_forms(c))]
        if not others or not any(k in zh_key(t.surface) and k != zh_key(t.surface) for k in keys):
            continue
        word = _stem(h.match.form, alone=False)
        for c in others:
            said = _count(src_hits, c)
            derived = bool(word) and any(shared_stem(_stem(f, alone=True), word) for f in en_forms(c))
            if _count(tgt_hits, c) > said and (said or derived):
                return True
    return False


def _stem(form: str, alone: bool) -> str:
    """The derivational stem of an English form's last word (its head), or "" (`alone`: "" for a phrase too)."""
    words = fold_en(form, lower=True).split()
    if not words or not words[-1].isalpha() or alone and len(words) > 1:
        return ""
    return derivational_stem(words[-1])

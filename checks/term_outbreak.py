"""A virus named for its outbreak: "flying in the time of coronavirus" = 疫情期间乘飞机出行.

English news names an epidemic by its virus ("in the time of coronavirus", "the coronavirus has closed schools");
Chinese names it 疫情, "the epidemic situation", and no virus at all. The English virus is then the outbreak, said
by 疫情, where

- the concept is a virus (a Chinese form ending in 病毒, VIRUS_NAME_MIN characters or more: 冠状病毒);
- the Chinese of the bead says 疫情 and names no virus: no 病毒 anywhere in it (a Chinese naming a virus, this
  one's or another's, has the virus to render, and the English virus may be missing there).

Chinese names an epidemic as an event by 疫情 too, where English says "outbreak" or "pandemic" and a glossary lists
the word for its breaking out or its scale (暴发, 大流行). The English event is said by 疫情 (`event_said`) where
- the concept is an epidemic event: a Chinese form is one of EVENT_ZH or ends in one of EVENT_ENDS (疾病暴发);
- the Chinese of the bead says 疫情 outside every term match (a 疫情 inside another listed term is that term), once
  for each epidemic event the English of the bead names, by its words (EVENT_EN: outbreak, pandemic, epidemic,
  listed or not) and by its listed event terms written otherwise: one 疫情 says one event, so "During the COVID-19
  pandemic, an outbreak of measles was reported" = 新冠疫情期间，该市报告了多例麻疹病例 has its 疫情 for the
  pandemic, and the measles outbreak is missing, whether the glossary lists "pandemic" or not; and "After the
  outbreak, local governments strengthened epidemic control measures" = 各地随后加强了疫情防控措施 has its 疫情 for
  the epidemic of "epidemic control" (疫情防控), and "After the outbreak" is missing;
- no slip of a listed form stands (a listed form cut short, 流行 for 大流行, is a slip to report); and where the
  concept names the epidemic itself (`names_the_epidemic`: 大流行, 流行病, which share CC-CEDICT's "epidemic" with
  疫情), `term_excuses` asks it, as for a sibling word (`term_sibling`), only where the file's Chinese never writes
  the listed form in Han characters: 疫情 beside 大流行 in one file mixes two names of one thing, which the glossary
  is there to settle. 暴发/爆发 names the breaking out, not the epidemic: a file writing it (疫情暴发, "the
  epidemic's breaking out") and 疫情 for "the outbreak" elsewhere mixes no two names.
A bead without 疫情 has no word for the event, and the term is missing there.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from zhen_qa.checks.term_hits import Hit
from zhen_qa.checks.term_virus import VIRUS_NAME_MIN, VIRUS_ZH
from zhen_qa.manuscript.lazy_re import LazyPattern

OUTBREAK_ZH = "疫情"

EVENT_EN = LazyPattern(r"(?i)\b(?:outbreak|pandemic|epidemic)s?\b")
"""English words of an epidemic as an event (the adjective "epidemic" too: "epidemic control" = 疫情防控); not
"epidemiology", "epidemiological"."""


def outbreak_said(h: Hit, zh_text: str, zh_forms: Callable[[str], Iterable[str]]) -> bool:
    """Whether the English virus term `h` names the outbreak the Chinese `zh_text` says by 疫情 (see the module
    docstring). `zh_forms` gives a concept's accepted Chinese forms."""
    if h.lang != "en" or OUTBREAK_ZH not in zh_text or VIRUS_ZH in zh_text:
        return False
    return any(f.endswith(VIRUS_ZH) and len(f) >= VIRUS_NAME_MIN for c in h.match.concepts for f in zh_forms(c))


EVENT_ZH = frozenset({"流行", "流行病"})
"""Chinese forms of an epidemic as an event, listed whole (not the 流行 of 流行病学, "epidemiology")."""
EVENT_ENDS = ("暴发", "爆发", "大流行")
"""Endings of the Chinese forms of an epidemic's breaking out or its scale (暴发, 疫情暴发, 大流行)."""


def is_event(zh_forms: Iterable[str]) -> bool:
    """Whether a concept's Chinese forms name an epidemic as an event (see the module docstring)."""
    return any(f in EVENT_ZH or f.endswith(EVENT_ENDS) for f in zh_forms)


def names_the_epidemic(zh_forms: Iterable[str]) -> bool:
    """Whether a concept's Chinese forms name the epidemic itself (流行, 流行病, 大流行: 疫情 is a second name of it),
    not its breaking out (暴发, 爆发); see the module docstring."""
    return any(f in EVENT_ZH or f.endswith("大流行") for f in zh_forms)


def event_said(h: Hit, zh_unmatched: str, en_text: str, en_hits: Iterable[Hit],
               zh_forms: Callable[[str], Iterable[str]]) -> bool:
    """Whether the English term `h` names an epidemic as an event that the Chinese says by 疫情 (see the module
    docstring): `zh_unmatched` is the bead's Chinese with its term matches blanked out, `en_text` the English of the
    bead and `en_hits` its term hits (each epidemic event among them takes one 疫情: every EVENT_EN word, listed or
    not, and every listed event term written without one); `zh_forms` gives a concept's accepted Chinese forms."""
    if h.lang != "en" or OUTBREAK_ZH not in zh_unmatched or not any(is_event(zh_forms(c)) for c in h.match.concepts):
        return False
    events = len(EVENT_EN.findall(en_text))
    events += sum(1 for e in en_hits if any(is_event(zh_forms(c)) for c in e.match.concepts)
                  and not EVENT_EN.search(e.surface))
    return zh_unmatched.count(OUTBREAK_ZH) >= events

"""A virus named for its outbreak: "flying in the time of coronavirus" = 疫情期间乘飞机出行.

English news names an epidemic by its virus ("in the time of coronavirus", "the coronavirus has closed schools");
Chinese names it 疫情, "the epidemic situation", and no virus at all. The English virus is then the outbreak, said
by 疫情, where

- the concept is a virus (a Chinese form ending in 病毒, VIRUS_NAME_MIN characters or more: 冠状病毒);
- the Chinese of the bead says 疫情 and names no virus: no 病毒 anywhere in it (a Chinese naming a virus, this
  one's or another's, has the virus to render, and the English virus may be missing there).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from zhen_qa.checks.term_hits import Hit
from zhen_qa.checks.term_virus import VIRUS_NAME_MIN, VIRUS_ZH

OUTBREAK_ZH = "疫情"


def outbreak_said(h: Hit, zh_text: str, zh_forms: Callable[[str], Iterable[str]]) -> bool:
    """Whether the English virus term `h` names the outbreak the Chinese `zh_text` says by 疫情 (see the module
    docstring). `zh_forms` gives a concept's accepted Chinese forms."""
    if h.lang != "en" or OUTBREAK_ZH not in zh_text or VIRUS_ZH in zh_text:
        return False
    return any(f.endswith(VIRUS_ZH) and len(f) >= VIRUS_NAME_MIN for c in h.match.concepts for f in zh_forms(c))

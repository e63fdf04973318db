"""A virus the document names, referred back to as "the virus": 新型冠状病毒 = "the virus came from one of these
animals".

English names a virus once and then says "the virus", as it says "the disease" for a disease it has named
(`term_rendered.referred_back`); the Chinese, by its own norms, names it again. The virus is referred back to where

- the concept is a virus (a Chinese form ending in 病毒, VIRUS_NAME_MIN characters or more: 冠状病毒, not 病毒);
- the English of the document names it elsewhere (a reader knows which virus);
- the English says "the virus" (this, that virus), and names no other virus of the glossary in the bead: "the virus"
  beside another virus's name may be that one.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from zhen_qa.checks.term_hits import Hit
from zhen_qa.checks.term_virus import VIRUS_NAME_MIN, VIRUS_ZH

_THE_VIRUS = re.compile(r"(?<![A-Za-z])(?:the|this|that)\s+virus(?![A-Za-z])", re.I)


def _is_virus(forms: Iterable[str]) -> bool:
    return any(f.endswith(VIRUS_ZH) and len(f) >= VIRUS_NAME_MIN for f in forms)


def the_virus(h: Hit, tgt_hits: Sequence[Hit], text: str, named: set[str],
              zh_forms: Callable[[str], Iterable[str]]) -> bool:
    """Whether the Chinese virus term `h` is referred back to by "the virus" in the English `text` (see the module
    docstring). `named` are the concepts the document's English names; `zh_forms` gives a concept's Chinese forms."""
    own = set(h.match.concepts)
    if h.lang != "zh" or not own & named or not any(_is_virus(zh_forms(c)) for c in own):
        return False
    if any(_is_virus(zh_forms(c)) for t in tgt_hits for c in t.match.concepts if c not in own):
        return False
    return bool(_THE_VIRUS.search(text))

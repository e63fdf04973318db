"""本病, 该病, 此病: "this disease", a Chinese name for the disease a text is about, which the English may name.

A guideline's Chinese says 本病 for the disease it treats, named in another chapter or only in its title; the English
names it ("The COVID-19 belongs to plague in TCM" for 本病属于中医"疫"病范畴). `term_rendered.referred_back` needs the
disease named elsewhere in the file's Chinese, and no generic noun of the English's own ("the disease condition",
病情, here) that a generic 疾病 might render. A demonstrative disease noun needs neither: it says "this disease", one
known to the reader, and renders no generic noun. An English disease term is said by it where the Chinese of the bead
names no disease of its own (`term_missing` asks): 本病与流感鉴别 beside "COVID-19 ... from influenza" still lacks
the name.
"""
from __future__ import annotations

from zhen_qa.manuscript.lazy_re import LazyPattern

_THIS_DISEASE = LazyPattern(r"[该本此]病(?![毒菌人例理房床区原变灶史号种因情程患友])")
"""A demonstrative and 病 as a word (本病 "this disease"), not the start of another (本病例 "this case", 该病毒
"the virus", 该病因 "the cause")."""


def this_disease(text: str) -> bool:
    """Whether a Chinese text refers back to a disease by a demonstrative disease noun (本病, 该病, 此病)."""
    return bool(_THIS_DISEASE.search(text))



"""Per-bead rules of number-mismatch over numbers that are citation markers flattened onto the text: the other
side cites what this side reads as a number."""
from __future__ import annotations

import re

from zhen_qa.aligner.citations import extract_citations
from zhen_qa.aligner.numbers import number_key
from zhen_qa.checks.citations import glued_number
from zhen_qa.checks.number_beads import Bead

_COMMA_LIST = re.compile(r"\d{1,3}(?:,\d{1,3})+")
"""134,135: a thousands number, or two reference numbers flattened from a superscript onto a word."""



def flattened_citation_lists(b: Bead) -> None:
    """Drop a number written as a comma list (重排134,135，) each of whose parts the other side cites ("ALK
    rearrangements134,135"): superscript references flattened onto the text, read as 134135. A list the other
    side does not cite stays a number."""
    for miss, other in ((b.miss_en, b.en_side), (b.miss_zh, b.zh_side)):
        for s, n in list(miss):
            if _COMMA_LIST.fullmatch(n.text) and all(number_key(float(p)) in other.cites for p in n.text.split(",")):
                miss.remove((s, n))



def glued_to_citation(b: Bead) -> None:
    """Drop an English number that ends a name in the Chinese with a citation glued on (`glued_number`: 结构域12。 =
    "domain 1 … alveoli.2")."""
    markers = [c for s in b.zh for c in extract_citations(s.text.text, "zh") if c.kind == "trailing"
               and c.text.isdigit() and len(c.text) > 1]
    if not markers:
        return
    cites = {k for s in b.en for c in extract_citations(s.text.text, "en") for k in c.keys}
    for s, n in list(b.miss_zh):
        keys = {number_key(v) for v in n.endpoints()}
        if any(glued_number(c, keys, cites) for c in markers):
            b.miss_zh.remove((s, n))

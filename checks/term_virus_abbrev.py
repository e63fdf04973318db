"""A virus family said by its standard abbreviation inside a name: 冠状病毒 in MERS冠状病毒 = "MERS-CoV".

Virus nomenclature abbreviates the family inside every name it builds (ICTV: SARS-CoV, MERS-CoV, HCoV-229E; the
disease COVID-19 is "coronavirus disease 2019"); English writes the name, Chinese often spells it out
(严重急性呼吸综合征冠状病毒2型, MERS冠状病毒, 2019冠状病毒病), the family's term among its parts. NAMED is a closed
table of such abbreviations (family term -> the pattern of a name built on its abbreviation). The Chinese term is
then said by the English name where every use of it in the Chinese of the bead is glued into a name (a Latin letter
or digit next to it: MERS冠状病毒, 冠状病毒2型, 2019冠状病毒病) and the English has at least as many such names: a
term standing on its own (SARS-CoV-2是一种冠状病毒, "a substance") is the family itself and must be rendered.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from zhen_qa.checks.term_hits import Hit
from zhen_qa.glossary.normalize import fold_en

NAMED: dict[str, re.Pattern[str]] = {
    "coronavirus": re.compile(r"(?<![A-Za-z])(?:[A-Za-z]+-|[nhH])?CoVs?(?![a-z])|(?<![A-Za-z])COVID(?![A-Za-z])"),
}
"""English family terms and the names built on their standard abbreviation (SARS-CoV-2, nCoV, HCoVs, COVID-19)."""

_GLUE = re.compile(r"[A-Za-z0-9]")


def family_in_name(h: Hit, src_hits: Sequence[Hit], text: str, en_forms: Sequence[str]) -> bool:
    """Whether the Chinese term `h` (a virus family: its English forms `en_forms`) is said by names the English
    `text` builds on the family's abbreviation (see the module docstring); `src_hits` are the bead's Chinese
    matches."""
    if h.lang != "zh":
        return False
    patterns = [NAMED[k] for k in {fold_en(f, lower=True) for f in en_forms} if k in NAMED]
    if not patterns:
        return False
    uses = [o for o in src_hits if set(o.match.concepts) & set(h.match.concepts)]
    if not all(_glued(o) for o in uses):
        return False
    return sum(len(p.findall(text)) for p in patterns) >= len(uses)


def _glued(h: Hit) -> bool:
    """Whether a Chinese match has a Latin letter or a digit right before or after it (MERS冠状病毒, 冠状病毒2型)."""
    text = h.sentence.text.text
    before = text[h.match.start - 1] if h.match.start > 0 else ""
    after = text[h.match.end] if h.match.end < len(text) else ""
    return bool(_GLUE.fullmatch(before) or _GLUE.fullmatch(after))

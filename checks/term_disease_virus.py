"""A disease said by its virus: 新型冠状病毒肺炎 as "the novel coronavirus", the disease named by what causes it.

A Chinese disease name is often the virus's name with the disease after it (新型冠状病毒 + 肺炎), and English names
the disease by the virus alone ("the first known case of the novel coronavirus", "coronavirus deaths"), as it says
"the flu" or "COVID". `term_virus` says the other way (the virus named by its disease). A Chinese disease term
right after a virus's match in one word (the match ending in 病毒 "virus") is said where the English has the same
virus's term with no content word after it ("the novel coronavirus may ...", "of the coronavirus."): a content word
there ("novel coronavirus substance") may be the disease term replaced, and the disease is reported missing.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from zhen_qa.checks.term_hits import Hit
from zhen_qa.checks.term_virus import VIRUS_ZH

_NEXT_WORD = re.compile(r"[\s-]*([A-Za-z]+)")


def disease_by_virus(h: Hit, src_hits: Sequence[Hit], tgt_hits: Sequence[Hit], is_disease: bool,
                     stop_words: frozenset[str]) -> bool:
    """Whether a Chinese disease term (`is_disease`: the glossary says so) right after a virus's match (…病毒肺炎) is
    said by the English term of that virus with no content word after it (see the module docstring)."""
    if h.lang != "zh" or not is_disease:
        return False
    virus = next((o for o in src_hits if o.sentence is h.sentence and o.match.end == h.match.start
                  and o.surface.endswith(VIRUS_ZH)), None)
    if virus is None:
        return False
    ids = set(virus.match.concepts)
    for t in tgt_hits:
        if ids.isdisjoint(t.match.concepts):
            continue
        after = _NEXT_WORD.match(t.sentence.text.text, t.match.end)
        if after is None or after.group(1).lower() in stop_words:
            return True
    return False

"""A disease left to the context as the owner of a risk or a population: "The risk increases" for 肺癌危险也增加.

Chinese names whose risk or whose patients a sentence is about (肺癌危险 "lung cancer risk", III期胃癌患者 "stage III
gastric cancer patients") where English, the disease being the file's subject, says the risk or the patients alone
("The risk increases with the quantity of cigarettes", "15% of selected stage III patients"). The English leaves
the disease to the context; the reader knows whose risk it is. It is a rendering only where
- the Chinese term is right before the head (`_ZH_HEADS`: 风险, 危险, 患病风险; 患者, 病人), and the English has that
  head's word (risk, patients) with no content word right before it: a determiner, a number or stage ("stage III
  patients"), or an adjective or participle ("an increased risk", "metastatic patients"); a noun there ("substance
  risk") may be the term replaced by another word, and the term is then missing;
- the concept is named on both sides of another bead of the file (`Discourse.named_elsewhere`).
"""
from __future__ import annotations

import re

from zhen_qa.checks.term_hits import Hit
from zhen_qa.manuscript.lazy_re import LazyPattern

_ZH_HEADS = LazyPattern(r"(?:(?:患病|发病|发生)?(?:风险|危险)|患者|病人)")
"""What a disease term may own right after it: a risk (肺癌危险, 结直肠癌患病风险) or its patients (胃癌患者)."""
_EN_HEADS = {"风": r"risks?", "危": r"risks?", "患": r"(?:patients?|risks?)", "发": r"risks?", "病": r"patients?"}
_PLAIN_BEFORE = re.compile(r"(?:the|a|an|this|that|these|those|its|their|of|in|for|with|and|or|all|some|many|"
                           r"[ivx]+|\d+%?|[a-z]+(?:ed|ing|al|ic|ive|ary|ous|ant|ent))$", re.I)
"""A word before the English head that says no disease: a determiner or preposition, a number or stage numeral
("stage III patients"), an adjective or participle ("increased", "metastatic")."""


def owner_left(h: Hit, en_text: str) -> bool:
    """Whether a Chinese disease term owning a risk or patients (肺癌危险) has its head in the English with no
    content word before it ("The risk increases"; see the module docstring)."""
    if h.lang != "zh":
        return False
    m = _ZH_HEADS.match(h.sentence.text.text, h.match.end)
    if m is None:
        return False
    head = _EN_HEADS[m.group()[0]]
    for e in re.finditer(r"(?<![A-Za-z])" + head + r"(?![A-Za-z])", en_text, re.I):
        before = en_text[:e.start()].split()
        if not before or _PLAIN_BEFORE.fullmatch(before[-1].strip("(,;:")):
            return True
    return False

"""A disease left to the context as the owner of a risk: "The risk increases" for 肺癌危险也增加.

Chinese names whose risk a sentence is about (肺癌危险 "lung cancer risk", 结直肠癌患病风险) where English, the disease
named elsewhere in the file, says the risk alone ("The risk increases with the quantity of cigarettes", "conditions
with an increased risk"). The English leaves the disease to the context; the reader knows whose risk it is. It is a
rendering only where
- the Chinese term is right before the risk (`_ZH_RISK`: 风险, 危险, 患病风险, 发病风险), and the English has "risk"
  with no content word right before it: a determiner or preposition, or an adjective or participle ("an increased
  risk"); a noun there ("substance risk") may be the term replaced by another word, and the term is then missing;
- the concept is named on both sides of another bead of the file (`Discourse.named_elsewhere`).
A population is not so left: "stage II patients" for II期结肠癌患者 is the file's subject left to the context only where
the concept is that subject (`Discourse.topic`), a population being what a translator may drop the disease of by
mistake.
"""
from __future__ import annotations

import re

from zhen_qa.checks.term_hits import Hit
from zhen_qa.manuscript.lazy_re import LazyPattern

_ZH_RISK = LazyPattern(r"(?:患病|发病|发生)?(?:风险|危险)")
"""A risk a disease term owns right after it (肺癌危险, 结直肠癌患病风险)."""
_EN_RISK = re.compile(r"(?<![A-Za-z])risks?(?![A-Za-z])", re.I)
_PLAIN_BEFORE = re.compile(r"(?:the|a|an|this|that|these|those|its|their|of|in|for|with|and|or|all|some|"
                           r"[a-z]+(?:ed|ing|al|ic|ive|ary|ous|ant|ent))$", re.I)
"""A word before "risk" that says no disease: a determiner or preposition, an adjective or participle
("increased", "overall")."""


def owner_left(h: Hit, en_text: str) -> bool:
    """Whether a Chinese disease term owning a risk (肺癌危险) has the risk in the English with no content word
    before it ("The risk increases"; see the module docstring)."""
    if h.lang != "zh" or not _ZH_RISK.match(h.sentence.text.text, h.match.end):
        return False
    for e in _EN_RISK.finditer(en_text):
        before = en_text[:e.start()].split()
        if not before or _PLAIN_BEFORE.fullmatch(before[-1].strip("(,;:")):
            return True
    return False

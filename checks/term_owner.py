"""A disease left to the context as the owner of a risk or a stage: "The risk increases" for 肺癌危险也增加.

Chinese names whose risk a sentence is about (肺癌危险 "lung cancer risk", 结直肠癌患病风险, 结直肠癌绝对风险) where
English, the disease named elsewhere in the file, says the risk alone ("The risk increases with the quantity of
cigarettes", "conditions with an increased risk", "absolute risk of such neoplasms"); so too its stage (肝癌分期 "may
be dependent on stage"). The English leaves the disease to the context; the reader knows whose risk or stage it is.
It is a rendering only where
- the Chinese term is right before the risk (`_ZH_RISK`: 风险, 危险, 患病风险, 发病风险, with the kind of risk
  between: 绝对风险, 相对危险) and the English has "risk", or right before its stage (分期) and the English has
  "stage" or "staging", with no content word right before it: a determiner or preposition, or an adjective or
  participle ("an increased risk"; the kind of risk, "absolute", passed over); a noun there ("substance risk")
  may be the term replaced by another word, and the term is then missing;
- the risk or the stage is no other thing's: no of-phrase after it names another noun ("the risk of death", "the
  stage of the trial"; "the risk of such neoplasms" refers back, "the risk of onset" names the disease's own event),
  and "stage" is not a phase ("at this stage", "in
  the later stage");
- the concept is named on both sides of another bead of the file (`Discourse.named_elsewhere`).
A population is not so left: "stage II patients" for II期结肠癌患者 is the file's subject left to the context only where
the concept is that subject (`Discourse.topic`), a population being what a translator may drop the disease of by
mistake.
"""
from __future__ import annotations

import re

from zhen_qa.checks.term_hits import Hit
from zhen_qa.checks.term_plain_before import plain_before
from zhen_qa.manuscript.lazy_re import LazyPattern

_ZH_RISK = LazyPattern(r"(?:绝对|相对|累积|终生|终身)?(?:患病|发病|发生)?(?:风险|危险)")
"""A risk a disease term owns right after it (肺癌危险, 结直肠癌患病风险, 结直肠癌绝对风险)."""
_ZH_STAGE = LazyPattern(r"分期")
"""A stage a disease term owns right after it (肝癌分期)."""
_EN_RISK = re.compile(r"(?<![A-Za-z])risks?(?![A-Za-z])", re.I)
_EN_STAGE = re.compile(r"(?<![A-Za-z])(?:stages?|staging)(?![A-Za-z])", re.I)
_PLAIN_BEFORE = re.compile(r"(?:the|a|an|this|that|these|those|its|their|of|in|on|by|for|with|and|or|all|some|"
                           r"[a-z]+(?:ed|ing|al|ic|ive|ary|ous|ant|ent))$", re.I)
"""A word before "risk" or "stage" that says no disease: a determiner or preposition, an adjective or participle
("increased", "overall")."""
_REFERS_BACK = r"(?:such|this|these|that|those|the|its|their|it|them)\b"
_OWN_EVENT = (r"(?:(?:onset|occurrence|development|recurrence|progression|incidence)(?![A-Za-z])"
              rf"(?!\s+of\s+(?!{_REFERS_BACK})[A-Za-z])|developing\s+{_REFERS_BACK})")
"""The disease's own event as the of-phrase ("risk of onset" for 发病风险, "of occurrence" for 发生风险, "of
developing it"): still the disease's risk, unless the event is another noun's ("onset of diabetes")."""
_OWNED_BY_OTHER = re.compile(rf"\s+of\s+(?!{_REFERS_BACK}|{_OWN_EVENT})[A-Za-z]", re.I)
"""An of-phrase after the risk naming its owner by a noun ("risk of death"): another thing's risk, not the disease's
left to the context; "risk of such neoplasms", "of the disease" refer back to it, "risk of onset" is its own event."""
_OF = re.compile(r"\s+of\b", re.I)
"""An of-phrase after a stage: "the stage of the trial" is the trial's."""
_PHASE_BEFORE = re.compile(r"\b(?:at|this|that|these|those|next|late|later|final|same|each|every|current|present|"
                           r"first|second|third|initial)\s+$", re.I)
"""A word before "stage" that makes it a phase ("at this stage", "in the later stage"), not the disease's stage."""
_KIND_OF_RISK = frozenset({"absolute", "relative", "cumulative", "lifetime"})
"""The kind of a risk (绝对风险 "absolute risk"), passed over to the word before it: "substance absolute risk" may be
the term replaced."""


def owner_left(h: Hit, en_text: str) -> bool:
    """Whether a Chinese disease term owning a risk (肺癌危险) or a stage (肝癌分期) has the risk or the stage in the
    English with no content word before it ("The risk increases", "dependent on stage"; see the module docstring)."""
    if h.lang != "zh":
        return False
    text = h.sentence.text.text
    stage = bool(_ZH_STAGE.match(text, h.match.end))
    owned = _EN_RISK if _ZH_RISK.match(text, h.match.end) else _EN_STAGE if stage else None
    if owned is None:
        return False
    for e, plain in plain_before(en_text, owned, _PLAIN_BEFORE, _KIND_OF_RISK):
        after = en_text[e.end():]
        if not plain or _OWNED_BY_OTHER.match(after):
            continue
        if stage and (_PHASE_BEFORE.search(en_text[:e.start()]) or _OF.match(after)):
            continue
        return True
    return False

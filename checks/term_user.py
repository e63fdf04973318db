"""A drug left to the context as what its users use: "users" for 阿司匹林用药者, "untreated women" for
未接受他莫昔芬治疗的患者.

Chinese names what a group of people takes (阿司匹林用药者和非阿司匹林用药者 "aspirin users and nonusers";
未接受他莫昔芬治疗的患者 "patients not treated with tamoxifen") where English, the drug being the subject of the
passage, says "users", "nonusers" or "untreated" alone. It is a rendering only where
- the Chinese term is the object of the use: right before a user noun (`_ZH_USER`: 用药者, 使用者, 服用者), or
  after a negated taking (`_ZH_UNTREATED`: 未接受, 未使用, 未服用, 没有服用) with nothing but 治疗 after it, and
- the English has the matching word ("users"/"nonusers", or "untreated"/"nontreated") with no content word right
  before it: a determiner, a preposition or an adjective ("for users", "in untreated women"); a noun there
  ("substance users") may be the term replaced by another word, and the term is then missing.
"""
from __future__ import annotations

import re

from zhen_qa.checks.term_hits import Hit
from zhen_qa.manuscript.lazy_re import LazyPattern

_ZH_USER = LazyPattern(r"(?:的)?(?:用药者|使用者|服用者|用药人群|使用人群|服用人群)")
"""A user noun right after the drug (阿司匹林用药者)."""
_ZH_UNTREATED = LazyPattern(r"(?:未|没有|从未|未曾)(?:接受|使用|服用|应用|给予)$")
"""A negated taking right before the drug (未接受他莫昔芬治疗)."""
_ZH_TREATMENT_AFTER = LazyPattern(r"(?:治疗|用药|药物)?(?![\u4e00-\u9fff])|(?:治疗|用药)?的")
"""What may follow the drug after a negated taking: 治疗, then the end of the phrase (的患者)."""
_EN_USERS = re.compile(r"(?<![A-Za-z-])(?:non-?)?users?(?![A-Za-z-])", re.I)
_EN_UNTREATED = re.compile(r"(?<![A-Za-z-])(?:un|non-?)treated(?![A-Za-z-])", re.I)
_PLAIN_BEFORE = re.compile(r"(?:the|a|an|of|in|for|with|and|or|than|among|between|to|vs|versus|all|some|"
                           r"current|former|never|ever|regular|new|[a-z]+(?:ed|ing|al|ic|ive|ary|ous|ant|ent|ly))$",
                           re.I)
"""A word before "users" or "untreated" that names no drug: a determiner or preposition, an adjective, a participle
or an adverb."""


def _plain(en_text: str, pattern: re.Pattern[str]) -> bool:
    for m in pattern.finditer(en_text):
        before = en_text[:m.start()].split()
        if not before or _PLAIN_BEFORE.fullmatch(before[-1].strip("(,;:")):
            return True
    return False


def user_left(h: Hit, en_text: str) -> bool:
    """Whether a Chinese drug term is what its users use (阿司匹林用药者) or what some were not treated with
    (未接受他莫昔芬治疗), and the English says the users or the untreated alone (see the module docstring)."""
    if h.lang != "zh":
        return False
    sentence = h.sentence.text.text
    if _ZH_USER.match(sentence, h.match.end):
        return _plain(en_text, _EN_USERS)
    if _ZH_UNTREATED.search(sentence[:h.match.start]) and _ZH_TREATMENT_AFTER.match(sentence, h.match.end):
        return _plain(en_text, _EN_UNTREATED)
    return False

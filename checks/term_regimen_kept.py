"""A combination regimen whose one drug the Chinese keeps in Latin letters, named whole in the English:
5-FU-左旋咪唑辅助化疗 = "5-FU-levamisole".

Clinical English names a regimen by its drugs joined by a hyphen, a slash or a plus sign ("5-FU-levamisole prolonged
DFS and OS"); the Chinese names the drugs, keeps one of them in Latin letters (5-FU) and adds the treatment
(辅助化疗). `term_rendered.regimen_named` reads a regimen whose drugs the English writes by a name or a WHO stem;
a drug outside those stems (levamisole) leaves it unread. It is a rendering only where
- the Chinese term is a treatment (an English form ending in "therapy") right after a combination of the kept
  letters and a Chinese drug name (`_ZH_COMBINED`: 5-FU-左旋咪唑, 左旋咪唑/5-FU), and
- the English joins the same letters to a word likewise (`_en_combined`: 5-FU-levamisole, levamisole/5-FU) that
  ends a noun phrase: punctuation, a verb or a preposition follows (`_AFTER`), not another noun ("5-FU-levamisole
  substance": the treatment's word replaced).
"""
from __future__ import annotations

import re

from zhen_qa.checks.term_hits import Hit
from zhen_qa.glossary.model import Concept
from zhen_qa.manuscript.lazy_re import LazyPattern

_TREATMENT = re.compile(r"therapy$", re.I)
_LETTERS = r"(?:\d+-)?[A-Z][A-Z0-9]+"
_JOIN = r"\s*[-/+－／＋]\s*"
_ZH_COMBINED = LazyPattern(r"(?:(" + _LETTERS + r")" + _JOIN + r"[\u4e00-\u9fff]{2,}|[\u4e00-\u9fff]{2,}" + _JOIN
                           + r"(" + _LETTERS + r"))$")
"""The kept letters joined to a Chinese drug name, right before the term."""
_AFTER = LazyPattern(r"\s*(?:$|[^\sA-Za-z]|(?:was|were|is|are|has|have|had|and|or|plus|with|without|for|in|as|at|vs"
                     r"|versus|than|group|groups|arm|arms|regimens?|alone|may|might|can|could|should|would|will"
                     r"|[a-z]+ed)(?![A-Za-z]))", re.I)
"""What follows a regimen's name that says the treatment: punctuation, a verb, a preposition, an arm, "regimen"."""


def _en_combined(letters: str) -> re.Pattern[str]:
    kept = re.escape(letters)
    return re.compile(r"(?<![A-Za-z0-9])(?:" + kept + r"\s*[-/+]\s*[A-Za-z]{4,}|[A-Za-z]{4,}\s*[-/+]\s*" + kept
                      + r")(?![A-Za-z0-9])")


def kept_combination_named(h: Hit, concepts: list[Concept], en_text: str) -> bool:
    """Whether a Chinese treatment term follows a combination with a drug kept in Latin letters that the English
    names whole (see the module docstring)."""
    if h.lang != "zh" or not any(_TREATMENT.search(f) for c in concepts for f in c.accepted("en")):
        return False
    m = _ZH_COMBINED.search(h.sentence.text.text[:h.match.start])
    if m is None:
        return False
    letters = m.group(1) or m.group(2)
    return any(_AFTER.match(en_text, e.end()) for e in _en_combined(letters).finditer(en_text))

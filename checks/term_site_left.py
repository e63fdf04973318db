"""The site of a measurement left to the context: "CTGF levels" for 骨髓CTGF水平 in an abstract measuring CTGF in the
bone marrow.

A journal abstract says once, in its methods, where a marker is measured (骨髓上清液中CTGF, "CTGF in bone marrow
plasma"); its Chinese then names the site before the marker each time (骨髓CTGF水平, 血清VEGF含量) where its English
says the marker alone ("CTGF levels in patients with ≥3 bone lesions"). The reader knows where it was measured. It
is a rendering only where
- the Chinese term is right before a marker written in letters (`_ZH_MEASURED`: 骨髓CTGF水平, 骨髓中VEGF的表达), a
  measured quantity after it (水平, 含量, 浓度, 表达), and the English has the marker with no content word right
  before any occurrence of it: a determiner or preposition, or none ("The expression of VEGF", "CTGF levels"); a noun
  there ("substance CTGF levels") may be the term replaced by another word, and the term is then missing;
- the Chinese sentence names the marker at no other site (no Han word but 的 right before another occurrence of it):
  骨髓VEGF水平高于血清VEGF水平 compares two sites, and "VEGF levels were higher than serum VEGF levels" has lost one
  ("serum" before the second VEGF, a content word, refuses it on the English side too); nor does it compare the
  marker with another site after it (`_ZH_COMPARED_SITE`: 高于外周血, 高于患者血清的VEGF水平), the marker not
  written again or after 的;
- the concept is named on both sides of another bead of the file (`Discourse.named_elsewhere`).
"""
from __future__ import annotations

import re

from zhen_qa.checks.term_hits import Hit
from zhen_qa.checks.term_plain_before import plain_before
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN

_ZH_MEASURED = LazyPattern(r"(?:中的|中|内的|内)?([A-Za-z][A-Za-z0-9-]*)(?:蛋白|mRNA)?的?"
                           r"(?:表达水平|表达量|表达|水平|含量|浓度)")
"""A marker in letters and the quantity measured of it, right after the site (骨髓CTGF水平, 骨髓中VEGF的表达)."""
HAN_CHAR = re.compile(rf"[{HAN}]")
_ZH_IN = re.compile(r"(?:中的|中|内的|内)$")
"""The locative between a site and its marker (骨髓中VEGF), passed over."""
_SITE = r"(?:外周血|血清|血浆|全血|血液|脐血|尿|脑脊液|唾液|胸水|腹水|积液|组织|骨髓)"
_ZH_COMPARED_SITE = LazyPattern(rf"(?:高于|低于|大于|小于|多于|少于|不同于)[^，。；,;]{{0,8}}?{_SITE}"
                                rf"|[与和][^，。；,;]{{0,8}}?{_SITE}[^，。；,;]{{0,8}}?(?:相比|比较)")
"""A comparison with another site (高于外周血, 高于患者血清的VEGF水平, 与血浆相比): the sentence names two sites."""
_PLAIN_BEFORE = re.compile(r"(?:the|a|an|this|that|these|those|its|their|of|in|on|for|with|and|or|by|than|as|"
                           r"whose|which|where|when|both|all|total|mean|median|high|higher|low|lower|[0-9.%]+)$",
                           re.I)
"""A word before the marker that says no site: a determiner, a preposition or conjunction, a word of amount."""


def _other_site(before: str, term: str) -> bool:
    """Whether the Chinese `before` a marker ends with a word other than the term that may be its site: a Han
    character right before the marker (血清VEGF, 外周血中VEGF), not the possessive 的 (患者的CTGF水平)."""
    before = _ZH_IN.sub("", before)
    return bool(before) and bool(HAN_CHAR.fullmatch(before[-1])) and before[-1] != "的" and not before.endswith(term)


def site_left(h: Hit, en_text: str) -> bool:
    """Whether a Chinese term naming the site of a measured marker (骨髓CTGF水平) has the marker in the English with
    no content word before it ("CTGF levels"; see the module docstring)."""
    if h.lang != "zh":
        return False
    zh = h.sentence.text.text
    m = _ZH_MEASURED.match(zh, h.match.end)
    if not m:
        return False
    marker = re.escape(m.group(1))
    if any(_other_site(zh[:o.start()], h.surface)
           for o in re.finditer(rf"(?<![A-Za-z0-9-]){marker}(?![A-Za-z0-9])", zh)):
        return False  # 骨髓VEGF水平高于血清VEGF水平: the marker at another site too, each site then needed
    if _ZH_COMPARED_SITE.search(zh, m.end()):
        return False  # 骨髓VEGF水平高于外周血: the term's site is the one compared, and needed
    found = [plain for _, plain in plain_before(en_text, re.compile(rf"(?<![A-Za-z0-9-]){marker}(?![A-Za-z0-9])"),
                                                _PLAIN_BEFORE)]
    return bool(found) and all(found)

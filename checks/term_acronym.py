"""A Chinese term rendered inside a standard computing acronym (term-missing, Chinese terms): 为了避免内存不足 = "to
avoid OOM", 大模型的推理 = "LLM inference".

Technical English writes some phrases only by an acronym every reader of the field knows and no page defines (OOM,
"out of memory"; LLM, "large language model"). The Chinese writes the phrase in words (内存不足, 大模型), so the term
inside it (内存 "memory", 模型 "model") has no English word of its own: the acronym says it. STANDARD is a closed
table of such acronyms, each standing for one phrase only in computing (left out: PP, TP, DP, which name a strategy
or a process count; CD, KV, PR, which stand for several things). The acronym renders the term only where
- an English form of the term's concept is a word or words of the acronym's phrase (memory in "out of memory",
  model in "large language model");
- the English writes the acronym as a word of its own, in capitals as listed (a plural s allowed: LLMs), not right
  after an opening bracket: "Large Language Models (LLMs)" defines it, and the words before it must say the term;
- and the English's uses of such acronyms and of the concept's English forms number at least the bead source's
  matches of the concept (`times`): 大模型的推理受限于模型大小 = "LLM inference is limited by size" has two 模型 and
  one LLM, and the second 模型 stays missing.
An acronym whose phrase holds another word ("LLM inference" for 内存) or the term dropped beside an acronym it is
no part of keeps the finding.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from zhen_qa.manuscript.lazy_re import LazyPattern

STANDARD: dict[str, str] = {
    "OOM": "out of memory",
    "LLM": "large language model",
    "VLM": "vision language model",
    "API": "application programming interface",
    "CLI": "command line interface",
    "GUI": "graphical user interface",
    "SDK": "software development kit",
    "IDE": "integrated development environment",
    "RPC": "remote procedure call",
    "QPS": "queries per second",
    "NLP": "natural language processing",
    "MoE": "mixture of experts",
}
"""Acronyms of computing that stand for one phrase only, and that phrase."""

_ACRONYM = LazyPattern(r"(?<![A-Za-z0-9_-])(" + "|".join(sorted(STANDARD, key=len, reverse=True))
                       + r")s?(?![A-Za-z0-9_])")


_BRACKET_BEFORE = LazyPattern(r"[(\[（【]\s*\Z")
"""An opening bracket right before an acronym: "Large Language Models (LLMs)" defines it, and the words before it
must render the term themselves."""


def _holds(phrase: str, form: str) -> bool:
    """Whether the English `form` is a word or words of `phrase` (memory in "out of memory")."""
    return re.search(r"(?<![a-z])" + re.escape(form.lower()) + r"(?![a-z])", phrase) is not None


def acronym_said(en_forms: Iterable[str], en_text: str, times: int) -> bool:
    """Whether `en_text` says a form of `en_forms` by standard acronyms (see the module docstring) as many times as
    the source says the concept (`times`), the forms written out counted too."""
    forms = [f for f in en_forms if f.strip()]
    uses = sum(1 for m in _ACRONYM.finditer(en_text)
               if not _BRACKET_BEFORE.search(en_text, 0, m.start())
               and any(_holds(STANDARD[m.group(1)], f) for f in forms))
    if not uses:
        return False
    written = sum(len(re.findall(r"(?<![A-Za-z])" + re.escape(f) + r"s?(?![A-Za-z])", en_text, re.IGNORECASE))
                  for f in forms)
    return uses + written >= times

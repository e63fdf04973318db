"""A Chinese term rendered inside a standard computing acronym (term-missing, Chinese terms): 为了避免内存不足 = "to
avoid OOM", 大模型的推理 = "LLM inference".

Technical English writes some phrases only by an acronym every reader of the field knows and no page defines (OOM,
"out of memory"; LLM, "large language model"). Where the Chinese writes that phrase in words (内存不足, 大模型), the
term inside it (内存 "memory", 模型 "model") has no English word of its own: the acronym says it. STANDARD is a
closed table of such acronyms, each standing for one phrase only in computing (left out: PP, TP, DP, which name a
strategy or a process count; CD, KV, PR, which stand for several things), with the Chinese words for that phrase.
Where it came from: OOM and LLM from the two labelled false findings that showed the class (colossalai-heldout
basics/booster_checkpoint zh 22 为了避免内存不足 = "to avoid OOM"; lmdeploy-heldout pytorch zh 35 大模型的推理 = "LLM
inference"); the other ten added by hand, acronyms of the same kind with their usual Chinese renderings (API
应用程序编程接口, SDK 软件开发工具包, …), none seen in a labelled finding.

The acronym renders the term only where
- the Chinese term stands inside a rendering of the acronym's whole phrase (`ZH`): 内存 in 内存不足, where 不足 says
  "out of"; 模型 in 大模型, where 大 says "large". A term alone (应用程序 for "application" beside an API) is no
  rendering of "application programming interface";
- an English form of the term's concept is a word or words of the acronym's phrase (memory in "out of memory",
  model in "large language model");
- the English writes the acronym as a word of its own, in capitals as listed (a plural s allowed: LLMs), not right
  after an opening bracket: "Large Language Models (LLMs)" defines it, and the words before it must say the term;
  and each use of the acronym the Chinese itself writes in Latin letters (应用程序编程接口（API）, 通过 API) is that
  Latin acronym's own rendering, not the phrase's;
- and the English's uses of such acronyms and of the concept's English forms number at least the bead source's
  matches of the concept (`times`): 大模型的推理受限于模型大小 = "LLM inference is limited by size" has two 模型 and
  one LLM, and the second 模型 stays missing.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from zhen_qa.manuscript.lazy_re import LazyPattern


class Acronym(NamedTuple):
    """A standard acronym's phrase in English and the Chinese words that write that phrase out."""

    phrase: str
    zh: LazyPattern


STANDARD: dict[str, Acronym] = {
    "OOM": Acronym("out of memory", LazyPattern(r"[内显]存(?:不足|溢出|耗尽)")),
    "LLM": Acronym("large language model", LazyPattern(r"(?<![最较更])大(?:型)?(?:语言)?模型")),
    "VLM": Acronym("vision language model", LazyPattern(r"视觉语言模型")),
    "API": Acronym("application programming interface", LazyPattern(r"应用(?:程序)?编程接口")),
    "CLI": Acronym("command line interface", LazyPattern(r"命令行(?:界面|接口)")),
    "GUI": Acronym("graphical user interface", LazyPattern(r"图形(?:用户)?界面")),
    "SDK": Acronym("software development kit", LazyPattern(r"软件开发(?:工具)?包")),
    "IDE": Acronym("integrated development environment", LazyPattern(r"集成开发环境")),
    "RPC": Acronym("remote procedure call", LazyPattern(r"远程过程调用")),
    "QPS": Acronym("queries per second", LazyPattern(r"每秒查询(?:次数|数|率)")),
    "NLP": Acronym("natural language processing", LazyPattern(r"自然语言处理")),
    "MoE": Acronym("mixture of experts", LazyPattern(r"混合专家")),
}
"""Acronyms of computing that stand for one phrase only: that phrase, and the Chinese words for it."""

_ACRONYM = LazyPattern(r"(?<![A-Za-z0-9_-])(" + "|".join(sorted(STANDARD, key=len, reverse=True))
                       + r")s?(?![A-Za-z0-9_])")


_BRACKET_BEFORE = LazyPattern(r"[(\[（【]\s*\Z")
"""An opening bracket right before an acronym: "Large Language Models (LLMs)" defines it, and the words before it
must render the term themselves."""


def _holds(phrase: str, form: str) -> bool:
    """Whether the English `form` is a word or words of `phrase` (memory in "out of memory")."""
    return re.search(r"(?<![a-z])" + re.escape(form.lower()) + r"(?![a-z])", phrase) is not None


def _uses(text: str, brackets: bool) -> dict[str, int]:
    """By acronym, its uses as a word in `text`; with `brackets` False, not those right after an opening bracket."""
    found: dict[str, int] = {}
    for m in _ACRONYM.finditer(text):
        if brackets or not _BRACKET_BEFORE.search(text, 0, m.start()):
            found[m.group(1)] = found.get(m.group(1), 0) + 1
    return found


def _inside_phrase(acronym: Acronym, zh_sentence: str, start: int, end: int) -> bool:
    """Whether the Chinese term at `start`-`end` of `zh_sentence` stands inside the acronym's phrase written out."""
    return any(m.start() <= start and end <= m.end() for m in acronym.zh.finditer(zh_sentence))


def acronym_said(en_forms: Iterable[str], zh_sentence: str, start: int, end: int, zh_source: str, en_text: str,
                 times: int) -> bool:
    """Whether `en_text` says a form of `en_forms` by standard acronyms (see the module docstring) as many times as
    the source says the concept (`times`), the forms written out counted too. The Chinese term is at `start`-`end`
    of `zh_sentence`; `zh_source` is the bead's whole Chinese, whose Latin acronyms render the English's own."""
    forms = [f for f in en_forms if f.strip()]
    kept = _uses(zh_source, brackets=True)
    uses = sum(max(0, n - kept.get(name, 0)) for name, n in _uses(en_text, brackets=False).items()
               if any(_holds(STANDARD[name].phrase, f) for f in forms)
               and _inside_phrase(STANDARD[name], zh_sentence, start, end))
    if not uses:
        return False
    written = sum(len(re.findall(r"(?<![A-Za-z])" + re.escape(f) + r"s?(?![A-Za-z])", en_text, re.IGNORECASE))
                  for f in forms)
    return uses + written >= times

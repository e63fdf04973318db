"""A short answer the aligner merged into the English beside it: 有的。 = "Yes." (FAQ pages).

A FAQ answers a question heading with one word before the explanation: `## 文档有离线版本吗` / `有的。` /
`提供 HTML 格式的离线文档…`, rendered `Yes.` / `An offline HTML version … is provided.`. The lexicon has no
Chinese for "Yes" (有的 is glossed "some"), so the aligner joins "Yes." to the explanation's bead and leaves 有的。
alone, reported as untranslated. The answer is there: the neighbouring bead's English opens (or the bead before
ends) with the answer word of the same polarity. A one-word answer whose English has no such word ("Yes." dropped,
or "No." for 有的) stays reported.
"""
from __future__ import annotations

from zhen_qa.manuscript.document import Pair
from zhen_qa.manuscript.lazy_re import LazyPattern

__all__ = ["answered_beside"]

_YES = frozenset({"有", "有的", "是", "是的", "对", "对的", "可以", "能", "会", "支持", "需要", "要"})
_NO = frozenset({"没有", "没", "不", "不是", "不对", "不可以", "不能", "不会", "不支持", "不需要", "否"})
_TAIL = "。！!.，, "
_EN_ANSWER = LazyPattern(r"(?i)\s*(yes|no)\b")
"""An English sentence opening with the answer word."""


def _polarity(zh: str) -> str:
    """"yes" or "no" for a one-word Chinese answer, "" for anything else."""
    word = zh.strip().rstrip(_TAIL)
    return "yes" if word in _YES else "no" if word in _NO else ""


def answered_beside(pair: Pair, i: int) -> bool:
    """Whether bead `i` is a one-word Chinese answer alone (有的。, 不能。) whose English answer word ("Yes.", "No.")
    opens the next bead's English or is the last English sentence of the bead before."""
    bead = pair.beads[i]
    if bead.en or len(bead.zh) != 1:
        return False
    polarity = _polarity(pair.zh[bead.zh[0]].text.text)
    if not polarity:
        return False
    near: list[str] = []
    if i + 1 < len(pair.beads) and pair.beads[i + 1].en:
        near.append(pair.en[pair.beads[i + 1].en[0]].text.text)  # "Yes." or "Yes, an offline version …"
    if i > 0 and pair.beads[i - 1].en:
        last = pair.en[pair.beads[i - 1].en[-1]].text.text
        if len(last.split()) <= 2:
            near.append(last)  # the bead before ends with the answer alone
    return any((m := _EN_ANSWER.match(text)) is not None and m.group(1).lower() == polarity for text in near)

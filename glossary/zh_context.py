"""Context rules of Chinese term matching: where a candidate the segmentation accepts is still not the term.

A one-character term is grammar when it is one of `GRAMMATICAL` (无 "no", 对 "to"), and no term when it is a
localizer closing a frame opened in its clause (在研究中: `closes_frame`). The comparative 比: a term joins jieba's
dictionary with the frequency jieba suggests for it, just above that of its own split, so a term made of two words
(风险|比) is always one token, and its split has word boundaries at both of its ends anyway: no segmentation tells
风险比为0.71 ("the hazard ratio was") from 风险比安慰剂组低 ("the risk was lower than with placebo"). A term ending
in 比 is therefore rejected where that 比 reads as the preposition of a comparison (`compares`), and the shorter
term before it may match. So is a term ending in 病 where that 病 begins 病毒 or 病菌 (`names_pathogen`: 结核病菌 "TB
germs" is no mention of 结核病, whatever jieba's cut).
"""
from __future__ import annotations

from zhen_qa.aligner.jieba_base import JIEBA_HAN
from zhen_qa.manuscript.lazy_re import LazyPattern

LOCALIZERS = frozenset("中上下内外里间前后时")
"""Characters that close a locative frame (在研究中, 于表面上): as one-character terms they match only outside one."""

FRAME_OPENERS = frozenset("在于从当自")
"""Prepositions that open a locative frame closed by one of LOCALIZERS."""

GRAMMATICAL = frozenset("的了着过是有无没不非未已也都又再就才并而且或及与和同跟对向往被把将让给以于之其此该各每从自")
"""One-character words that are grammar in running text (无 "no", 对 "to", 将 "will"): as one-character terms
they never match, whatever the glossary means by them (a software glossary's 无 "none")."""

FRAME = 20
"""Characters looked back from a localizer for the preposition of its frame (within the same clause)."""

_CLAUSE_END = LazyPattern(r"[，。；：！？,;:!?、\n]")

COMPARATIVE = "比"
"""The comparative preposition ("A 比 B 低", A is lower than B): the last character of terms such as 风险比 (hazard
ratio), 比值比, 优势比, 信噪比, where a subject ending in the rest of the term (风险, 比值...) can be followed by it."""

COMPARED = frozenset("高低多少大小长短快慢好差强弱轻重早晚优劣增减升降")
"""Predicate characters of a comparison (低 "lower", 增加 "increased"): "…的风险比安慰剂组低" compares; the term
is not there."""

NOT_COMPARED = frozenset("为是值的在达约均分显明略更稍较仍也都已未无不没有等近和与及或比")
"""Characters that, right after a term ending in 比, start its predicate or a coordination (风险比为0.71,
风险比显著降低, 风险比和…, 比值比比…): the 比 closes the term, no compared noun follows."""

NOT_COMPARED_WORDS = ("接近", "相等", "相同", "相似", "相近", "相当", "相比", "提示", "表明", "表示", "说明", "证明",
                      "证实", "意味", "支持")
"""Predicate words that, right after a term ending in 比, say what the ratio was or shows (风险比接近1, 风险比提示…).
Words, not their first characters: 接受安慰剂者 ("those given placebo"), 支架组 are nouns a comparison names
(风险比接受安慰剂后低41% = the risk was 41% lower than with placebo)."""

COMPARE_SPAN = 16
"""Characters of the clause after a term ending in 比 in which the predicate of a comparison is looked for."""


def compares(folded: str, start: int, end: int) -> bool:
    """True if the candidate [start, end) ends in the comparative 比 that reads as the preposition of a comparison:
    a noun follows (not a predicate, a copula or a coordination) and a comparative predicate closes the clause
    (死亡风险比安慰剂组低 = the risk of death was lower than with placebo, not 风险比 "hazard ratio")."""
    if end - start < 2 or folded[end - 1] != COMPARATIVE or end >= len(folded):
        return False
    clause = _CLAUSE_END.split(folded[end:end + COMPARE_SPAN], maxsplit=1)[0]
    if not clause or clause[0] in NOT_COMPARED or clause.startswith(NOT_COMPARED_WORDS) \
            or not (JIEBA_HAN.match(clause[0]) or clause[0].isalpha()):
        return False  # a digit or a bracket: 风险比0.71, 风险比（HR）
    if clause[0] in COMPARED:
        return False  # 风险比低于1, 风险比降低了: the predicate of the term itself
    return any(ch in COMPARED for ch in clause[1:])


def closes_frame(folded: str, i: int) -> bool:
    """True if folded[i] is a localizer that closes a locative frame opened in its clause (在研究中, 于表面上)."""
    if folded[i] in LOCALIZERS:
        clause = _CLAUSE_END.split(folded[max(0, i - FRAME):i])[-1]
        if any(ch in FRAME_OPENERS for ch in clause):
            return True
    return False


PATHOGEN_HEADS = frozenset("毒菌")
"""Characters that make 病 the first half of a pathogen's word (病毒 "virus", 病菌 "germ"); 病原 is left out
(心脏病原因 is 心脏病 + 原因 "cause")."""


def names_pathogen(folded: str, start: int, end: int) -> bool:
    """True if the candidate [start, end) ends in 病 that, with the character after it, names the disease's pathogen:
    结核病菌 is 结核 + 病菌 ("TB germs"), 艾滋病毒 艾滋 + 病毒 (HIV), not the disease terms 结核病, 艾滋病 (jieba's
    dictionary cuts 结核病|菌); the shorter term before the 病 may match."""
    return end - start >= 2 and end < len(folded) and folded[end - 1] == "病" and folded[end] in PATHOGEN_HEADS

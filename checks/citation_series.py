"""A number glued to a noun that the document uses to number a series: a member's number, no reference number.

成员集群3。 ("member cluster 3") ends a sentence as a flattened reference number does (研究3。), and a sentence alone
cannot tell them apart. The document can: where it also opens a sentence with the same noun and a number as a
label, a colon right after the number, with two numbers or more (成员集群1: … 成员集群2:, 步骤1：… 步骤2：), the noun
numbers members of a series, and a number glued to it at a clause end is that member's when it is one the labels use
or the next one (成员集群3。 after labels 1 and 2); a number far beyond them (病例1：… 病例2：… 类似病例12。) is a
reference number again. A reference number stands after any word and not only at a clause end — flattened
superscripts sit mid-sentence too (在黑色素瘤患者8和肾细胞癌患者9中, 突变标签29的肿瘤) — but never as a label
opening a sentence: a noun glued to reference numbers elsewhere (研究3。 … 研究12。, 患者8和) shows no series, and its
numbers are still read as citations. A number followed by a classifier (断食2日, 增加1年) is a count, no label either.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from zhen_qa.manuscript.document import Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN

__all__ = ["MIN_MEMBERS", "NOUN_CHARS", "member_noun", "series_nouns"]

NOUN_CHARS = 2
"""Han characters before the number taken as its noun (集群 of 成员集群3, 阶段 of 阶段2): one character is too often a
verb or a particle (到3, 于3)."""
LABEL_LEAD = 6
"""Han characters a label may have before its noun (成员集群1: has 成员 before 集群)."""
_MEMBER = LazyPattern(r"^\s*[" + HAN + r"]{0," + str(LABEL_LEAD) + r"}?([" + HAN + r"]{" + str(NOUN_CHARS)
                      + r"})(\d{1,3})[:：]")
"""A sentence opening with a noun and a number as a label, a colon right after the number: a place where no reference
number stands."""
MIN_MEMBERS = 2
"""Distinct numbers a noun must label for a series: one label (结果1：) may be a lone heading's number."""
_BEFORE = LazyPattern(r"([" + HAN + r"]{" + str(NOUN_CHARS) + r"})$")


def series_nouns(sentences: Iterable[Sentence]) -> dict[str, int]:
    """The nouns the Chinese `sentences` (a document's) open a sentence with, a number and a colon after them, as a
    label where no reference number stands (`_MEMBER`), with MIN_MEMBERS distinct numbers: the nouns of numbered
    series, each with its highest label number."""
    labels: defaultdict[str, set[int]] = defaultdict(set)
    for s in sentences:
        for m in _MEMBER.finditer(s.text.text):
            labels[m.group(1)].add(int(m.group(2)))
    return {noun: max(numbers) for noun, numbers in labels.items() if len(numbers) >= MIN_MEMBERS}


def member_noun(text: str, start: int, keys: Iterable[str], series: Mapping[str, int]) -> bool:
    """Whether the number at `start` of `text` (its values `keys`) is glued to one of the document's `series` nouns
    (`series_nouns`) and is a member: every value at most one past the series' highest label."""
    m = _BEFORE.search(text, 0, start) if series else None
    if m is None or m.group(1) not in series:
        return False
    return all(k.isdigit() and int(k) <= series[m.group(1)] + 1 for k in keys)

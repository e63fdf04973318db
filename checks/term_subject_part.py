"""A narrower disease named by the file's subject disease contracted: 结肠癌 in a colorectal cancer summary.

A summary about colorectal cancer (结直肠癌, the file's subject disease: `term_subject`) often says which part of it a
sentence is about in Chinese only (虽然多数研究表明结肠癌与肉类或脂肪的摄入呈正相关 for "Although positive
associations with meat consumption ... have been found"): the English leaves the disease to the context, as it does
for the subject itself. A disease is such a part of the subject where its name is the subject's own name with
characters or words left out, in both languages, keeping the head: 结肠癌 is 结直肠癌 without 直 (same first and last
character), "colon cancer" is "colorectal cancer" with the same head word and a modifier that begins the same way
("colon", "colorectal"). Another disease of the same organ system is no part of it: 胃癌 shares no first character
with 结直肠癌. As for the subject, the other side of the bead must name no disease of the glossary, and `term_missing`
asks the listed form mistyped first.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from zhen_qa.checks.term_hits import Hit
from zhen_qa.checks.term_subject import SubjectDisease
from zhen_qa.glossary.model import Concept
from zhen_qa.glossary.normalize import fold_en

PREFIX_MIN = 3
"""Letters the first English words of the two names share ("col" of colon and colorectal)."""


def _in_order(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def zh_contracted(short: str, long: str) -> bool:
    """Whether a Chinese name is another with characters left out, the first and last kept (结肠癌 of 结直肠癌)."""
    return 2 <= len(short) < len(long) and short[0] == long[0] and short[-1] == long[-1] and _in_order(short, long)


def en_contracted(short: str, long: str) -> bool:
    """Whether an English name is another's narrower form: the same head word, as many words or fewer, the first
    words beginning alike (colon cancer of colorectal cancer)."""
    a, b = fold_en(short, lower=True).split(), fold_en(long, lower=True).split()
    return len(a) >= 2 and a != b and len(a) <= len(b) and a[-1] == b[-1] \
        and a[0][:PREFIX_MIN] == b[0][:PREFIX_MIN] and len(a[0]) >= PREFIX_MIN


def part_of(narrow: Concept, whole: Concept) -> bool:
    """Whether a concept's name is the other's contracted in both languages (see the module docstring)."""
    return any(zh_contracted(a, b) for a in narrow.accepted("zh") for b in whole.accepted("zh")) \
        and any(en_contracted(a, b) for a in narrow.accepted("en") for b in whole.accepted("en"))


def part_left(subject: SubjectDisease, h: Hit, target_hits: Sequence[Hit], concept: Callable[[str], Concept],
              is_disease: Callable[[str], bool]) -> bool:
    """Whether the hit names a part of its file's subject disease (`part_of`), and the other side of the bead
    names no disease of the glossary: the English leaves it to the context as it does the subject."""
    whole = subject.of(h)
    if whole is None or whole in h.match.concepts:
        return False
    if not any(is_disease(c) and part_of(concept(c), concept(whole)) for c in h.match.concepts):
        return False
    return not any(is_disease(c) for t in target_hits for c in t.match.concepts)

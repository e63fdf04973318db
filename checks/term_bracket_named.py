"""A Chinese term inside a word the Chinese itself names in English in a bracket right after it, the English writing
that name (term-missing, Chinese terms): 投递等级（delay level） where the English table says "delay level" (投递 listed
"deliver").

A bracket of English words right after a Chinese word gives the word's original name on purpose. When the aligned
English writes that name, it renders the whole bracketed word, and the term inside it is said as the Chinese's own
gloss says it, whether or not the name holds the term's listed English. It is that only where
- the term opens a compound whose Han characters run on from it to the bracket (投递等级: not 投递 alone, which a
  bracket of other words would rename against the glossary), at most HEAD_MAX characters after the term (more runs
  into other words: 化疗后肺癌（NSCLC）);
- the bracket holds two or more Latin words (and spaces, hyphens), of GLOSS_MIN letters or more — a phrase naming a
  compound, not an abbreviation; and
- the English writes those words as one phrase (any case, spaces or hyphens between them).
The English without the bracket's name (the word dropped or said otherwise) leaves the term missing.
"""
from __future__ import annotations

import re

from zhen_qa.manuscript.script import is_han

HEAD_MAX = 2
"""Most Han characters between the term and the bracket: the compound's head (等级 of 投递等级); more runs into other
words (化疗后肺癌（NSCLC）, where the bracket names 肺癌)."""

GLOSS_MIN = 4
"""Fewest letters of the bracket's English name."""

_BRACKET = re.compile(r"[（(][ \t]*(?P<name>[A-Za-z][A-Za-z \t-]*[A-Za-z])[ \t]*[）)]")


def bracket_name(zh_text: str, start: int, end: int) -> str:
    """The English name the bracket after the Han characters running on from zh_text[start:end] gives, or ""."""
    stop = end
    while stop < len(zh_text) and is_han(zh_text[stop]):
        stop += 1
    m = _BRACKET.match(zh_text, stop)
    if m is None:
        return ""
    if stop == end or stop - end > HEAD_MAX:
        return ""  # the term itself bracketed, or the bracket after other words
    name = m.group("name")
    if len(re.findall(r"[A-Za-z]+", name)) < 2:
        return ""  # one word (an abbreviation: NSCLC) names no two-part compound
    return name if sum(ch.isalpha() for ch in name) >= GLOSS_MIN else ""


def named_in_bracket(zh_text: str, start: int, end: int, en_text: str) -> bool:
    """Whether the English writes the name the Chinese brackets after the word holding the term (see the module
    docstring)."""
    name = bracket_name(zh_text, start, end)
    if not name:
        return False
    words = re.findall(r"[A-Za-z]+", name)
    pattern = r"(?<![A-Za-z])" + r"[\s-]*".join(map(re.escape, words)) + r"(?![A-Za-z])"
    return re.search(pattern, en_text, re.I) is not None

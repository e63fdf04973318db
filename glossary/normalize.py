"""Length-preserving text folding for term matching: width, script (Traditional→Simplified), look-alike radicals
(⼊→入) and case.

Every fold returns a string of the same length as its input, character for character, so an offset
into the folded text is the offset into the original: the offset map back is the identity.
Script conversion uses OpenCC's character table (from opencc-python-reimplemented), applied
character by character, so phrase-level conversions that would change the length are not used.
"""
from __future__ import annotations

import importlib.util
import os
import re
from functools import lru_cache

from zhen_qa.manuscript.lookalike import lookalikes

_FULLWIDTH_ALNUM = {
    **{0xFF10 + i: 0x30 + i for i in range(10)},
    **{0xFF21 + i: 0x41 + i for i in range(26)},
    **{0xFF41 + i: 0x61 + i for i in range(26)},
}

_EN_EXTRA = {
    ord("-"): " ", 0x2010: " ", 0x2011: " ",  # hyphens: "stem-cell" matches "stem cell"
    0x2019: "'", 0x2018: "'", 0x02BC: "'", 0x2032: "'", 0xFF07: "'",  # apostrophes
    ord("\n"): " ", ord("\t"): " ", 0x00A0: " ", 0x3000: " ", 0x2009: " ", 0x202F: " ",
}


_ONE_TO_ONE = re.compile(r"^([^\t\n])\t([^\t\n ])(?: [^\t\n]*)?$", re.M)
"""A line of an OpenCC dictionary file whose source is one character and whose first candidate is one character:
source, a tab, the candidates separated by spaces (and no other tab)."""


def _opencc_characters(name: str) -> dict[int, int]:
    """One-to-one character pairs of an OpenCC dictionary file (first candidate of each; a later line wins).

    The file is found without importing opencc (its converter is not used) and read with one regular expression,
    not a Python loop over its lines (TSCharacters.txt, 4,113 lines: 33 million instructions to 5 million)."""
    spec = importlib.util.find_spec("opencc")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("opencc (opencc-python-reimplemented) is not installed")
    path = os.path.join(list(spec.submodule_search_locations)[0], "dictionary", name)
    with open(path, encoding="utf-8") as fh:
        return one_to_one(fh.read())


def one_to_one(text: str) -> dict[int, int]:
    """{source: first candidate} of the lines of an OpenCC dictionary where both are one character and differ."""
    return {ord(src): ord(target) for src, target in _ONE_TO_ONE.findall(text) if src != target}


@lru_cache(maxsize=1)
def _zh_table() -> dict[int, int]:
    table = _opencc_characters("TSCharacters.txt")
    table.update(_FULLWIDTH_ALNUM)
    # a Kangxi radical or compatibility ideograph reads as the character it stands for (导⼊: 导入), simplified
    table.update({code: table.get(plain, plain) for code, plain in lookalikes().items()})
    return table


@lru_cache(maxsize=2)
def _en_table(lower: bool) -> dict[int, int | str]:
    table: dict[int, int | str] = dict(_FULLWIDTH_ALNUM)
    table.update(_EN_EXTRA)
    if lower:
        table.update({0x30 + 0x11 + i: 0x61 + i for i in range(26)})
        table.update({0xFF21 + i: 0x61 + i for i in range(26)})
    return table


@lru_cache(maxsize=1)
def _zh_fold() -> tuple[dict[int, int], frozenset[str]]:
    """The folding table and the characters it changes."""
    table = _zh_table()
    return table, frozenset(map(chr, table))


def zh_foldable() -> frozenset[str]:
    """The characters `fold_zh` changes (a text without one folds to itself)."""
    return _zh_fold()[1]


def fold_zh(text: str) -> str:
    """Traditional→Simplified characters, look-alike radicals and compatibility ideographs→the Han characters they
    stand for (`manuscript.lookalike`: ⼊→入) and full-width Latin letters/digits→ASCII; same length."""
    table, changed = _zh_fold()
    return text if changed.isdisjoint(text) else text.translate(table)  # most text has nothing to fold


def fold_en(text: str, lower: bool = True) -> str:
    """Case (unless lower=False), width, hyphens→space, apostrophes→' and spaces folded; same length."""
    folded = text.translate(_en_table(lower))
    if lower:
        low = folded.lower()
        if len(low) == len(folded):
            return low
        return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in folded)
    return folded

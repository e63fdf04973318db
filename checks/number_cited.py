"""Per-bead rules of number-mismatch over numbers that are citation markers flattened onto the text: the other
side cites what this side reads as a number."""
from __future__ import annotations

import re

from zhen_qa.aligner.citations import extract_citations
from zhen_qa.aligner.numbers import number_key
from zhen_qa.checks.citations import flattened_split, glued_number
from zhen_qa.checks.number_beads import Bead, Mention
from zhen_qa.manuscript.document import Sentence

_COMMA_LIST = re.compile(r"\d{1,3}(?:,\d{1,3})+")
"""134,135: a thousands number, or two reference numbers flattened from a superscript onto a word."""



def flattened_citation_lists(b: Bead) -> None:
    """Drop a number written as a comma list (重排134,135，) each of whose parts the other side cites ("ALK
    rearrangements134,135"): superscript references flattened onto the text, read as 134135. A list the other
    side does not cite stays a number."""
    for miss, other in ((b.miss_en, b.en_side), (b.miss_zh, b.zh_side)):
        for s, n in list(miss):
            if _COMMA_LIST.fullmatch(n.text) and all(number_key(float(p)) in other.cites for p in n.text.split(",")):
                miss.remove((s, n))


def glued_to_citation(b: Bead) -> None:
    """Drop an English number that ends a name in the Chinese with a citation glued on (`glued_number`: 结构域12。 =
    "domain 1 … alveoli.2")."""
    markers = [c for s in b.zh for c in extract_citations(s.text.text, "zh") if c.kind == "trailing"
               and c.text.isdigit() and len(c.text) > 1]
    if not markers:
        return
    cites = {k for s in b.en for c in extract_citations(s.text.text, "en") for k in c.keys}
    for s, n in list(b.miss_zh):
        keys = {number_key(v) for v in n.endpoints()}
        if any(glued_number(c, keys, cites) for c in markers):
            b.miss_zh.remove((s, n))


_ACRONYM_DIGITS = re.compile(r"(?<![A-Za-z0-9\-])([A-Z]{2,6})(\d{1,3})(?![\d.])")
"""Digits glued to an acronym ("bystander CPR37 and"): a flattened citation where the other side writes the acronym
bare."""


def _glued_cites(sentences: list[Sentence], other: list[Sentence]) -> set[str]:
    """Keys of digits glued to an acronym in `sentences` that `other` writes without them (CPR37 against CPR)."""
    other_text = " ".join(s.text.text for s in other)
    out: set[str] = set()
    for s in sentences:
        for m in _ACRONYM_DIGITS.finditer(s.text.text):
            bare = re.search(re.escape(m.group(1)) + r"(?![A-Za-z0-9])", other_text)
            if bare is not None and m.group(1) + m.group(2) not in other_text:
                out.add(number_key(float(m.group(2))))
    return out


def split_citations(b: Bead) -> None:
    """Drop a whole number one side lacks that is a number and a flattened citation of the other side glued together
    (`flattened_split`), with that number of the other side: 1537 = "15 with bystander CPR37", 法语版215项 = "French
    version21 of the 5-item scale". The reference must be one the other side cites (or glues to an acronym this side
    writes bare) and this side does not; the number one the other side has and this side lacks."""
    for miss, side, other, other_miss, sents, other_sents in (
            (b.miss_en, b.zh_side, b.en_side, b.miss_zh, b.zh, b.en),
            (b.miss_zh, b.en_side, b.zh_side, b.miss_en, b.en, b.zh)):
        cites = {k for k in other.cites if not side.cites[k]} | _glued_cites(other_sents, sents)
        for m in list(miss) if cites else ():
            n = m[1]
            lacking = _lacking_numbers(other_miss)
            split = flattened_split(n.text, set(lacking), cites) if len(n.text) > 2 else None
            if split is not None and not side.counts[number_key(float(split[0]))]:
                miss.remove(m)
                other_miss.remove(lacking[number_key(float(split[0]))])


def _lacking_numbers(miss: list[Mention]) -> dict[str, Mention]:
    """Whole numbers written in digits among `miss`, by key (the first of each)."""
    out: dict[str, Mention] = {}
    for s, n in miss:
        if n.text.isdigit():
            out.setdefault(number_key(float(n.text)), (s, n))
    return out


_RUN = re.compile(r"(?<![A-Za-z0-9.])[A-Za-z]*\d+(?:\s*[,，]\s*\d+)*(?![\d.])")
"""A run of digits joined by commas, spaced or not, after the letters of a name if any: "21,22,23", "2122，23",
"65,101 , 103,107", "B1,31", "B131"."""
RUN_MIN_CHARS = 4
"""Fewest letters and digits of a run whose separators alone differ before it is taken for one text flattened two
ways."""


def _runs(sentences: list[Sentence]) -> list[tuple[Sentence, int, int, str]]:
    """(sentence, start, end, letters and digits) of every run (`_RUN`) of `sentences` of at least `RUN_MIN_CHARS`."""
    out = []
    for s in sentences:
        for m in _RUN.finditer(s.text.text):
            chars = re.sub(r"[^A-Za-z0-9]", "", m.group())
            if len(chars) >= RUN_MIN_CHARS:
                out.append((s, m.start(), m.end(), chars))
    return out


def lost_separators(b: Bead) -> None:
    """Drop the numbers of a run of digits (or a name and digits) that the other side writes with the same characters,
    spaced or separated otherwise:
    "成纤维细胞生长因子2122，23" = "fibroblast growth factor 21,22,23" (FGF21 and references 22, 23 flattened, one
    comma lost), "65,101 , 103,107" = "65,101,103,107", "黄曲霉毒素B131" = "aflatoxin B1,31" (reference 31 glued
    onto B1).
    The same digits in the same order on both sides are one text written two ways, never a changed number (a changed
    number changes a digit)."""
    zh_runs, en_runs = _runs(b.zh), _runs(b.en)
    for zs, za, ze, zd in zh_runs:
        for es, ea, ee, ed in en_runs:
            if zd != ed:
                continue
            inside_zh = [(s, n) for s, n in b.miss_en if s is zs and za <= n.start and n.end <= ze]
            inside_en = [(s, n) for s, n in b.miss_zh if s is es and ea <= n.start and n.end <= ee]
            for m in inside_zh:
                b.miss_en.remove(m)
            for m in inside_en:
                b.miss_zh.remove(m)

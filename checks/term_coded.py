"""A term said by the code name of what it classifies: a cell line or strain named by letters and digits.

Research abstracts name a cell line by its code (K562, A549, MCF-7, SGC-7901) and, on one side only, the disease it
comes from (肺腺癌A549细胞 "A549 cells"; "leukemia cells" for K562细胞): the code names the kind, and the disease
term is the category the translator adds or leaves out. A code (a word of letters and digits, starting with a
letter) renders the term where
- the term modifies the noun after it (the Chinese term right before the code, 肺腺癌A549细胞; the English term
  right before a content word, "leukemia cells"), and the other side has a code before a word a lexicon gloss ties
  to that noun (细胞: cell); in English with no content word before the code ("of A549 cells", not "lung A549
  cells" or "substance A549 cells": a word there may be the term replaced or cut short).
A code also names the thing a Chinese term after it gives the kind of (PPSV23 疫苗 "PPSV23 vaccine"): where the
English has the same code as a noun by itself ("before getting PPSV23."; nothing after it but punctuation or a
stop word) and the glossary's full name of the code ends with the term ("pneumococcal polysaccharide vaccine"), the
code renders the term (`code_names_kind`); a content word after it may be the term replaced.
Not a term the code names: "COVID-19 pandemic" is not said by COVID-19 死亡病例, nor "N95 respirators" by N95 口罩
(a code names a disease as often as a product, and the noun after it is then another thing); where the
noun after a code is a listed term on both sides, `term_same_code` takes them as one object).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from zhen_qa.checks.term_hits import Hit
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN

_CODE = r"[A-Za-z][A-Za-z]*-?\d[A-Za-z0-9]*(?:-[A-Za-z0-9]+)*"
"""A code name: a letter first, a digit in it (K562, A549, MCF-7, HepG2, SGC-7901)."""
_VARIANT = r"(?:/[A-Za-z0-9+-]*)*"
"""A subline written after the code (K562/-, K562/STAT3)."""
_ZH_CODED = LazyPattern(r"(?<![A-Za-z0-9])(" + _CODE + ")" + _VARIANT + rf"\s*([{HAN}]{{1,4}})")
"""A code and the Han characters after it (K562/-细胞): compiled on first need (only a candidate finding asks)."""
_EN_CODED = re.compile(r"(?<![A-Za-z0-9-])(" + _CODE + ")" + _VARIANT + r"\s+([A-Za-z]+)")
_EN_NEXT = re.compile(r"[\s-]+([A-Za-z]+)")
_EN_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s*$")
_WHOLE_CODE = re.compile(_CODE)


def coded_in_zh(h: Hit, text: str, zh2en: Mapping[str, tuple[str, ...]], stop_words: frozenset[str]) -> bool:
    """Whether an English term modifying the noun after it ("leukemia cells") is said in the Chinese `text` by a
    code before that noun's word (K562细胞)."""
    from zhen_qa.aligner.lexicon import stem

    m = _EN_NEXT.match(h.sentence.text.text, h.match.end)
    if m is None or m.group(1).lower() in stop_words:
        return False
    noun = stem(m.group(1))
    for c in _ZH_CODED.finditer(text):
        run = c.group(2)
        if any(noun in zh2en.get(run[:k], ()) for k in range(len(run), 0, -1)):
            return True
    return False


def coded_in_en(h: Hit, text: str, zh2en: Mapping[str, tuple[str, ...]], stop_words: frozenset[str]) -> bool:
    """Whether a Chinese term right before a code and a noun (肺腺癌A549细胞) is said in the English `text` by the
    same code before that noun ("of A549 cells"), with no content word before the code."""
    from zhen_qa.aligner.lexicon import stem

    sentence = h.sentence.text.text
    m = _ZH_CODED.match(sentence, h.match.end)
    if m is None:
        return False
    code, run = m.group(1), m.group(2)
    glosses = {g for k in range(len(run), 0, -1) for g in zh2en.get(run[:k], ())}
    for c in _EN_CODED.finditer(text):
        if c.group(1).lower() != code.lower() or stem(c.group(2)) not in glosses:
            continue
        before = _EN_WORD_BEFORE.search(text[:c.start()])
        if before is None or before.group(1).lower() in stop_words:
            return True
    return False



def code_names_kind(h: Hit, src_hits: Sequence[Hit], english: Callable[[str], Sequence[str]], text: str,
                    stop_words: frozenset[str]) -> bool:
    """Whether a Chinese term right after a code (PPSV23 疫苗) is said in the English `text` by that code standing
    as a noun by itself ("before getting PPSV23."), the code being a glossary term whose English full name ends
    with an English form of the term (PPSV23: "pneumococcal polysaccharide vaccine", a vaccine). `english` gives a
    concept's English forms."""
    if h.lang != "zh":
        return False
    sentence = h.sentence.text.text
    code = next((o for o in src_hits if o.sentence is h.sentence and o.match.end <= h.match.start
                 and not sentence[o.match.end:h.match.start].strip() and _WHOLE_CODE.fullmatch(o.surface)), None)
    if code is None:
        return False
    kinds = {f.lower() for c in h.match.concepts for f in english(c)}
    names = [f.lower() for c in code.match.concepts for f in english(c)]
    if not any(n.endswith(" " + k) for n in names for k in kinds):
        return False
    for c in re.finditer(r"(?<![A-Za-z0-9-])" + re.escape(code.surface) + r"(?![A-Za-z0-9])", text, re.I):
        after = _EN_NEXT.match(text, c.end())
        if after is None or after.group(1).lower() in stop_words:
            return True
    return False

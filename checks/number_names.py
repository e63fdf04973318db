"""Digits inside Latin names compared across the two sides: NS3/4A against "NS3/5A", IL-8 against "IL-10".

The number reader leaves digits glued to a name out, or `checks.numbers` keeps them as evidence only (her2 renders
"receptor 2"); a name written on both sides with other digits is a changed number all the same.
"""
from __future__ import annotations

import re

from zhen_qa.aligner.citations import extract_citations, name_reference
from zhen_qa.aligner.numbers import NumberMention
from zhen_qa.manuscript.document import Sentence

__all__ = ["changed_names", "names_with_digits"]

Mention = tuple[Sentence, NumberMention]

_NAME_WITH_DIGITS = re.compile(r"[A-Za-z][-/]?\d|\d[A-Za-z]")
_IDENTIFIER = re.compile(r"(?<![A-Za-z0-9/\-])[A-Za-z][A-Za-z0-9]*(?:[/\-][A-Za-z]{0,3}\d[A-Za-z0-9]*)*(?![A-Za-z0-9])")
"""A Latin name that may hold digits: NS3/4A, her2 (of her2-positive), CD34, IL-6, V130-S137, COVID-19."""
_DIGIT_GROUP = re.compile(r"\d+")


def _identifiers(sentences: list[Sentence]) -> dict[str, list[tuple[Sentence, re.Match[str]]]]:
    """The Latin names with digits in `sentences` and where each occurs, by their lower-cased spelling without
    hyphens (IL-6 = il6)."""
    out: dict[str, list[tuple[Sentence, re.Match[str]]]] = {}
    for s in sentences:
        text = s.text.text
        if _NAME_WITH_DIGITS.search(text) is None:
            continue
        for m in _IDENTIFIER.finditer(text):
            if _DIGIT_GROUP.search(m.group()):
                out.setdefault(m.group().replace("-", "").lower(), []).append((s, m))
    return out


def names_with_digits(sentences: list[Sentence]) -> set[str]:
    """The Latin names with digits of `sentences`, lower-cased without hyphens (IL-6 = il6)."""
    return set(_identifiers(sentences))


def _cites(sentences: list[Sentence], lang: str) -> set[str]:
    return {k for s in sentences for c in extract_citations(s.text.text, lang) for k in c.keys}


def changed_names(zh_sentences: list[Sentence], en_sentences: list[Sentence], miss_en: list[Mention],
                  miss_zh: list[Mention]) -> None:
    """Add a name whose digits differ between the two sides (NS3/4A in the Chinese, "NS3/5A" in the English; her2
    and "her3"; V132S139 and "V130-S137") to the numbers each side lacks (`miss_en`: Chinese numbers missing from the
    English; `miss_zh`), in place of any number read inside it.

    A name that one side has more often than the other counts as changed when the other side has exactly one name
    of the same letters with other digits more often, and this side no other such name; not when it is the other
    side's name with a reference number the other side cites glued on (`name_reference`: "B131" against B1 and 31).
    """
    zh, en = _identifiers(zh_sentences), _identifiers(en_sentences)
    if not zh or not en:
        return

    def skeleton(name: str) -> str:
        return _DIGIT_GROUP.sub("#", name)

    zh_more = [k for k, at in zh.items() if len(at) > len(en.get(k, ()))]
    en_more = [k for k, at in en.items() if len(at) > len(zh.get(k, ()))]
    for k in en_more:
        twins = [z for z in zh_more if skeleton(z) == skeleton(k)]
        if len(twins) != 1 or sum(skeleton(e) == skeleton(k) for e in en_more) != 1:
            continue
        if name_reference(k, {twins[0]}, _cites(zh_sentences, "zh")) \
                or name_reference(twins[0], {k}, _cites(en_sentences, "en")):
            continue  # "B131" = B1 with reference 31 flattened onto it, where the other side cites 31
        (zs, zm), (es, em) = zh[twins[0]][-1], en[k][-1]
        z_groups, e_groups = _DIGIT_GROUP.findall(twins[0]), _DIGIT_GROUP.findall(k)
        i = next(i for i, (a, c) in enumerate(zip(z_groups, e_groups)) if a != c)
        for miss, s, m, value in ((miss_en, zs, zm, z_groups[i]), (miss_zh, es, em, e_groups[i])):
            miss[:] = [(t, n) for t, n in miss if not (t is s and m.start() <= n.start and n.end <= m.end())]
            miss.append((s, NumberMention(float(value), m.start(), m.end(), m.group())))

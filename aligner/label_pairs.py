"""Section labels that disagree: a structured abstract's part is translated by the part of the same name.

A structured abstract opens each part with a bracketed label, 【目的】…【方法】…【结果】…【结论】 and [Objective] …
[Methods] … [Results] … [Conclusions] (`scorers.anchors.section_anchors` reads them as one key a section for both
languages). When both sides of a candidate pair carry labels and the labels name no section in common, the pair is
no translation whatever its words share: an abstract's conclusions often restate its objective in the same words
("The proposed method could find … partners" after "[Objective] This study presents a method to identify … partners"),
so a Chinese 【目的】 sentence whose English was dropped finds the English [Conclusions] sentence a close match, and
the omission goes unreported. A side without a label (or with one no key names) decides nothing.
"""
from __future__ import annotations

from collections.abc import Sequence

from zhen_qa.aligner.scorers.anchors import section_anchors


def label_keys(texts: Sequence[str], lang: str) -> set[str]:
    """The section keys ("s:objective") the sentences `texts` open with, all of them together."""
    return {k for t in texts for k in section_anchors(t, lang)}


def labels_disagree(zh: Sequence[str], en: Sequence[str]) -> bool:
    """True when the Chinese sentences `zh` and the English sentences `en` both carry section labels and no section
    is named on both sides (【目的】 with [Conclusions]); 【目的/意义】 with [Purpose] agree, and so does any pair
    where a side has no label."""
    zh_keys = label_keys(zh, "zh")
    if not zh_keys:
        return False
    en_keys = label_keys(en, "en")
    return bool(en_keys) and not zh_keys & en_keys

"""Section labels that disagree: a structured abstract's part is translated by the part of the same name.

A structured abstract opens each part with a bracketed label, 【目的】…【方法】…【结果】…【结论】 and [Objective] …
[Methods] … [Results] … [Conclusions] (`scorers.anchors.section_anchors` reads them as one key a section for both
languages). When both sides of a candidate pair carry labels and the labels name no section in common, the pair is
no translation whatever its words share: an abstract's conclusions often restate its objective in the same words
("The proposed method could find … partners" after "[Objective] This study presents a method to identify … partners"),
so a Chinese 【目的】 sentence whose English was dropped finds the English [Conclusions] sentence a close match, and
the omission goes unreported. A side without a label (or with one no key names) decides nothing.

Labels that disagree are no proof of a shift on their own: journals name one slot differently (【目的】 translated
as [Background], [Objective] as 【背景】, 【结论】 as [Significance]), and a translated part then carries two
labels that name different keys. A bead of the first alignment is a shift (`shifted_beads`) only when the other
side names the bead's part elsewhere: the English label's part opens another Chinese sentence (【局限】 paired with
[Conclusions] while 【结论】 stands further on), or the Chinese label's part another English sentence.
"""
from __future__ import annotations

from collections import Counter
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


def shifted_beads(zh: Sequence[str], en: Sequence[str],
                  pairs: Sequence[tuple[Sequence[int], Sequence[int]]]) -> list[bool]:
    """For each pair of Chinese and English sentence indices of `zh`/`en` (a bead), True when its labels disagree
    and the other side names its part elsewhere (module doc): a Chinese sentence outside the pair opens with a
    part the English label names, or an English sentence outside it with a part the Chinese label names."""
    flags = [labels_disagree([zh[i] for i in z], [en[j] for j in e]) for z, e in pairs]
    if not any(flags):
        return flags
    zh_keys = [label_keys([t], "zh") for t in zh]
    en_keys = [label_keys([t], "en") for t in en]
    zh_count = Counter(k for keys in zh_keys for k in keys)
    en_count = Counter(k for keys in en_keys for k in keys)

    def elsewhere(count: Counter[str], keys: Sequence[set[str]], own: Sequence[int], wanted: set[str]) -> bool:
        inside = Counter(k for i in own for k in keys[i])
        return any(count[k] > inside[k] for k in wanted)

    return [flag and (elsewhere(zh_count, zh_keys, z, label_keys([en[j] for j in e], "en"))
                      or elsewhere(en_count, en_keys, e, label_keys([zh[i] for i in z], "zh")))
            for flag, (z, e) in zip(flags, pairs)]

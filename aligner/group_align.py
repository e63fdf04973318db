"""Sentences aligned inside groups of blocks paired beforehand: line pairs (`line_groups`) and paragraph beads
(`paragraph_pairs`). Sentences pair only within their group; in a group whose lengths agree nothing is left out
unless the alignment shows it (`align_in_groups`).
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from zhen_qa.aligner.line_groups import lone_lines_joined
from zhen_qa.aligner.line_orphans import line_orphan
from zhen_qa.aligner.sentence_groups import GroupBuilder, SentencesOf
from zhen_qa.aligner.unit_folds import char_length, one_sided
from zhen_qa.manuscript.document import Bead, Block, Sentence

if TYPE_CHECKING:  # pragma: no cover
    from zhen_qa.aligner.pairing import AlignFn


LINE_FIT = math.log(1.5)
"""A pair of lines is wholly translated when its length ratio is within this factor (log) of the document's."""


def align_in_groups(
    groups: Sequence[tuple[Sequence[Block], Sequence[Block]]], sentences_of: SentencesOf, align: "AlignFn", *,
    join_lone: bool = True, says: Callable[[str, str, Sequence[str]], bool] | None = None,
) -> tuple[list[Sentence], list[Sentence], list[Bead]]:
    """(zh sentences, en sentences, beads) of blocks paired beforehand (line pairs): sentences pair only within
    their group; either side of a group may be empty (a line with no counterpart), and such a line joins the line
    pair beside it whose other side has more sentences (`line_groups.lone_lines_joined`).

    In a pair of lines whose lengths agree (`LINE_FIT` of the document's median ratio) nothing is left out:
    a sentence the aligner left unpaired there joins the bead before it in the group (else the one after), unless
    it is a Chinese sentence whose translation was deleted (`line_orphans.line_orphan`).

    `join_lone` False: a group with one side empty stays alone (paragraphs paired by `paragraph_pairs`, whose
    alignment already had the choice of joining a paragraph to its neighbour's bead and did not). `says`: given,
    an unpaired English sentence joins only when it says something of its group's Chinese that the group's paired
    English does not (`says(chinese, english, paired)`): a paragraph's length fits just as well with a sentence the
    Chinese does not have added to it, and an added claim about the paragraph's subject reuses the words its English
    already has, while the overflow of a long Chinese sentence's rendering says words of it none other does; and an
    unpaired
    Chinese sentence never joins, neither here nor as a half (`unit_folds.join_halves`): a sentence deleted from a
    paragraph changes its length too little to tell, and a loosely rendered neighbour makes it look like a half.
    """
    out = GroupBuilder(sentences_of, halves_zh=says is None)
    widened: set[int] = set()  # groups a lone line joined: no line pair whose lengths agree
    sentence_groups = [([s for b in zs for s in sentences_of(b, "zh")], [s for b in es for s in sentences_of(b, "en")])
                       for zs, es in groups]
    for zh, en, lone in (lone_lines_joined(sentence_groups) if join_lone
                         else [(zh, en, False) for zh, en in sentence_groups]):
        if lone:
            widened.add(out.groups)
        out.add_sentences(zh, en)
    beads = out.beads(align)
    if says is not None:  # paragraphs: a one-sided bead stands with its paragraph (the search may put an English
        # sentence left alone after the next paragraph's Chinese one, and two paragraphs' unpaired runs then touch)
        order = {id(b): k for k, b in enumerate(beads)}
        beads = sorted(beads, key=lambda b: (out.group(b), order[id(b)]))
    lengths = [char_length(s.text.text) for s in out.zh], [char_length(s.text.text) for s in out.en]
    size_zh, size_en = Counter[int](), Counter[int]()
    members: tuple[dict[int, list[int]], dict[int, list[int]]] = ({}, {})  # group -> its sentences, each side
    for i, g in enumerate(out.group_zh):
        size_zh[g] += lengths[0][i]
        members[0].setdefault(g, []).append(i)
    for j, g in enumerate(out.group_en):
        size_en[g] += lengths[1][j]
        members[1].setdefault(g, []).append(j)
    ratios = sorted(size_en[g] / size_zh[g] for g in size_zh if size_zh[g] and size_en[g] and g not in widened)
    if not ratios:
        return out.zh, out.en, beads
    ratio = ratios[len(ratios) // 2]
    whole = {g for g in size_zh if size_zh[g] and size_en[g] and g not in widened
             and abs(math.log(size_en[g] / (ratio * size_zh[g]))) <= LINE_FIT}
    joined: list[Bead] = []
    lone_en = {j for b in beads if not b.zh for j in b.en}
    for bead in beads:
        g = out.group(bead)
        prev = joined[-1] if joined else None
        unpaired = bead if one_sided(bead) else prev if prev is not None and one_sided(prev) else None
        if prev is not None and g in whole and out.group(prev) == g and unpaired is not None and not _orphan(
                out, unpaired, members, lengths, size_zh[g], size_en[g], ratio) and (
                says is None or not unpaired.zh and _says_all(out, g, members, unpaired, lone_en, says)):
            joined[-1] = Bead(prev.zh + bead.zh, prev.en + bead.en, bead.score if one_sided(prev) else prev.score)
        else:
            joined.append(bead)
    return out.zh, out.en, joined


def _says_all(out: GroupBuilder, g: int, members: tuple[dict[int, list[int]], dict[int, list[int]]], lone: Bead,
              unpaired: set[int], says: Callable[[str, str, Sequence[str]], bool]) -> bool:
    """Every English sentence of unpaired bead `lone` says something of group `g`'s Chinese that the group's
    English sentences the alignment paired (those not in `unpaired`, the English of one-sided beads) do not
    (`says`)."""
    chinese = "".join(out.zh[i].text.text for i in members[0][g])
    paired = [out.en[j].text.text for j in members[1].get(g, ()) if j not in unpaired]
    return all(says(chinese, out.en[j].text.text, paired) for j in lone.en)


def _orphan(out: GroupBuilder, lone: Bead, members: tuple[dict[int, list[int]], dict[int, list[int]]],
            lengths: tuple[list[int], list[int]], size_zh: int, size_en: int, ratio: float) -> bool:
    """The Chinese sentences of unpaired bead `lone` have no English in their line pair (`line_orphans`);
    `members`: each group's sentence indices, Chinese and English."""
    if not lone.zh:
        return False
    g = out.group_zh[lone.zh[0]]
    rest = [out.zh[i].text.text for i in members[0][g] if i not in lone.zh]
    en = [out.en[j].text.text for j in members[1].get(g, ())]
    return line_orphan([out.zh[i].text.text for i in lone.zh], rest, en, sum(lengths[0][i] for i in lone.zh),
                       size_zh, size_en, ratio)

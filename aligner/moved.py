"""Moved passages: sentences the monotone alignment left unpaired on both sides because the translation put them
elsewhere (a section in another order, a sentence moved into the next paragraph or a blockquote).

The search pairs sentences in order, so a passage one side moves comes out twice: its sentences unpaired where
the source has them (`untranslated`) and their translations unpaired where the target has them (`extra-target`),
one defect reported as two or more findings, none of them true. The unpaired sentences of both sides are aligned
with each other in a second call of the aligner, in their own order (the moved passages keep theirs); a bead of
that second alignment whose evidence is strong (`MOVED_SCORE`), or two sentences that are the same text, pairs
them across the first alignment's order, unless the two open with section labels that name different parts of a
structured abstract (`label_pairs`: a Chinese 【目的】 whose English was dropped is no translation of the [Conclusions]
that restates it). A bead of the first alignment whose labels name different parts is taken apart first
(`_unlabelled_pairs`): the search shifted the parts after one the translation dropped onto the next labels.

Two unpaired sentences that both point the reader to the same page pair as well (`_same_link`): a pointer is
often rendered freely (如果想更深入的了解，可以查看[模板插件开发](../advanced/view-plugin.md)。 / "See [View
Plugin](../advanced/view-plugin.md) for more details.", aligner score 0.13), and the destination both write is the
evidence the words lack. Only pointers lend their destinations (`aligner.pointer_links`): a sentence of content that
links to the page (an English sentence the Chinese lacks) is no evidence for a Chinese sentence whose English was
dropped. The destination must be written by one unpaired sentence of each side alone, and the two must write the
same numbers: a Chinese sentence whose English was dropped keeps its finding beside an English sentence that links
elsewhere, or to the same page with other content (another number).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from zhen_qa.aligner.label_pairs import labels_disagree
from zhen_qa.aligner.scorers.anchors import number_values
from zhen_qa.manuscript.document import Bead

if TYPE_CHECKING:  # pragma: no cover
    from zhen_qa.aligner.pairing import AlignFn

Links = tuple[Sequence[frozenset[str]], Sequence[frozenset[str]]]
"""The link destinations of each Chinese and each English sentence that is a pointer (`aligner.pointer_links`)."""

MOVED_SCORE = 0.4
"""Least score of a bead pairing sentences left unpaired by the first alignment. Sentences that translate
each other score 0.45-0.75 even when short; an unrelated pair of leftovers at most about 0.25 (its length
and neutral anchor scores alone)."""


def _same(text: str) -> str:
    return " ".join(text.split()).casefold()


def _same_text(zh: Sequence[str], en: Sequence[str], lone_zh: list[int], lone_en: list[int]) -> list[Bead]:
    """1-1 beads of unpaired sentences that are the same text (a name or a table key kept in both languages, a
    sentence left untranslated), each text found once among the unpaired sentences of each side."""
    zh_count = Counter(_same(zh[i]) for i in lone_zh)
    en_at: dict[str, list[int]] = {}
    for j in lone_en:
        en_at.setdefault(_same(en[j]), []).append(j)
    return [Bead((i,), (en_at[key][0],), 1.0) for i in lone_zh
            if zh_count[key := _same(zh[i])] == 1 and len(en_at.get(key, ())) == 1]


def _same_link(zh: Sequence[str], en: Sequence[str], links: Links, lone_zh: list[int],
               lone_en: list[int]) -> list[Bead]:
    """1-1 beads of unpaired sentences that link to the same destination, written by one unpaired sentence of each
    side alone, when the two write the same numbers (module doc)."""
    zh_links, en_links = links

    def once(side: Sequence[frozenset[str]], lone: list[int]) -> dict[str, int]:
        count = Counter(d for i in lone for d in side[i])
        return {d: i for i in lone for d in side[i] if count[d] == 1}

    zh_at, en_at = once(zh_links, lone_zh), once(en_links, lone_en)
    pairs = {(i, en_at[d]) for d, i in zh_at.items() if d in en_at}
    taken_zh = Counter(i for i, _ in pairs)
    taken_en = Counter(j for _, j in pairs)
    return [Bead((i,), (j,), 1.0) for i, j in sorted(pairs)
            if taken_zh[i] == taken_en[j] == 1 and number_values(zh[i], "zh") == number_values(en[j], "en")]


def _unlabelled_pairs(zh: Sequence[str], en: Sequence[str], beads: Sequence[Bead]) -> Sequence[Bead]:
    """`beads` with each bead whose section labels disagree (`label_pairs`) taken apart into its Chinese and its
    English, each one-sided: the search shifted a structured abstract's parts past a part one side lacks (【结果】
    with [Limitations], 【局限】 with [Conclusions]), and the leftovers are paired again by their own labels."""
    if not any(labels_disagree([zh[i] for i in b.zh], [en[j] for j in b.en]) for b in beads if b.zh and b.en):
        return beads
    out: list[Bead] = []
    for b in beads:
        if b.zh and b.en and labels_disagree([zh[i] for i in b.zh], [en[j] for j in b.en]):
            out += [Bead(b.zh, (), b.score), Bead((), b.en, b.score)]
        else:
            out.append(b)
    return out


def rejoin_moved(zh: Sequence[str], en: Sequence[str], beads: Sequence[Bead], align: "AlignFn", *,
                 paragraphs: bool = False, links: Links | None = None) -> list[Bead]:
    """`beads` with one-sided beads of both sides paired where a second alignment of the unpaired sentences alone
    finds them to be counterparts. A new bead takes the place of the one-sided bead of its first Chinese sentence
    (its English beads are dropped); beads with both sides are kept as they are. `zh`/`en` are the sentence texts
    the beads index; `paragraphs` is passed to the aligner (structured Markdown); `links`: the link destinations of
    each sentence of `zh` and of `en` that is a pointer (`aligner.pointer_links`), when the texts come from files."""
    beads = _unlabelled_pairs(zh, en, beads)
    lone_zh = [i for b in beads if b.zh and not b.en for i in b.zh]
    lone_en = [j for b in beads if b.en and not b.zh for j in b.en]
    if not lone_zh or not lone_en:
        return list(beads)
    moved = _same_text(zh, en, lone_zh, lone_en)
    paired = {i for b in moved for i in b.zh}, {j for b in moved for j in b.en}
    if links is not None:
        moved += _same_link(zh, en, links, [i for i in lone_zh if i not in paired[0]],
                            [j for j in lone_en if j not in paired[1]])
        paired = {i for b in moved for i in b.zh}, {j for b in moved for j in b.en}
    rest_zh = [i for i in lone_zh if i not in paired[0]]
    rest_en = [j for j in lone_en if j not in paired[1]]
    if rest_zh and rest_en:
        found = align([zh[i] for i in rest_zh], [en[j] for j in rest_en], paragraphs=paragraphs)
        for b in found:
            zs, es = tuple(rest_zh[i] for i in b.zh), tuple(rest_en[j] for j in b.en)
            if zs and es and b.score >= MOVED_SCORE and not labels_disagree([zh[i] for i in zs], [en[j] for j in es]):
                moved.append(Bead(zs, es, b.score))
    if not moved:
        return list(beads)
    by_zh = {b.zh[0]: b for b in moved}
    taken_zh = {i for b in moved for i in b.zh}
    taken_en = {j for b in moved for j in b.en}
    out: list[Bead] = []
    for b in beads:
        if b.zh and b.en:
            out.append(b)
            continue
        kept_zh = tuple(i for i in b.zh if i not in taken_zh)  # each sentence of a one-sided bead stays or goes
        kept_en = tuple(j for j in b.en if j not in taken_en)
        out.extend(by_zh[i] for i in b.zh if i in by_zh)
        if kept_zh or kept_en:
            out.append(b if (kept_zh, kept_en) == (b.zh, b.en) else Bead(kept_zh, kept_en, b.score))
    return out

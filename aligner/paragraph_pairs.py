"""Paragraphs of prose paired first, a paragraph with no counterpart allowed, so that sentences pair only inside
paired paragraphs.

An abstract or a thesis page keeps its paragraph structure in translation far better than its sentence structure:
one Chinese sentence joined by ；into three clauses is often written as nine English sentences. Aligned as one run of
sentences, such a sentence takes the six English sentences a bead may hold and the rest are paired with the first
sentences of the next paragraph, the shift running on to the end; when a paragraph has no translation at all (the
English abstract stops before the Chinese concluding paragraph), its sentences are then paired with whatever English
the shift left over, and the untranslated paragraph is reported as a term missing on a wrong pair, or not at all.

So where both sides are paragraphs of several sentences (not a file of one sentence a line), the paragraphs are
aligned first as units, with the sentence aligner itself (each paragraph's text as one "sentence": it scores
lexical evidence, anchors and length, and allows 1-0 and 0-1 beads), and the sentences are then aligned only inside
each paragraph bead (`group_align.align_in_groups`). A paragraph the paragraph alignment leaves alone stays alone: its
sentences are one untranslated (or extra) run, reported once.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from zhen_qa.aligner.search import WIDE_SIDE
from zhen_qa.aligner.sentence_groups import SentencesOf
from zhen_qa.manuscript.document import Bead, Block

if TYPE_CHECKING:  # pragma: no cover
    from zhen_qa.aligner.pairing import AlignFn

MIN_PARAGRAPHS = 2
"""Each side needs this many blocks for a paragraph alignment to say anything."""


def paragraphs(blocks: Sequence[Block]) -> list[Block]:
    """The blocks cut at each line end of their text: a LaTeX abstract is one block of its paragraphs joined by line
    ends (`manuscript.latex._join_abstracts`); a plain file's blocks are lines already, and such a block is its own
    paragraph (the same object: its sentences, cut once, serve both, `pairing.segmented_once`)."""
    out: list[Block] = []
    for b in blocks:
        if "\n" not in b.text.text:
            if b.text.text.strip():
                out.append(b)
            continue
        start = 0
        for line in b.text.text.split("\n"):
            if line.strip():
                out.append(replace(b, text=b.text.slice(start, start + len(line))))
            start += len(line) + 1
    return out


def has_paragraphs(zh_blocks: Sequence[Block], en_blocks: Sequence[Block], sentences_of: SentencesOf) -> bool:
    """Both sides are paragraphs of prose: at least `MIN_PARAGRAPHS` blocks each, and on each side some block holds
    more than one sentence (a side of one sentence a block is a line-by-line file, whose lines the sentence aligner
    pairs as they are); and the side cut into more blocks (both, when they have as many) is not mostly blocks of one
    sentence: a translation written one sentence a line or a paragraph (a segmented text, a CAT export) beside
    paragraphs of several sentences has no paragraph structure to pair, and a paragraph bead holds at most six blocks
    a side (`search.WIDE_SIDE`), so a Chinese paragraph of more sentences would leave English lines alone."""
    if len(zh_blocks) < MIN_PARAGRAPHS or len(en_blocks) < MIN_PARAGRAPHS:
        return False
    counts = [len(sentences_of(b, "zh")) for b in zh_blocks], [len(sentences_of(b, "en")) for b in en_blocks]
    if not (any(n > 1 for n in counts[0]) and any(n > 1 for n in counts[1])):
        return False
    finer = [c for c in counts if len(c) == max(map(len, counts))]
    return not any(2 * sum(n == 1 for n in c) > len(c) for c in finer)


def says_of_paragraph(chinese: str, english: str, paired: Sequence[str]) -> bool:
    """English sentence `english`, left alone by the sentence alignment in a paragraph pair whose lengths agree,
    says something of the paragraph's `chinese` that the paragraph's `paired` English sentences do not:
    `clauses.MIN_SAID` or more of its stems, Latin tokens and numbers are glossed from the Chinese and none of them
    is among those each paired English sentence has glossed from it (`clauses.says_beyond`, as
    `clauses.renders_clause` weighs a lone sentence against the paired English). The overflow of a long Chinese
    sentence's rendering says words of it that its bead's English lacks; an added sentence says none of the Chinese
    (a funding note) or repeats what the paired English already says of it (a claim about the paragraph's own
    subject: "vitamin D supplementation is recommended for all elderly patients" beside the rendered "vitamin D ...
    supplements when necessary"): it stays alone."""
    from zhen_qa.aligner.clauses import says_beyond
    from zhen_qa.aligner.lexicon import load_lexicon

    return says_beyond(english, paired, chinese, "en", load_lexicon())


def paragraph_beads(zh_blocks: Sequence[Block], en_blocks: Sequence[Block], align: "AlignFn") -> list[Bead]:
    """The paragraphs aligned as units: beads of block indices, every block in one bead, 1-0 and 0-1 included; a
    lone paragraph joined to its neighbour where only that makes the neighbour's lengths agree and its words say
    what the neighbour's own paragraphs do not (`lone_joined`, `says_beside`)."""
    from zhen_qa.aligner.unit_folds import char_length

    zh, en = [b.text.text for b in zh_blocks], [b.text.text for b in en_blocks]

    def words(lone: Bead, bead: Bead) -> bool:
        return says_beside(lone, bead, zh, en)

    joined = lone_joined(capped_joined(align(zh, en), WIDE_SIDE), [char_length(t) for t in zh],
                         [char_length(t) for t in en], words)
    return unrelated_apart(joined, zh, en)


UNRELATED_SCORE = 0.2
"""A paragraph bead the paragraph alignment scores below this may pair two paragraphs that are no translation of
each other (`unrelated_apart`). The paired paragraphs of the theses sets (the paragraph path's documents) score
0.257 or more (a numbered heading line, 3. 提出了一种基于图文对比对抗训练的神经机器翻译方法, whose English the lexicon
barely glosses); a Results paragraph beside an English paragraph about the hospital 0.066."""


def unrelated_apart(beads: Sequence[Bead], zh: Sequence[str], en: Sequence[str]) -> list[Bead]:
    """Paragraph beads with a bead that pairs two paragraphs saying nothing of each other split into its Chinese
    paragraphs alone and its English paragraphs alone: a score below UNRELATED_SCORE and fewer than
    `clauses.MIN_SAID` English stems, Latin tokens and numbers of the one glossed from or written by the other
    (`clauses.said_of`). The paragraph aligner pairs paragraphs by position when nothing better is to be had: a
    Chinese paragraph whose translation was deleted beside an English paragraph the translator added (or pasted from
    elsewhere) became one bead, and the sentence alignment inside it paired their sentences one to one, so neither
    was reported. A translated paragraph, however loosely written, says two words of its Chinese at least (the
    theses' paragraph pairs: 3 or more)."""
    from zhen_qa.aligner.clauses import MIN_SAID, said_of
    from zhen_qa.aligner.lexicon import load_lexicon

    lexicon = load_lexicon()
    out: list[Bead] = []
    for bead in beads:
        if bead.zh and bead.en and bead.score < UNRELATED_SCORE and len(said_of(
                "".join(zh[i] for i in bead.zh), " ".join(en[j] for j in bead.en), lexicon)) < MIN_SAID:
            out.extend((Bead(bead.zh, (), bead.score), Bead((), bead.en, bead.score)))
        else:
            out.append(bead)
    return out


def capped_joined(beads: Sequence[Bead], width: int) -> list[Bead]:
    """Paragraph beads with a bead that holds `width` paragraphs on one side (the most a bead of the paragraph
    alignment may hold, `search.WIDE_SIDE`) joined with each neighbour bead that holds more paragraphs on that side
    than on the other (a paragraph alone on that side included): the aligner's width, not the translation, ended the
    bead there. A Chinese paragraph of eight sentences whose English writes one sentence a paragraph cannot be one
    bead: six English paragraphs pair with it and the rest go to the bead beside it (the English of the paragraph
    before, or a paragraph left alone), where the sentence alignment leaves them over — the sentence they translate
    reported untranslated beside its own English reported extra. Joined, the sentence alignment inside the one group
    pairs them, and a sentence with no counterpart there is still left alone (`group_align.align_in_groups`). A
    neighbour that pairs as many paragraphs a side (a paragraph and its translation) stops the join.

    The join is a chain, not one step: the joined bead is examined again, so it absorbs neighbour after neighbour
    while each holds more paragraphs on the side that reached `width`. The side is chosen afresh each time, Chinese
    first: a chain started by the English side ends once the joined Chinese side reaches `width` too (a 1:6 bead
    followed by nineteen 1:2 beads becomes one bead of 6 Chinese and 16 English paragraphs), which bounds it only by
    that ("zh", "en") order (second59 S23)."""
    out = list(beads)
    k = 0
    while k < len(out):
        bead = out[k]
        sides = [side for side in ("zh", "en") if len(getattr(bead, side)) >= width]
        if not sides:
            k += 1
            continue
        side, other = sides[0], "en" if sides[0] == "zh" else "zh"
        first, last = k, k
        if k > 0 and len(getattr(out[k - 1], side)) > len(getattr(out[k - 1], other)):
            first = k - 1
        if k + 1 < len(out) and len(getattr(out[k + 1], side)) > len(getattr(out[k + 1], other)):
            last = k + 1
        if first == last:
            k += 1
            continue
        run = out[first:last + 1]
        out[first:last + 1] = [Bead(tuple(i for b in run for i in b.zh), tuple(j for b in run for j in b.en),
                                    bead.score)]
        k = first  # the joined bead again: the width may have left more than one paragraph over on that side
    return out


def says_beside(lone: Bead, bead: Bead, zh: Sequence[str], en: Sequence[str]) -> bool:
    """Paragraph bead `lone` (one side only) and the paired `bead` beside it are one translation by their words: a
    lone Chinese paragraph is said by the bead's English in `clauses.MIN_SAID` or more stems (Latin tokens, numbers)
    beyond what the bead's own Chinese says of it; a lone English paragraph says of the bead's Chinese MIN_SAID or
    more beyond what the bead's own English says (`clauses.says_beyond`). A paragraph the translator merged into its
    neighbour brings words of its own; an English paragraph the translator added about the same subject repeats the
    words its neighbour already has, and a Chinese paragraph left untranslated is not said by the neighbour's
    English."""
    from zhen_qa.aligner.clauses import says_beyond
    from zhen_qa.aligner.lexicon import load_lexicon

    bead_zh, bead_en = "".join(zh[i] for i in bead.zh), " ".join(en[j] for j in bead.en)
    if lone.zh:
        return says_beyond("".join(zh[i] for i in lone.zh), [bead_zh], bead_en, "zh", load_lexicon())
    return says_beyond(" ".join(en[j] for j in lone.en), [bead_en], bead_zh, "en", load_lexicon())


def lone_joined(beads: Sequence[Bead], zh_lengths: Sequence[int], en_lengths: Sequence[int],
                words: Callable[[Bead, Bead], bool] | None = None) -> list[Bead]:
    """Paragraph beads with a paragraph left alone joined to the paragraph bead beside it when that bead's lengths
    disagree with the document's (its English too long for its Chinese, or the other way round: off the median
    ratio of the paired paragraphs by more than `group_align.LINE_FIT`) and agree once the lone paragraph is added: the
    translator merged two paragraphs into one, or split one in two, and wrote the lone one loosely (the paragraph
    alignment saw too little of its words to pair it). A paragraph whose translation is missing stays alone: its
    neighbour's lengths already agree, or the lone paragraph added makes them disagree. A neighbour that holds more
    paragraphs on the side the lone paragraph lacks than on its own (one Chinese paragraph paired with two English
    ones beside a Chinese paragraph left alone) takes it first, as `line_groups.lone_lines_joined` does for lines:
    the paragraph alignment chose between two pairings of like evidence, and the sentence alignment inside the
    joined bead decides, where a sentence with no counterpart is still left alone.

    Length alone is no evidence that a lone paragraph belongs to its neighbour (an English paragraph the
    translator added beside one she condensed fits the length as well): `words`, given, must also find the lone
    paragraph and the neighbour one translation by their words (`words(lone, neighbour)`, `says_beside`) for the
    length join.

    `zh_lengths`, `en_lengths`: each paragraph's length (`unit_folds.char_length`)."""
    from zhen_qa.aligner.group_align import LINE_FIT

    def size(bead: Bead) -> tuple[int, int]:
        return sum(zh_lengths[i] for i in bead.zh), sum(en_lengths[j] for j in bead.en)

    ratios = sorted(e / z for z, e in map(size, beads) if z and e)
    if len(ratios) < MIN_PARAGRAPHS:
        return list(beads)
    ratio = ratios[len(ratios) // 2]

    def off(z: int, e: int) -> float:
        return abs(math.log(e / (ratio * z)))

    out = list(beads)
    k = 0
    while k < len(out):
        lone = out[k]
        if bool(lone.zh) == bool(lone.en):
            k += 1
            continue
        best: tuple[float, int] | None = None
        for n in (k - 1, k + 1):
            if not (0 <= n < len(out) and out[n].zh and out[n].en):
                continue
            z, e = size(out[n])
            dz, de = size(lone)
            mine, other = (out[n].zh, out[n].en) if lone.zh else (out[n].en, out[n].zh)
            if len(other) > len(mine):  # room: the neighbour has a paragraph more on the side the lone one lacks
                best = (-1.0, n) if best is None or best[0] >= 0 else best
            elif off(z, e) > LINE_FIT >= off(z + dz, e + de) and (best is None or off(z + dz, e + de) < best[0]) and (
                    words is None or words(lone, out[n])):
                best = (off(z + dz, e + de), n)
        if best is None:
            k += 1
            continue
        n = best[1]
        first, second = (out[n], lone) if n < k else (lone, out[n])
        out[min(k, n)] = Bead(first.zh + second.zh, first.en + second.en, out[n].score)
        del out[max(k, n)]
        k = min(k, n) + 1
    return out


def paragraph_groups(zh_blocks: Sequence[Block], en_blocks: Sequence[Block],
                     beads: Sequence[Bead]) -> list[tuple[list[Block], list[Block]]]:
    """The blocks of each paragraph bead, in order: (Chinese blocks, English blocks); one side empty for a paragraph
    with no counterpart."""
    return [([zh_blocks[i] for i in b.zh], [en_blocks[j] for j in b.en]) for b in beads]

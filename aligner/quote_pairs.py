"""A block quote paired with a paragraph that is no quote, on the unit aligner's weak evidence, taken apart.

Documentation sets a tip, a note or a disclaimer apart as a block quote (`> 提示：…`, `> Tip: …`), and a translation
keeps the mark: the quote's counterpart is the other page's quote. When a paragraph's translation is deleted, the
unit aligner of `aligner.blocks` pairs what is left by position, and a Chinese paragraph whose English was deleted
beside the English tip (or the Chinese tip beside an English paragraph the translator added) becomes one unit bead:
its sentences then pair one to one and neither side is reported. The unit aligner's score of such a bead is low (the
two say little of each other: vant-heldout quickstart, the Chinese 组件注册方式 paragraph beside the English "Tip:
Vant supports Tree Shaking…", 0.18); a translated quote written without its mark scores higher (its words are said:
the real pages' 1-1 beads of a quote and a plain paragraph score QUOTE_SCORE or more, see the constant).
`QuoteBlocks` tells the checks the same of two sentences left unpaired side by side: a Chinese paragraph without
English beside an English quote without Chinese are two defects, not one place where a sentence and its counterpart
failed to pair.
"""
from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

from zhen_qa.manuscript.document import Bead, Block, Sentence

Units = tuple[tuple[int, ...], tuple[int, ...]]

QUOTE_SCORE = 0.2
"""A unit bead of one block quote and one paragraph that is no quote, scored below this by the unit aligner, is taken
apart (`quotes_apart`). The same bound as `paragraph_pairs.UNRELATED_SCORE` for two paragraphs that share no word;
here the differing mark stands in for the shared words (a quote's translation is a quote). On the real pages of the
28 documentation sets three 1-1 unit beads pair a quote with text that is no quote, all above it: a disclaimer the
English writes plain (iotdb Commercial-Support, 0.291), a Chinese quote rendered as a plain paragraph (dolphin
context, 0.648) and a Chinese pointer to another page beside an English line (dolphin workflow-definition, 0.353);
the deleted tip's stand-in scored 0.180 (vant quickstart)."""


def _quoted(unit: Sequence[Block]) -> bool:
    """Whether every block of a unit stands inside a block quote (`Part.quote`)."""
    return all(b.part is not None and b.part.quote for b in unit)


def _plain(unit: Sequence[Block]) -> bool:
    """Whether no block of a unit stands inside a block quote (a paragraph, an item or a heading set as such)."""
    return all(b.part is not None and not b.part.quote for b in unit)


def quotes_apart(unit_beads: Sequence[Bead], zu: Sequence[Sequence[Block]], eu: Sequence[Sequence[Block]]) -> tuple[
        list[Bead], set[Units]]:
    """Unit beads with each 1-1 bead of a block quote and a unit that is no quote, scored below QUOTE_SCORE, split
    into its Chinese unit alone and its English unit alone; returns the beads and the (zh, en) units of each part made
    (a group of its own in `align_blocks`: the sentences of a quote taken apart pair with nothing beside it, which
    would pair them again). A bead settled by the structure (score 1.0) and a bead of two quotes or two plain units
    stay."""
    out: list[Bead] = []
    apart: set[Units] = set()
    for bead in unit_beads:
        if len(bead.zh) == len(bead.en) == 1 and bead.score < QUOTE_SCORE:
            z, e = zu[bead.zh[0]], eu[bead.en[0]]
            if _quoted(z) and _plain(e) or _plain(z) and _quoted(e):
                parts = (Bead(bead.zh, (), bead.score), Bead((), bead.en, bead.score))
                out.extend(parts)
                apart.update((p.zh, p.en) for p in parts)
                continue
        out.append(bead)
    return out, apart


class QuoteBlocks:
    """The block quotes of the structured Markdown files of a page pair, looked up by a sentence's first character."""

    def __init__(self, blocks: Iterable[Block]) -> None:
        self._starts: dict[int, list[int]] = {}  # file -> start offset of each structured block, in file order
        self._quoted: dict[int, list[bool]] = {}  # file -> whether that block stands inside a block quote
        for b in blocks:
            if b.part is not None and len(b.text.offsets):
                self._starts.setdefault(id(b.text.source), []).append(b.text.offsets[0])
                self._quoted.setdefault(id(b.text.source), []).append(b.part.quote)
        for key, starts in self._starts.items():
            order = sorted(range(len(starts)), key=starts.__getitem__)
            self._starts[key] = [starts[i] for i in order]
            self._quoted[key] = [self._quoted[key][i] for i in order]

    def quoted(self, s: Sentence) -> bool | None:
        """Whether the sentence stands inside a block quote; None outside structured Markdown."""
        key = id(s.text.source)
        starts = self._starts.get(key)
        if not starts or not len(s.text.offsets):
            return None
        k = bisect.bisect_right(starts, s.text.offsets[0]) - 1
        return self._quoted[key][k] if k >= 0 else None

    def differ(self, zh: Sentence, en: Sentence) -> bool:
        """Whether one of the two sentences stands inside a block quote and the other does not."""
        a, b = self.quoted(zh), self.quoted(en)
        return a is not None and b is not None and a != b

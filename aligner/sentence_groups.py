"""The sentences of both sides of a section collected group by group (a paired unit, a column of two paired rows, a
line or paragraph pair), aligned at once with each bead kept inside one group, and the unpaired sentences of a
paired group folded into a bead of it (`unit_folds`), for `aligner.blocks` and `aligner.group_align`.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from zhen_qa.aligner.absorbed_paragraphs import split_absorbed
from zhen_qa.aligner.clauses import Tokens
from zhen_qa.aligner.heading_splits import split_at_headings
from zhen_qa.aligner.item_titles import join_item_titles
from zhen_qa.aligner.lexicon import load_lexicon
from zhen_qa.aligner.markdown_units import heading_block
from zhen_qa.aligner.orphan_repeats import only_repeats
from zhen_qa.aligner.unit_folds import char_length, discourse_phrase, fold_unpaired, join_echoes, join_halves
from zhen_qa.aligner.unit_pairs import within_groups
from zhen_qa.manuscript.document import Bead, Block, Sentence
from zhen_qa.manuscript.source import code_written

if TYPE_CHECKING:  # pragma: no cover
    from zhen_qa.aligner.pairing import AlignFn

SentencesOf = Callable[[Block, str], list[Sentence]]


class GroupBuilder:
    """Collects the sentences of both sides, each with the group (a paired unit or column) it may pair within."""

    def __init__(self, sentences_of: SentencesOf, halves_zh: bool = True, repeats_apart: bool = False) -> None:
        self.sentences_of = sentences_of
        self.repeats_apart = repeats_apart  # an English sentence that only repeats what a bead's English says of its
        # Chinese is no half of that bead (`orphan_repeats.only_repeats`; structured Markdown: `blocks.align_blocks`)
        self.halves_zh = halves_zh  # a Chinese sentence left alone may join its neighbour as a half (`join_halves`);
        # False (paragraphs of prose): no sentence folds as a discourse phrase (`fold_unpaired`) or an echo either
        self.zh: list[Sentence] = []
        self.en: list[Sentence] = []
        self.group_zh: list[int] = []
        self.group_en: list[int] = []
        self.heading_zh: list[bool] = []  # the sentence comes from a Markdown heading
        self.heading_en: list[bool] = []
        self.block_zh: list[int] = []  # the block the sentence comes from (numbered as added)
        self.block_en: list[int] = []
        self.blocks = 0
        self.groups = 0

    def add(self, zh_blocks: Sequence[Block], en_blocks: Sequence[Block]) -> None:
        """The sentences of `zh_blocks` and `en_blocks` as one group (either side may be empty)."""
        zh = [(s, heading_block(b), self.blocks + k) for k, b in enumerate(zh_blocks)
              for s in self.sentences_of(b, "zh")]
        first = self.blocks + len(zh_blocks)
        en = [(s, heading_block(b), first + k) for k, b in enumerate(en_blocks) for s in self.sentences_of(b, "en")]
        self.add_sentences([s for s, _h, _b in zh], [s for s, _h, _b in en],
                           ([h for _s, h, _b in zh], [h for _s, h, _b in en]),
                           ([b for _s, _h, b in zh], [b for _s, _h, b in en]))
        self.blocks = max(self.blocks, first + len(en_blocks))

    def add_sentences(self, zh: list[Sentence], en: list[Sentence],
                      heading: tuple[list[bool], list[bool]] | None = None,
                      blocks: tuple[list[int], list[int]] | None = None) -> None:
        """`zh` and `en` as one group (either side may be empty); `heading` marks the sentences of headings, `blocks`
        numbers the blocks they come from (default: each sentence a block of its own)."""
        if not zh and not en:
            return
        self.zh.extend(zh)
        self.en.extend(en)
        self.heading_zh.extend(heading[0] if heading else [False] * len(zh))
        self.heading_en.extend(heading[1] if heading else [False] * len(en))
        if blocks is None:
            blocks = (list(range(self.blocks, self.blocks + len(zh))),
                      list(range(self.blocks + len(zh), self.blocks + len(zh) + len(en))))
        self.block_zh.extend(blocks[0])
        self.block_en.extend(blocks[1])
        self.blocks = max([self.blocks - 1, *blocks[0], *blocks[1]]) + 1
        self.group_zh.extend([self.groups] * len(zh))
        self.group_en.extend([self.groups] * len(en))
        self.groups += 1

    def add_rows(self, zh_row: list[Block], en_row: list[Block]) -> None:
        """Two paired table rows: cells pair by column. When the two tables have the same shape, a cell whose
        counterpart is in the other file but not prose (a link title kept in English, an identifier) is left out:
        a translation of something that needed none, not a sentence missing."""
        zp, ep = zh_row[0].part, en_row[0].part
        same = zp is not None and ep is not None and zp.shape == ep.shape != (0, 0)
        columns = sorted({b.part.column for b in zh_row + en_row if b.part is not None})
        for c in columns:
            zh = [b for b in zh_row if b.part is not None and b.part.column == c]
            en = [b for b in en_row if b.part is not None and b.part.column == c]
            if same and zp is not None and ep is not None and (
                    not zh and (zp.row, c) not in zp.blank or not en and (ep.row, c) not in ep.blank):
                continue
            self.add(zh, en)

    def beads(self, align: "AlignFn", paragraphs: bool = False) -> list[Bead]:
        """Align all sentences at once (the aligner's scores stay calibrated on the whole section) within groups.

        A group of one sentence a side is one bead: two paired units of one sentence each translate each other.
        """
        if not self.zh or not self.en:
            return align([s.text.text for s in self.zh], [s.text.text for s in self.en], paragraphs=paragraphs)
        found = within_groups(align([s.text.text for s in self.zh], [s.text.text for s in self.en],
                                    groups=(self.group_zh, self.group_en), paragraphs=paragraphs,
                                    en_blocks=self.block_en if paragraphs else None,
                                    zh_blocks=self.block_zh if paragraphs else None,
                                    written=(self._written(self.zh), self._written(self.en)) if paragraphs else None),
                              self.group_zh, self.group_en)
        zh_count, en_count = Counter(self.group_zh), Counter(self.group_en)
        single = {g for g in range(self.groups) if zh_count[g] == 1 and en_count[g] == 1}
        zh_first = {g: i for i, g in reversed(list(enumerate(self.group_zh)))}
        en_first = {g: j for j, g in reversed(list(enumerate(self.group_en)))}
        out: list[Bead] = []
        done: set[int] = set()
        for bead in found:
            g = self.group_zh[bead.zh[0]] if bead.zh else self.group_en[bead.en[0]]
            if g not in single:
                out.append(bead)
            elif g not in done:  # first bead of the group: the group's two sentences as one bead
                done.add(g)
                score = bead.score if bead.zh and bead.en else 1.0
                out.append(Bead((zh_first[g],), (en_first[g],), score))
        return self._fold(out)

    @staticmethod
    def _written(sentences: Sequence[Sentence]) -> list[str]:
        """The sentences' texts with their inline code spans written out (`manuscript.source.code_written`)."""
        return [code_written(s.text) for s in sentences]

    def _repeats(self) -> Callable[[Bead, Bead], bool]:
        """`join_halves`' `apart` test: English sentence(s) alone that only repeat what the neighbouring bead's
        English says of its Chinese (`orphan_repeats.only_repeats`, with the dictionary's lexicon): a paragraph whose
        Chinese was deleted, which the lengths alone would fold into the bead as its second half."""
        memo: Tokens = {}
        zh, en = [s.text.text for s in self.zh], [s.text.text for s in self.en]

        def apart(lone: Bead, neighbour: Bead) -> bool:
            if lone.zh or not lone.en:
                return False
            return only_repeats(" ".join(en[j] for j in lone.en), " ".join(en[j] for j in neighbour.en),
                                "".join(zh[i] for i in neighbour.zh), load_lexicon(), memo)

        return apart

    def group(self, bead: Bead) -> int:
        """The group a bead belongs to."""
        return self.group_zh[bead.zh[0]] if bead.zh else self.group_en[bead.en[0]]

    def _fold(self, beads: list[Bead]) -> list[Bead]:
        """Unpaired sentences of a paired unit folded into a bead of the same unit (`fold_unpaired`, `join_echoes`,
        `join_item_titles`, `join_halves`), English paragraphs absorbed whole split off (`split_absorbed`, structured
        Markdown), then beads across two headings cut at them (`split_at_headings`)."""
        # paragraphs of prose (`halves_zh` False): no sentence left alone folds as a discourse phrase or an echo. A
        # Chinese one joins nothing (a short claim, 疗效确切。, whose translation was deleted); an English one joins
        # only through `align_in_groups`' `says` gate (a short added claim, "Safety was excellent.", stays reported)
        phrase = ([self.halves_zh and discourse_phrase(s.text.text) for s in self.zh],
                  [self.halves_zh and discourse_phrase(s.text.text) for s in self.en])
        folded = fold_unpaired(beads, self.group, phrase)
        if self.halves_zh:
            folded = join_echoes(folded, self.group, ([s.text.text for s in self.zh], [s.text.text for s in self.en]))
        folded = join_item_titles(folded, self.group, self.zh, self.en)
        lengths = [char_length(s.text.text) for s in self.zh], [char_length(s.text.text) for s in self.en]
        halves = join_halves(folded, self.group, lengths, chinese=self.halves_zh,
                             apart=self._repeats() if self.repeats_apart else None)
        if self.repeats_apart:  # structured Markdown: an English paragraph absorbed whole into another's bead
            halves = split_absorbed(halves, (self.block_zh, self.block_en), (self.zh, self.en),
                                    (self.heading_zh, self.heading_en), load_lexicon())
        return split_at_headings(halves, (self.heading_zh, self.heading_en),
                                 (self.block_zh, self.block_en), (self.zh, self.en))

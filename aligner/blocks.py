"""Block-by-block alignment inside a section of structured Markdown: blocks first, sentences inside paired blocks.

Translated documentation keeps its block structure far better than its sentence structure: paragraphs,
list items and table rows correspond, while sentences inside them are split, merged and reordered. So
the units of a section (a paragraph, a heading, a list item, a table row) are aligned first, with the
same aligner as sentences (each unit's text as one "sentence"; a row's text starts with its first cell's
source, often an identifier both languages keep). Sentences are then aligned only inside paired units,
and the cells of two paired rows pair by column. A unit with no counterpart keeps its sentences unpaired
(a missing paragraph is still reported), except the short value cells of a missing table row (`object`,
`False`, 否): the row is reported once, by its prose cells. Inside a paired unit, a Chinese-only and an
English-only sentence side by side become one bead, and an unpaired discourse phrase ("Great!", 如下所示：)
joins its neighbour (`fold_unpaired`).
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from zhen_qa.aligner.code_anchors import code_parted, split_at_code
from zhen_qa.aligner.heading_splits import split_at_headings
from zhen_qa.aligner.item_titles import join_item_titles
from zhen_qa.aligner.line_groups import lone_lines_joined
from zhen_qa.aligner.line_orphans import line_orphan
from zhen_qa.aligner.unit_folds import (
    char_length,
    discourse_phrase,
    fold_unpaired,
    join_echoes,
    join_halves,
    one_sided,
    word_count,
)
from zhen_qa.aligner.unit_pairs import blank_across, code_cuts, pair_units, within_groups
from zhen_qa.manuscript.document import Bead, Block, Sentence
from zhen_qa.manuscript.script import script_share

if TYPE_CHECKING:  # pragma: no cover
    from zhen_qa.aligner.pairing import AlignFn

SentencesOf = Callable[[Block, str], list[Sentence]]

MIN_CELL_WORDS = 3
"""A table cell of fewer words (Latin words, or Han characters counted two to a word) is a value, not prose."""


def structured(blocks: Sequence[Block]) -> bool:
    """True when every block carries its Markdown structure (the blocks come from a structured Markdown file)."""
    return bool(blocks) and all(b.part is not None for b in blocks)


def _heading_block(block: Block) -> bool:
    """Whether a block is a Markdown heading."""
    return block.part is not None and block.part.kind == "heading"


def _units(blocks: Sequence[Block]) -> list[list[Block]]:
    """Consecutive blocks grouped into units: the cells of one table row together, any other block alone."""
    out: list[list[Block]] = []
    prev: tuple[int, int] | None = None
    for b in blocks:
        p = b.part
        row = (p.table, p.row) if p is not None and p.kind == "cell" else None
        if row is not None and row == prev and out:
            out[-1].append(b)
        else:
            out.append([b])
        prev = row
    return out


def _is_row(unit: list[Block]) -> bool:
    p = unit[0].part
    return p is not None and p.kind == "cell"


def _is_heading(unit: list[Block], lang: str) -> bool:
    """A heading of one sentence (a heading that swallowed a paragraph is aligned like a paragraph)."""
    from zhen_qa.manuscript.segment import split

    return _heading_block(unit[0]) and len(split(unit[0].text.text, lang)) == 1


def _value_cell(block: Block) -> bool:
    """A table cell too short to be prose (a type, a default, 是/否)."""
    text = block.text.text
    return word_count(text) < MIN_CELL_WORDS


def _reported_cell(block: Block, blank: set[int]) -> bool:
    """Whether a cell of a row with no counterpart row is reported: a cell of prose, or a cell of words (Han
    characters or Latin letters: not a number, code or a dash) whose cell on the other side is blank (`blank`, the
    `id`s `unit_pairs.blank_across` gives)."""
    return not _value_cell(block) or id(block) in blank and script_share(block.text.text) != (0, 0)


class _Builder:
    """Collects the sentences of both sides, each with the group (a paired unit or column) it may pair within."""

    def __init__(self, sentences_of: SentencesOf, halves_zh: bool = True) -> None:
        self.sentences_of = sentences_of
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
        zh = [(s, _heading_block(b), self.blocks + k) for k, b in enumerate(zh_blocks)
              for s in self.sentences_of(b, "zh")]
        first = self.blocks + len(zh_blocks)
        en = [(s, _heading_block(b), first + k) for k, b in enumerate(en_blocks) for s in self.sentences_of(b, "en")]
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
                                    groups=(self.group_zh, self.group_en), paragraphs=paragraphs),
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

    def _group(self, bead: Bead) -> int:
        return self.group_zh[bead.zh[0]] if bead.zh else self.group_en[bead.en[0]]

    def _fold(self, beads: list[Bead]) -> list[Bead]:
        """Unpaired sentences of a paired unit folded into a bead of the same unit (`fold_unpaired`, `join_echoes`,
        `join_item_titles`, `join_halves`), then beads across two headings cut at them (`split_at_headings`)."""
        # paragraphs of prose (`halves_zh` False): no sentence left alone folds as a discourse phrase or an echo. A
        # Chinese one joins nothing (a short claim, 疗效确切。, whose translation was deleted); an English one joins
        # only through `align_in_groups`' `says` gate (a short added claim, "Safety was excellent.", stays reported)
        phrase = ([self.halves_zh and discourse_phrase(s.text.text) for s in self.zh],
                  [self.halves_zh and discourse_phrase(s.text.text) for s in self.en])
        folded = fold_unpaired(beads, self._group, phrase)
        if self.halves_zh:
            folded = join_echoes(folded, self._group, ([s.text.text for s in self.zh], [s.text.text for s in self.en]))
        folded = join_item_titles(folded, self._group, self.zh, self.en)
        lengths = [char_length(s.text.text) for s in self.zh], [char_length(s.text.text) for s in self.en]
        halves = join_halves(folded, self._group, lengths, chinese=self.halves_zh)
        return split_at_headings(halves, (self.heading_zh, self.heading_en),
                                 (self.block_zh, self.block_en), (self.zh, self.en))



def align_blocks(
    zh_blocks: Sequence[Block], en_blocks: Sequence[Block], sentences_of: SentencesOf, align: "AlignFn"
) -> tuple[list[Sentence], list[Sentence], list[Bead]]:
    """(zh sentences, en sentences, beads) of one section, aligned unit by unit (see the module docstring)."""
    zu, eu = _units(zh_blocks), _units(en_blocks)
    out = _Builder(sentences_of)
    heads: tuple[list[Block], list[Block]] = ([], [])
    if zu and eu and _is_heading(zu[0], "zh") and _is_heading(eu[0], "en"):  # the headings that paired the sections
        heads = (zu.pop(0), eu.pop(0))
        out.add(*heads)
    blank: set[int] = set()  # cells left to report whatever their length: their cell on the other side is blank
    if len(zu) == len(eu) == 1 and not code_cuts(zu, eu):
        unit_beads = [Bead((0,), (0,), 1.0)]
    else:
        blank = blank_across(zu, eu)
        unit_beads = split_at_code(pair_units(zu, eu, align, heads), zu, eu)
    pending: tuple[list[Block], list[Block]] | None = None  # the open group of paragraphs and items
    glue = False  # the last unit was unpaired: the next paired unit joins the open group
    unit_beads, crossed = _uncrossed(unit_beads, zu, eu)
    unit_beads, retaken = _lone_heading_retaken(unit_beads, zu, eu)
    unit_beads, items = _items_apart(unit_beads, zu, eu)
    crossed |= items
    crossed |= retaken
    unit_beads = _heading_alone(unit_beads, zu, eu)
    unit_beads = _headings_off_edges(unit_beads, zu, eu)
    apart = _one_sided_sections(unit_beads, zu, eu)
    section = False  # the open group is a section only one side has: no paired unit joins it
    for k, bead in enumerate(unit_beads):
        zs, es = [zu[i] for i in bead.zh], [eu[j] for j in bead.en]
        if not zs and not es:  # a code block both pages have (`unit_pairs.pair_units`): no group reaches past it
            if pending is not None:
                out.add(*pending)
            pending, glue, section = None, False, False
            continue
        if k in apart:  # a heading the other side has no heading for opens its own group
            if pending is not None:
                out.add(*pending)
            pending, glue, section = ([b for u in zs for b in u], [b for u in es for b in u]), True, True
            continue
        if (bead.zh, bead.en) in crossed:  # uncrossed headings or items: a group of their own
            if pending is not None:
                out.add(*pending)
            out.add([b for u in zs for b in u], [b for u in es for b in u])
            pending, glue, section = None, False, False
            continue
        if section and zs and es:
            glue = section = False
        rows = [u for u in zs + es if _is_row(u)]
        if rows and zs and es and any(map(_is_row, zs)) != any(map(_is_row, es)):  # rows on one side only
            zs, es, rows = _rows_apart(zs, es, out)
        if rows and len(zs) == len(es) == 1 and len(rows) == 2:
            out.add_rows(zs[0], es[0])
            continue
        if rows and (not zs or not es):  # a missing table row is reported by its prose cells only, and by the cells
            # whose cell in the other side's row is blank (`unit_pairs.blank_across`: left empty, however short)
            out.add([b for u in zs for b in u if _reported_cell(b, blank)],
                    [b for u in es for b in u if _reported_cell(b, blank)])
            continue
        zb, eb = [b for u in zs for b in u], [b for u in es for b in u]
        lone = not (zs and es)
        if pending is None:
            pending = (zb, eb)
        elif zs and es and not glue or lone and k and code_parted(bead, unit_beads[k - 1], zu, eu, after=False):
            out.add(*pending)
            pending = (zb, eb)
        else:  # an unpaired unit joins the groups on both sides of it: its sentences may pair with either
            pending[0].extend(zb)
            pending[1].extend(eb)
        # ...but not across code each page has (`code_anchors.code_parted`)
        glue = lone and not (k + 1 < len(unit_beads) and code_parted(bead, unit_beads[k + 1], zu, eu, after=True))
    if pending is not None:
        out.add(*pending)
    return out.zh, out.en, out.beads(align, paragraphs=True)


def _mark(unit: list[Block], lang: str) -> tuple[str, int] | None:
    """A unit's place in the page's structure that its translation keeps: a heading of one sentence (with its
    level) or a list item; None for a paragraph or a row."""
    p = unit[0].part
    if p is None:
        return None
    if _is_heading(unit, lang):
        return ("heading", p.level)
    return ("item", 0) if p.kind == "item" else None


Units = tuple[tuple[int, ...], tuple[int, ...]]


def _uncrossed(unit_beads: Sequence[Bead], zu: list[list[Block]], eu: list[list[Block]]) -> tuple[
        list[Bead], set[Units]]:
    """Two unit beads side by side whose headings or list items cross: the first closes with a heading (or item) of
    one side and has none on the other, the second opens with a heading of the same level (or an item) of that other
    side and has none on the first. The two stand at the same place in both files' structure and translate each
    other; the unit aligner paired each with the other side's paragraph beside it instead, because a paragraph beside
    them had no counterpart (a deleted paragraph under `#### PostCSS 示例配置` left the English "PostCSS config
    example:" under "#### PostCSS Config": the Chinese heading took that paragraph, the English heading joined the
    paragraph before it; an item 检查重复包： took the two English paragraphs before "- Detect duplicate
    dependencies", whose Chinese was deleted). The two become a bead of their own; the rest of each bead keeps its
    place (a side left empty is an unpaired unit, glued to the groups beside it as any other: kept apart, the
    English lead-in of a page whose Chinese paragraph the unit aligner had paired with a later heading was reported
    though translated, vant-heldout advanced-usage). Returns the beads and the (zh, en) units of each pair made (a
    group of its own in `align_blocks`: two headings or items translate each other, nothing beside them joins)."""
    out = list(unit_beads)
    apart: set[Units] = set()
    k = 0
    while k + 1 < len(out):
        a, b = out[k], out[k + 1]
        for side in (0, 1):
            a_mine, a_other, b_mine, b_other, mine_units, other_units, mine_lang, other_lang = _seen_from(
                side, a, b, zu, eu)
            if not (a_mine and a_other and b_mine and b_other):
                continue
            mark = _mark(mine_units[a_mine[-1]], mine_lang)
            if mark is None or _mark(other_units[b_other[0]], other_lang) != mark or any(
                    (_mark(other_units[i], other_lang) or ("",))[0] == mark[0] for i in a_other) or any(
                    (_mark(mine_units[i], mine_lang) or ("",))[0] == mark[0] for i in b_mine):
                continue
            pieces = [(a_mine[:-1], a_other, a.score), (a_mine[-1:], b_other[:1], 1.0), (b_mine, b_other[1:], b.score)]
            beads = [Bead(m, o, s) if side == 0 else Bead(o, m, s) for m, o, s in pieces]
            out[k:k + 2] = [x for x in beads if x.zh or x.en]
            apart.add((beads[1].zh, beads[1].en))
            break
        k += 1
    return out, apart


def _lone_heading_retaken(unit_beads: Sequence[Bead], zu: list[list[Block]], eu: list[list[Block]]) -> tuple[
        list[Bead], set[Units]]:
    """A heading one side has alone (a unit bead of it only) beside a bead that pairs the other side's heading of
    the same level with text of the first side, no heading: the two headings stand at the same place in both files'
    structure and translate each other; the text was taken by the heading because the paragraph beside it had lost
    its counterpart (a deleted paragraph under `## 怎么自定义 loader`: the Chinese heading took the English paragraph
    under "## How to customize loaders", which was left alone). The headings become a bead of their own (a group
    of their own, as `_uncrossed`'s), the text leaves the bead unpaired, a group of its own too (reported without
    its translation, as it is: glued to the group beside it, the sentence aligner would pair it with that group's
    heading or image text). Returns the beads and the (zh, en) units of each bead made."""
    out = list(unit_beads)
    made: set[Units] = set()
    for k in range(len(out) - 1):
        for lone_at, side in ((0, 0), (0, 1), (1, 0), (1, 1)):
            lone, paired = (out[k], out[k + 1]) if lone_at == 0 else (out[k + 1], out[k])
            mine, other, pm, po, units, other_units, lang, other_lang = _seen_from(side, lone, paired, zu, eu)
            if len(mine) != 1 or other or not pm or not po:
                continue
            mark = _mark(units[mine[0]], lang)
            head = po[0] if lone_at == 0 else po[-1]  # the other side's unit next to the lone heading
            rest = po[1:] if lone_at == 0 else po[:-1]
            if mark is None or mark[0] != "heading" or _mark(other_units[head], other_lang) != mark or any(
                    (_mark(units[i], lang) or ("",))[0] == "heading" for i in pm) or any(
                    (_mark(other_units[i], other_lang) or ("",))[0] == "heading" for i in rest):
                continue
            heads = Bead(mine, (head,), 1.0) if side == 0 else Bead((head,), mine, 1.0)
            text = Bead(pm, rest, paired.score) if side == 0 else Bead(rest, pm, paired.score)
            out[k:k + 2] = [heads, text] if lone_at == 0 else [text, heads]
            made |= {(heads.zh, heads.en), (text.zh, text.en)}
            break
    return out, made


def _items_apart(unit_beads: Sequence[Bead], zu: list[list[Block]], eu: list[list[Block]]) -> tuple[
        list[Bead], set[Units]]:
    """A unit bead of one list item on one side and, on the other, a list item with paragraphs outside the list
    beside it (no item among them): the items translate each other; a paragraph after the list (or before it) is no
    part of an item, which holds its own text, indented under it: it leaves the bead, unpaired (a deleted
    paragraph after a list: its English joined the last item's, `* Windows+bash (…)` with "Thrift (0.14.1 or
    higher) must be installed…"). The items become a group of their own (as `_uncrossed`'s pairs: the paragraph,
    left alone, would join the group beside it again). Returns the beads and the (zh, en) units of each pair made."""
    out: list[Bead] = []
    made: set[Units] = set()
    for bead in unit_beads:
        for side in (0, 1):
            one, many = (bead.zh, bead.en) if side == 0 else (bead.en, bead.zh)
            units, other_units = (zu, eu) if side == 0 else (eu, zu)
            lang, other_lang = ("zh", "en") if side == 0 else ("en", "zh")
            if len(one) != 1 or len(many) < 2 or _mark(units[one[0]], lang) != ("item", 0):
                continue
            marks = [_mark(other_units[i], other_lang) for i in many]
            if marks[0] == ("item", 0) and not any(marks[1:]):
                item, rest, after = many[:1], many[1:], True
            elif marks[-1] == ("item", 0) and not any(marks[:-1]):
                item, rest, after = many[-1:], many[:-1], False
            else:
                continue
            pair = Bead(one, item, bead.score) if side == 0 else Bead(item, one, bead.score)
            alone = Bead((), rest, 0.0) if side == 0 else Bead(rest, (), 0.0)
            out.extend((pair, alone) if after else (alone, pair))
            made.add((pair.zh, pair.en))
            break
        else:
            out.append(bead)
    return out, made


Sided = tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...], tuple[int, ...], list[list[Block]], list[list[Block]],
              str, str]


def _seen_from(side: int, a: Bead, b: Bead, zu: list[list[Block]], eu: list[list[Block]]) -> Sided:
    """Two neighbouring unit beads seen from one side (0 Chinese, 1 English): a's units on that side and the other,
    b's, the two sides' unit lists and languages (`_uncrossed` and `_heading_alone` ask the same of either side)."""
    if side == 0:
        return a.zh, a.en, b.zh, b.en, zu, eu, "zh", "en"
    return a.en, a.zh, b.en, b.zh, eu, zu, "en", "zh"


def _heading_alone(unit_beads: Sequence[Bead], zu: list[list[Block]], eu: list[list[Block]]) -> list[Bead]:
    """A unit bead of one heading on one side and a heading of the same level and the text under it on the other,
    followed by a bead of text only, on the first side only: the text under the first heading translates the text
    under the other (`#### PostCSS 示例配置` took `#### PostCSS Config` and "PostCSS config example:", its own
    下面提供了一份基本的 PostCSS 示例配置… was left alone, a code block both pages have after it). Headings pair with
    headings, the text under them with each other."""
    out = list(unit_beads)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        for side in (0, 1):
            a_mine, a_other, b_mine, b_other, units, other_units, lang, other_lang = _seen_from(side, a, b, zu, eu)
            if len(a_mine) != 1 or len(a_other) < 2 or b_other or not b_mine:
                continue
            mark = _mark(units[a_mine[0]], lang)
            if mark is None or mark[0] != "heading" or _mark(other_units[a_other[0]], other_lang) != mark or any(
                    _is_heading(other_units[i], other_lang) for i in a_other[1:]) or any(
                    _is_heading(units[i], lang) for i in b_mine):
                continue
            pieces = [(a_mine, a_other[:1]), (b_mine, a_other[1:])]
            out[k:k + 2] = [Bead(m, o, a.score) if side == 0 else Bead(o, m, a.score) for m, o in pieces]
            break
    return out


def _lone_headings(unit_beads: Sequence[Bead], zu: list[list[Block]], eu: list[list[Block]]) -> tuple[bool, bool]:
    """Whether the Chinese and whether the English side has a heading the unit aligner paired with no heading: left
    unpaired, or in a bead whose other side has none (a heading paired with an image's alt text)."""
    def loose(mine: Sequence[int], other: Sequence[int], units: list[list[Block]], lang: str,
              other_units: list[list[Block]], other_lang: str) -> bool:
        return any(_is_heading(units[i], lang) for i in mine) and not any(
            _is_heading(other_units[i], other_lang) for i in other)

    return (any(loose(b.zh, b.en, zu, "zh", eu, "en") for b in unit_beads),
            any(loose(b.en, b.zh, eu, "en", zu, "zh") for b in unit_beads))


def _headings_off_edges(unit_beads: Sequence[Bead], zu: list[list[Block]], eu: list[list[Block]]) -> list[Bead]:
    """A unit bead whose one side opens or closes with a heading while its other side has none, in a section where
    the other side has no heading paired with no heading (`_lone_headings`): the heading translates nothing of the
    other side (sections in another order leave a heading unpaired on both sides) but opens a section of its own
    (the warning both pages have and an English-only "### APISIX deployment modes" after it in one 1-2 bead); it
    leaves the bead, unpaired."""
    lone = _lone_headings(unit_beads, zu, eu)
    out: list[Bead] = []
    for bead in unit_beads:
        for side, units in ((0, zu), (1, eu)):
            mine, other = (bead.zh, bead.en) if side == 0 else (bead.en, bead.zh)
            lang, other_lang, other_units = ("zh", "en", eu) if side == 0 else ("en", "zh", zu)
            if lone[1 - side] or len(mine) < 2 or not other or any(
                    _is_heading(other_units[i], other_lang) for i in other):
                continue
            if _is_heading(units[mine[-1]], lang) and not any(_is_heading(units[i], lang) for i in mine[:-1]):
                rest, head, after = mine[:-1], mine[-1:], True
            elif _is_heading(units[mine[0]], lang) and not any(_is_heading(units[i], lang) for i in mine[1:]):
                rest, head, after = mine[1:], mine[:1], False
            else:
                continue
            kept = Bead(rest, bead.en, bead.score) if side == 0 else Bead(bead.zh, rest, bead.score)
            alone = Bead(head, (), 0.0) if side == 0 else Bead((), head, 0.0)
            out.extend((kept, alone) if after else (alone, kept))
            break
        else:
            out.append(bead)
    return out


def _one_sided_sections(unit_beads: Sequence[Bead], zu: list[list[Block]], eu: list[list[Block]]) -> set[int]:
    """The unit beads that open a section only one side has: the first unpaired heading of a run of unpaired units
    that holds text after it, when the other side has no heading paired with no heading in the whole section
    (`_lone_headings`; else the two may be one section moved, or the other heading paired with an alt text). The
    units from it to the next paired unit are that section, their own group, so its sentences are not paired with
    the paired unit before it (a `:::warning` both pages have, then an English-only "### Deployment modes" and its
    paragraph: the warning's second Chinese sentence took the paragraph)."""
    lone = _lone_headings(unit_beads, zu, eu)
    out: set[int] = set()
    k = 0
    while k < len(unit_beads):
        if not one_sided(unit_beads[k]):
            k += 1
            continue
        end = k
        while end < len(unit_beads) and one_sided(unit_beads[end]):
            end += 1
        heads = [i for i in range(k, end) if len(unit_beads[i].zh) + len(unit_beads[i].en) == 1 and _is_heading(
            zu[unit_beads[i].zh[0]] if unit_beads[i].zh else eu[unit_beads[i].en[0]],
            "zh" if unit_beads[i].zh else "en")]
        if heads and not lone[1 if unit_beads[heads[0]].zh else 0] and len(heads) < end - heads[0]:
            out.add(heads[0])  # a section with text: a heading alone (doubled, or over code) is no section
        k = end
    return out


def _rows_apart(zs: list[list[Block]], es: list[list[Block]], out: _Builder) -> tuple[
        list[list[Block]], list[list[Block]], list[list[Block]]]:
    """A unit bead that pairs table rows of one side with paragraphs or headings of the other: a row's translation
    is a row, so those rows are missing rows (added to `out`, reported by their prose cells, as a row the aligner
    leaves alone), and the bead keeps the other units. Returns its zh and en units and its rows (none)."""
    out.add([b for u in zs if _is_row(u) for b in u if not _value_cell(b)],
            [b for u in es if _is_row(u) for b in u if not _value_cell(b)])
    return [u for u in zs if not _is_row(u)], [u for u in es if not _is_row(u)], []


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
    out = _Builder(sentences_of, halves_zh=says is None)
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
        beads = sorted(beads, key=lambda b: (out._group(b), order[id(b)]))
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
        g = out._group(bead)
        prev = joined[-1] if joined else None
        unpaired = bead if one_sided(bead) else prev if prev is not None and one_sided(prev) else None
        if prev is not None and g in whole and out._group(prev) == g and unpaired is not None and not _orphan(
                out, unpaired, members, lengths, size_zh[g], size_en[g], ratio) and (
                says is None or not unpaired.zh and _says_all(out, g, members, unpaired, lone_en, says)):
            joined[-1] = Bead(prev.zh + bead.zh, prev.en + bead.en, bead.score if one_sided(prev) else prev.score)
        else:
            joined.append(bead)
    return out.zh, out.en, joined


def _says_all(out: _Builder, g: int, members: tuple[dict[int, list[int]], dict[int, list[int]]], lone: Bead,
              unpaired: set[int], says: Callable[[str, str, Sequence[str]], bool]) -> bool:
    """Every English sentence of unpaired bead `lone` says something of group `g`'s Chinese that the group's
    English sentences the alignment paired (those not in `unpaired`, the English of one-sided beads) do not
    (`says`)."""
    chinese = "".join(out.zh[i].text.text for i in members[0][g])
    paired = [out.en[j].text.text for j in members[1].get(g, ()) if j not in unpaired]
    return all(says(chinese, out.en[j].text.text, paired) for j in lone.en)


def _orphan(out: _Builder, lone: Bead, members: tuple[dict[int, list[int]], dict[int, list[int]]],
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

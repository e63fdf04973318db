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

from collections.abc import Sequence
from typing import TYPE_CHECKING

from zhen_qa.aligner.code_anchors import code_parted, coded_apart, split_at_code
from zhen_qa.aligner.item_lists import items_in_step
from zhen_qa.aligner.markdown_units import is_heading, is_row, section_units, value_cell
from zhen_qa.aligner.sentence_groups import GroupBuilder, SentencesOf
from zhen_qa.aligner.unit_pairs import blank_across, code_cuts, lead_ins, pair_units
from zhen_qa.aligner.unit_repairs import (
    heading_alone,
    headings_off_edges,
    items_apart,
    lone_heading_retaken,
    one_sided_sections,
    rows_apart,
    uncrossed,
)
from zhen_qa.manuscript.document import Bead, Block, Sentence
from zhen_qa.manuscript.script import script_share

if TYPE_CHECKING:  # pragma: no cover
    from zhen_qa.aligner.pairing import AlignFn


def _reported_cell(block: Block, blank: set[int]) -> bool:
    """Whether a cell of a row with no counterpart row is reported: a cell of prose, or a cell of words (Han
    characters or Latin letters: not a number, code or a dash) whose cell on the other side is blank (`blank`, the
    `id`s `unit_pairs.blank_across` gives)."""
    return not value_cell(block) or id(block) in blank and script_share(block.text.text) != (0, 0)


def align_blocks(
    zh_blocks: Sequence[Block], en_blocks: Sequence[Block], sentences_of: SentencesOf, align: "AlignFn"
) -> tuple[list[Sentence], list[Sentence], list[Bead]]:
    """(zh sentences, en sentences, beads) of one section, aligned unit by unit (see the module docstring)."""
    zu, eu = section_units(zh_blocks), section_units(en_blocks)
    out = GroupBuilder(sentences_of, repeats_apart=True)
    heads: tuple[list[Block], list[Block]] = ([], [])
    if zu and eu and is_heading(zu[0], "zh") and is_heading(eu[0], "en"):  # the headings that paired the sections
        heads = (zu.pop(0), eu.pop(0))
        out.add(*heads)
    blank: set[int] = set()  # cells left to report whatever their length: their cell on the other side is blank
    leads: set[tuple[tuple[int, ...], tuple[int, ...]]] = set()
    if len(zu) == len(eu) == 1 and not code_cuts(zu, eu):
        unit_beads = [Bead((0,), (0,), 1.0)]
    else:
        blank = blank_across(zu, eu)
        leads = {((z,), (e,)) for z, e in lead_ins(zu, eu, code_cuts(zu, eu))}  # before pair_units cuts rows
        unit_beads = split_at_code(pair_units(zu, eu, align, heads), zu, eu)
    pending: tuple[list[Block], list[Block]] | None = None  # the open group of paragraphs and items
    glue = False  # the last unit was unpaired: the next paired unit joins the open group
    unit_beads, crossed = uncrossed(unit_beads, zu, eu)
    unit_beads, retaken = lone_heading_retaken(unit_beads, zu, eu)
    unit_beads, items = items_apart(unit_beads, zu, eu)
    crossed |= items
    unit_beads, in_step = items_in_step(unit_beads, zu, eu)
    crossed |= in_step
    crossed |= retaken
    unit_beads = heading_alone(unit_beads, zu, eu)
    unit_beads = headings_off_edges(unit_beads, zu, eu)
    apart = one_sided_sections(unit_beads, zu, eu)
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
        rows = [u for u in zs + es if is_row(u)]
        if rows and zs and es and any(map(is_row, zs)) != any(map(is_row, es)):  # rows on one side only
            zs, es, rows = rows_apart(zs, es, out)
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
        if glue and pending is not None and (bead.zh, bead.en) in leads and coded_apart(unit_beads[k - 1], zu, eu):
            out.add(*pending)  # a lead-in pair, settled by the code after it: a lone unit with code of its own
            pending, glue = None, False  # right after it introduces that code, not this one (A2: en 116 / en 127)
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

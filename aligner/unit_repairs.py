"""Repairs of the unit beads of a structured Markdown section before its sentences pair (`aligner.blocks`): headings
and list items that stand at the same place in both pages' structure pair with each other, whatever text the unit
aligner paired them with (a paragraph beside them had lost its counterpart); text that is no part of a heading or
an item leaves its bead; a section only one side has is a group of its own; rows paired with prose are missing rows.
"""
from __future__ import annotations

from collections.abc import Sequence

from zhen_qa.aligner.markdown_units import is_heading, is_row, unit_place, value_cell
from zhen_qa.aligner.sentence_groups import GroupBuilder
from zhen_qa.aligner.unit_folds import one_sided
from zhen_qa.manuscript.document import Bead, Block

Units = tuple[tuple[int, ...], tuple[int, ...]]


def uncrossed(unit_beads: Sequence[Bead], zu: list[list[Block]], eu: list[list[Block]]) -> tuple[
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
            mark = unit_place(mine_units[a_mine[-1]], mine_lang)
            if mark is None or unit_place(other_units[b_other[0]], other_lang) != mark or any(
                    (unit_place(other_units[i], other_lang) or ("",))[0] == mark[0] for i in a_other) or any(
                    (unit_place(mine_units[i], mine_lang) or ("",))[0] == mark[0] for i in b_mine):
                continue
            pieces = [(a_mine[:-1], a_other, a.score), (a_mine[-1:], b_other[:1], 1.0), (b_mine, b_other[1:], b.score)]
            beads = [Bead(m, o, s) if side == 0 else Bead(o, m, s) for m, o, s in pieces]
            out[k:k + 2] = [x for x in beads if x.zh or x.en]
            apart.add((beads[1].zh, beads[1].en))
            break
        k += 1
    return out, apart


def lone_heading_retaken(unit_beads: Sequence[Bead], zu: list[list[Block]], eu: list[list[Block]]) -> tuple[
        list[Bead], set[Units]]:
    """A heading one side has alone (a unit bead of it only) beside a bead that pairs the other side's heading of
    the same level with text of the first side, no heading: the two headings stand at the same place in both files'
    structure and translate each other; the text was taken by the heading because the paragraph beside it had lost
    its counterpart (a deleted paragraph under `## 怎么自定义 loader`: the Chinese heading took the English paragraph
    under "## How to customize loaders", which was left alone). The headings become a bead of their own (a group
    of their own, as `uncrossed`'s), the text leaves the bead unpaired, a group of its own too (reported without
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
            mark = unit_place(units[mine[0]], lang)
            head = po[0] if lone_at == 0 else po[-1]  # the other side's unit next to the lone heading
            rest = po[1:] if lone_at == 0 else po[:-1]
            if mark is None or mark[0] != "heading" or unit_place(other_units[head], other_lang) != mark or any(
                    (unit_place(units[i], lang) or ("",))[0] == "heading" for i in pm) or any(
                    (unit_place(other_units[i], other_lang) or ("",))[0] == "heading" for i in rest):
                continue
            heads = Bead(mine, (head,), 1.0) if side == 0 else Bead((head,), mine, 1.0)
            text = Bead(pm, rest, paired.score) if side == 0 else Bead(rest, pm, paired.score)
            out[k:k + 2] = [heads, text] if lone_at == 0 else [text, heads]
            made |= {(heads.zh, heads.en), (text.zh, text.en)}
            break
    return out, made


def items_apart(unit_beads: Sequence[Bead], zu: list[list[Block]], eu: list[list[Block]]) -> tuple[
        list[Bead], set[Units]]:
    """A unit bead of one list item on one side and, on the other, a list item with paragraphs outside the list
    beside it (no item among them): the items translate each other; a paragraph after the list (or before it) is no
    part of an item, which holds its own text, indented under it: it leaves the bead, unpaired (a deleted
    paragraph after a list: its English joined the last item's, `* Windows+bash (…)` with "Thrift (0.14.1 or
    higher) must be installed…"). The items become a group of their own (as `uncrossed`'s pairs: the paragraph,
    left alone, would join the group beside it again). Returns the beads and the (zh, en) units of each pair made."""
    out: list[Bead] = []
    made: set[Units] = set()
    for bead in unit_beads:
        for side in (0, 1):
            one, many = (bead.zh, bead.en) if side == 0 else (bead.en, bead.zh)
            units, other_units = (zu, eu) if side == 0 else (eu, zu)
            lang, other_lang = ("zh", "en") if side == 0 else ("en", "zh")
            if len(one) != 1 or len(many) < 2 or unit_place(units[one[0]], lang) != ("item", 0):
                continue
            marks = [unit_place(other_units[i], other_lang) for i in many]
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
    b's, the two sides' unit lists and languages (`uncrossed` and `heading_alone` ask the same of either side)."""
    if side == 0:
        return a.zh, a.en, b.zh, b.en, zu, eu, "zh", "en"
    return a.en, a.zh, b.en, b.zh, eu, zu, "en", "zh"


def heading_alone(unit_beads: Sequence[Bead], zu: list[list[Block]], eu: list[list[Block]]) -> list[Bead]:
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
            mark = unit_place(units[a_mine[0]], lang)
            if mark is None or mark[0] != "heading" or unit_place(other_units[a_other[0]], other_lang) != mark or any(
                    is_heading(other_units[i], other_lang) for i in a_other[1:]) or any(
                    is_heading(units[i], lang) for i in b_mine):
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
        return any(is_heading(units[i], lang) for i in mine) and not any(
            is_heading(other_units[i], other_lang) for i in other)

    return (any(loose(b.zh, b.en, zu, "zh", eu, "en") for b in unit_beads),
            any(loose(b.en, b.zh, eu, "en", zu, "zh") for b in unit_beads))


def headings_off_edges(unit_beads: Sequence[Bead], zu: list[list[Block]], eu: list[list[Block]]) -> list[Bead]:
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
                    is_heading(other_units[i], other_lang) for i in other):
                continue
            if is_heading(units[mine[-1]], lang) and not any(is_heading(units[i], lang) for i in mine[:-1]):
                rest, head, after = mine[:-1], mine[-1:], True
            elif is_heading(units[mine[0]], lang) and not any(is_heading(units[i], lang) for i in mine[1:]):
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


def one_sided_sections(unit_beads: Sequence[Bead], zu: list[list[Block]], eu: list[list[Block]]) -> set[int]:
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
        heads = [i for i in range(k, end) if len(unit_beads[i].zh) + len(unit_beads[i].en) == 1 and is_heading(
            zu[unit_beads[i].zh[0]] if unit_beads[i].zh else eu[unit_beads[i].en[0]],
            "zh" if unit_beads[i].zh else "en")]
        if heads and not lone[1 if unit_beads[heads[0]].zh else 0] and len(heads) < end - heads[0]:
            out.add(heads[0])  # a section with text: a heading alone (doubled, or over code) is no section
        k = end
    return out


def rows_apart(zs: list[list[Block]], es: list[list[Block]], out: GroupBuilder) -> tuple[
        list[list[Block]], list[list[Block]], list[list[Block]]]:
    """A unit bead that pairs table rows of one side with paragraphs or headings of the other: a row's translation
    is a row, so those rows are missing rows (added to `out`, reported by their prose cells, as a row the aligner
    leaves alone), and the bead keeps the other units. Returns its zh and en units and its rows (none)."""
    out.add([b for u in zs if is_row(u) for b in u if not value_cell(b)],
            [b for u in es if is_row(u) for b in u if not value_cell(b)])
    return [u for u in zs if not is_row(u)], [u for u in es if not is_row(u)], []

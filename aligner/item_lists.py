"""A list both pages hold with as many items pairs item by item (structured Markdown, before sentences pair).

A translated list keeps its items: each item of the Chinese list is one item of the English list, in order. The
unit aligner pairs units by their words, and a short item the lexicon barely ties to its English (a link title
建立一个询问对话框 / Build an Ask Dialog, an item of code spans 在 `tauri.conf.json` 中将 `frontendDist` 设置为 `dist/`)
can be joined to the lead-in before it ("in Rust:" with the first item, every later item shifted by one) or left
alone beside a lone English item; each such item is then reported untranslated, and the shift cuts a missing
passage after the list into two findings. `items_in_step` pairs the two lists item by item when the unit beads tie
one Chinese list to one English list only, both have as many items, and every item pair it makes that the unit
aligner did not make says two words of each other at least (`_evidenced`: as many items is no proof, a dropped item
beside a split or an added one keeps the count); the other units of the beads it takes the items from keep their
partners. A list whose counts differ (an item really left out or added), or whose position pairs say nothing of each
other, is left as the unit aligner paired it, and its lone item is still reported.
"""
from __future__ import annotations

from collections.abc import Sequence

from zhen_qa.aligner.clauses import MIN_SAID, said_of
from zhen_qa.aligner.lexicon import load_lexicon
from zhen_qa.aligner.markdown_units import unit_place
from zhen_qa.manuscript.document import Bead, Block
from zhen_qa.manuscript.lazy_re import LazyPattern

Units = tuple[tuple[int, ...], tuple[int, ...]]


_MARKER = LazyPattern(r"([ \t]*)([-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?[\[*_`~!]*\Z")
"""What stands on an item's line before its first prose character: indentation, a list marker (its family: the
bullet, or an ordered number's delimiter), a task box, opening markup (a link's `[`, emphasis, a code span)."""


def _is_item(unit: list[Block], lang: str) -> bool:
    """Whether the unit is a list item (an empty unit, a code block's place, is none)."""
    return bool(unit) and unit_place(unit, lang) == ("item", 0)


def _marker(unit: list[Block], lang: str) -> tuple[int, str] | None:
    """(indentation, marker family) of a list-item unit whose text opens its item's line; None for any other unit
    (a paragraph, an item's second paragraph or line, text after a nested list)."""
    if not _is_item(unit, lang) or not len(unit[0].text.offsets):
        return None
    source = unit[0].text.source
    at = unit[0].text.offsets[0]
    m = _MARKER.match(source.text, source.text.rfind("\n", 0, at) + 1, at)
    if m is None:
        return None
    return len(m.group(1).expandtabs(4)), m.group(2)[-1] if m.group(2)[-1] in ".)" else m.group(2)


def _lists(units: list[list[Block]], lang: str) -> list[range]:
    """The lists of two items or more whose every unit is an item's one line of text: runs of consecutive units each
    opening its item's line, at one indentation with one kind of marker (a nested list, an item's second paragraph
    or a lead-in ends the run)."""
    out: list[range] = []
    start, kind = 0, None
    marks = [_marker(u, lang) for u in units] + [None]
    for i, mark in enumerate(marks):
        if mark != kind or mark is None:
            if kind is not None and i - start >= 2:
                out.append(range(start, i))
            start, kind = i, mark
    return out


def items_in_step(unit_beads: Sequence[Bead], zu: list[list[Block]], eu: list[list[Block]]) -> tuple[
        list[Bead], set[Units]]:
    """The unit beads with each Chinese list tied (by the beads) to one English list only, and no other Chinese
    list tied to it, of as many items on both sides, paired item by item (see the module docstring). Returns the
    beads and the (zh, en) units of each pair made."""
    beads = list(unit_beads)
    made: set[Units] = set()
    en_lists = _lists(eu, "en")
    for zl in _lists(zu, "zh"):
        tied = {k for k, b in enumerate(beads) if any(i in zl for i in b.zh)}
        els = {n for n, el in enumerate(en_lists) for k in tied if any(j in el for j in beads[k].en)}
        if len(els) != 1:
            continue
        el = en_lists[els.pop()]
        touched = tied | {k for k, b in enumerate(beads) if any(j in el for j in b.en)}
        if len(zl) != len(el) or _other_items(beads, touched, zl, zu, 0) or _other_items(beads, touched, el, eu, 1):
            continue
        if all(len(beads[k].zh) == len(beads[k].en) == 1 and beads[k].zh[0] - zl[0] == beads[k].en[0] - el[0]
               for k in touched):
            continue  # already item by item
        if not _evidenced(beads, zl, el, zu, eu):
            continue
        repaired = _paired(beads, touched, zl, el)
        if repaired is None:
            continue
        beads = repaired
        made |= {((i,), (j,)) for i, j in zip(zl, el)}
    return beads, made


def _written(unit: list[Block]) -> str:
    """The unit's text as its page writes it, code spans and link targets included (the read text masks code)."""
    return " ".join(b.text.source.text[b.text.offsets[0]:b.text.offsets[-1] + 1] if len(b.text.offsets) else
                    b.text.text for b in unit)


def _evidenced(beads: list[Bead], zl: range, el: range, zu: list[list[Block]], eu: list[list[Block]]) -> bool:
    """Whether every item pair the position pairing would make that the unit beads do not already hold says
    `clauses.MIN_SAID` or more words of each other (`clauses.said_of` on the items as written, code spans included:
    English stems glossed from the Chinese item, Latin tokens and numbers both write). Equal counts alone prove
    nothing: a list whose translator dropped one item and split another, or dropped one and added one, has as many
    items, and position would pair its dropped item with an unrelated English item, which shares at most the list's
    topic word (every item's "Install"). A translated item says two words of its English at least, or nothing
    pairs it by position."""
    held = {(b.zh, b.en) for b in beads}
    lexicon = load_lexicon()
    return all(((i,), (j,)) in held or len(said_of(_written(zu[i]), _written(eu[j]), lexicon)) >= MIN_SAID
               for i, j in zip(zl, el))


def _other_items(beads: list[Bead], touched: set[int], items: range, units: list[list[Block]], side: int) -> bool:
    """Whether a bead `touched` holds a list item of another list on `side` (0 Chinese, 1 English: two lists tied,
    left alone)."""
    lang = "zh" if side == 0 else "en"
    return any(i not in items and _is_item(units[i], lang)
               for k in touched for i in (beads[k].zh if side == 0 else beads[k].en))


def _paired(beads: list[Bead], touched: set[int], zl: range, el: range) -> list[Bead] | None:
    """`beads` with the items of `zl` and `el` taken out of the beads `touched` and paired in order, placed between
    what is left before the lists and after them; None when a bead left holds units before a list on one side and
    after it on the other (a crossing no order can keep)."""
    first, last = min(touched), max(touched)
    score = sum(beads[k].score for k in touched) / len(touched)
    before: list[Bead] = []
    after: list[Bead] = []
    for k in range(first, last + 1):
        b = beads[k]
        if not b.zh and not b.en:  # a code block both pages have between the beads: no list runs across it
            return None
        zh = tuple(i for i in b.zh if i not in zl)
        en = tuple(j for j in b.en if j not in el)
        if not zh and not en:
            continue
        ends_before = all(i < zl[0] for i in zh) and all(j < el[0] for j in en)
        starts_after = all(i > zl[-1] for i in zh) and all(j > el[-1] for j in en)
        if ends_before and not after:
            before.append(Bead(zh, en, b.score))
        elif starts_after:
            after.append(Bead(zh, en, b.score))
        else:
            return None
    pairs = [Bead((i,), (j,), score) for i, j in zip(zl, el)]
    return [*beads[:first], *before, *pairs, *after, *beads[last + 1:]]

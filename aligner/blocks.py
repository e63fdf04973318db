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

import functools
import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import islice
from typing import TYPE_CHECKING

from zhen_qa.manuscript.document import Bead, Block, Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern

if TYPE_CHECKING:  # pragma: no cover
    from zhen_qa.aligner.pairing import AlignFn

SentencesOf = Callable[[Block, str], list[Sentence]]

MIN_CELL_WORDS = 3
"""A table cell of fewer words (Latin words, or Han characters counted two to a word) is a value, not prose."""

_LATIN = LazyPattern(r"[A-Za-z]{2,}")
@functools.lru_cache(maxsize=1)
def _han() -> re.Pattern[str]:
    """A Han character, compiled on first use (only tables ask)."""
    return re.compile(r"[\u3400-\u9fff]")


def structured(blocks: Sequence[Block]) -> bool:
    """True when every block carries its Markdown structure (the blocks come from a structured Markdown file)."""
    return bool(blocks) and all(b.part is not None for b in blocks)


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


def _unit_text(unit: list[Block]) -> str:
    """What the aligner scores for a unit: a row's key (first cell source) and its cells; a block's text."""
    p = unit[0].part
    key = p.key + " " if p is not None and p.kind == "cell" and p.key else ""
    return key + " ".join(b.text.text for b in unit)


def _is_row(unit: list[Block]) -> bool:
    p = unit[0].part
    return p is not None and p.kind == "cell"


def _is_heading(unit: list[Block], lang: str) -> bool:
    """A heading of one sentence (a heading that swallowed a paragraph is aligned like a paragraph)."""
    from zhen_qa.manuscript.segment import split

    p = unit[0].part
    return p is not None and p.kind == "heading" and len(split(unit[0].text.text, lang)) == 1


def _value_cell(block: Block) -> bool:
    """A table cell too short to be prose (a type, a default, 是/否)."""
    text = block.text.text
    return len(_LATIN.findall(text)) + len(_han().findall(text)) / 2 < MIN_CELL_WORDS


class _Builder:
    """Collects the sentences of both sides, each with the group (a paired unit or column) it may pair within."""

    def __init__(self, sentences_of: SentencesOf) -> None:
        self.sentences_of = sentences_of
        self.zh: list[Sentence] = []
        self.en: list[Sentence] = []
        self.group_zh: list[int] = []
        self.group_en: list[int] = []
        self.groups = 0

    def add(self, zh_blocks: Sequence[Block], en_blocks: Sequence[Block]) -> None:
        """The sentences of `zh_blocks` and `en_blocks` as one group (either side may be empty)."""
        zh = [s for b in zh_blocks for s in self.sentences_of(b, "zh")]
        en = [s for b in en_blocks for s in self.sentences_of(b, "en")]
        if not zh and not en:
            return
        self.zh.extend(zh)
        self.en.extend(en)
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

    def beads(self, align: "AlignFn") -> list[Bead]:
        """Align all sentences at once (the aligner's scores stay calibrated on the whole section) within groups.

        A group of one sentence a side is one bead: two paired units of one sentence each translate each other.
        """
        if not self.zh or not self.en:
            return align([s.text.text for s in self.zh], [s.text.text for s in self.en])
        found = within_groups(align([s.text.text for s in self.zh], [s.text.text for s in self.en],
                                    groups=(self.group_zh, self.group_en)), self.group_zh, self.group_en)
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
        `join_halves`)."""
        phrase = [_discourse_phrase(s.text.text) for s in self.zh], [_discourse_phrase(s.text.text) for s in self.en]
        folded = fold_unpaired(beads, self._group, phrase)
        folded = join_echoes(folded, self._group, ([s.text.text for s in self.zh], [s.text.text for s in self.en]))
        lengths = [_length(s.text.text) for s in self.zh], [_length(s.text.text) for s in self.en]
        return join_halves(folded, self._group, lengths)


def within_groups(beads: list[Bead], group_zh: Sequence[int], group_en: Sequence[int]) -> list[Bead]:
    """Beads whose sentences lie in more than one group split into one-sided beads (the aligner's refinements
    after the search may move a sentence past a group's end: a cell paired with the next column's)."""
    out: list[Bead] = []
    for b in beads:
        if len({group_zh[i] for i in b.zh} | {group_en[j] for j in b.en}) <= 1:
            out.append(b)
            continue
        out.extend(Bead((i,), (), b.score) for i in b.zh)
        out.extend(Bead((), (j,), b.score) for j in b.en)
    return out


MAX_PHRASE_WORDS = 3
"""A sentence of at most this many words (Latin words, or Han characters counted two to a word) and no anchor."""
_ANCHOR = LazyPattern(r"[0-9\ufffc]|[A-Z][A-Za-z]*[A-Z0-9_]|[a-z]+_")
_INTERJECTION = LazyPattern(r"\s*[A-Za-z]+\s*!+\s*")
"""One word and an exclamation mark (OK!, WOW!): an interjection, capitals and all, not an acronym to keep."""


def _discourse_phrase(text: str) -> bool:
    """Whether a sentence is a discourse phrase (Great!, OK!, Let's try that., 如下所示：, 啊，再次失败。): a few words
    and no anchor (number, inline code, identifier; a one-word exclamation is no acronym). Translators drop such
    phrases or fold them into a neighbour."""
    words = len(_LATIN.findall(text)) + len(_han().findall(text)) / 2
    return words <= MAX_PHRASE_WORDS and (not _ANCHOR.search(text) or bool(_INTERJECTION.fullmatch(text)))


def fold_unpaired(beads: list[Bead], group: Callable[[Bead], int], phrase: tuple[list[bool], list[bool]]) -> list[Bead]:
    """Beads with the unpaired sentences of a paired unit folded into their neighbours in the same unit.

    - A Chinese-only and an English-only bead side by side in one unit become one bead: the two sentences stand
      at the same place between the same neighbours (其他 / Something not mentioned above), and the aligner left
      them apart only for want of dictionary evidence.
    - An unpaired discourse phrase (`phrase[0]` for Chinese sentences, `phrase[1]` for English) joins the bead
      before it in its unit, else the one after: "Great!" dropped by the translator is not a missing sentence.
    `group(bead)` is the unit a bead belongs to; beads are in order.
    """
    paired: list[Bead] = []
    for bead in beads:
        prev = paired[-1] if paired else None
        opposite = prev is not None and _lone(prev) and _lone(bead) and bool(prev.zh) != bool(bead.zh)
        if prev is not None and opposite and group(prev) == group(bead):
            paired[-1] = Bead(prev.zh + bead.zh, prev.en + bead.en, min(prev.score, bead.score))
        else:
            paired.append(bead)
    out: list[Bead] = []
    for bead in paired:
        prev = out[-1] if out else None
        if prev is not None and group(prev) == group(bead):
            if prev.zh and prev.en and _all_phrases(bead, phrase):
                out[-1] = Bead(prev.zh + bead.zh, prev.en + bead.en, prev.score)
                continue
            if bead.zh and bead.en and _all_phrases(prev, phrase):
                out[-1] = Bead(prev.zh + bead.zh, prev.en + bead.en, bead.score)
                continue
        out.append(bead)
    return out


_KEY = LazyPattern(r"[A-Za-z_][A-Za-z0-9_]*[A-Z0-9_][A-Za-z0-9_]*|\d+(?:\.\d+)*")
"""What a translation keeps as it is: an acronym or identifier (FAQ, antd_v5, CSS3), a number."""


def join_echoes(beads: list[Bead], group: Callable[[Bead], int], texts: tuple[list[str], list[str]]) -> list[Bead]:
    """Beads with an unpaired short sentence (a few words, `MAX_PHRASE_WORDS`) joined to a neighbouring bead of its
    unit whose other side holds every acronym, identifier and number of it: "FAQ suggestion." beside
    FAQ 中出现的解法… is part of that sentence's translation (its words are few, what it names is there), not a
    sentence missing. `texts` are the Chinese and English sentences; `group(bead)` the unit; beads in order."""
    out = list(beads)
    k = 0
    while k < len(out):
        lone = out[k]
        if not _lone(lone) or len(lone.zh) + len(lone.en) != 1:
            k += 1
            continue
        text = texts[0][lone.zh[0]] if lone.zh else texts[1][lone.en[0]]
        keys = _KEY.findall(text)
        if not keys or "\ufffc" in text or not _discourse_phrase(_KEY.sub("", text)):
            k += 1
            continue
        for n in (k - 1, k + 1):
            if not 0 <= n < len(out) or _lone(out[n]) or group(out[n]) != group(lone):
                continue
            other = " ".join(texts[1][j] for j in out[n].en) if lone.zh else " ".join(texts[0][i] for i in out[n].zh)
            if set(keys) <= set(_KEY.findall(other)):
                first, second = (out[n], lone) if n < k else (lone, out[n])
                out[min(n, k)] = Bead(first.zh + second.zh, first.en + second.en, out[n].score)
                del out[max(n, k)]
                k = min(n, k)
                break
        k += 1
    return out


HALF_FIT = 0.3
"""A joined bead's length ratio may differ from the section's by at most this factor (as a log)."""
HALF_GAIN = 0.2
"""Joining must bring the bead's length ratio this much (as a log factor) nearer the section's."""
RATIO_PRIOR, RATIO_MIN_BEADS = 2.6, 5
"""English characters per Chinese character when a section has fewer than RATIO_MIN_BEADS 1-1 beads."""


def _length(text: str) -> int:
    """Characters of a sentence without spaces (an inline-code object counts as one)."""
    return sum(1 for c in text if not c.isspace())


def join_halves(beads: list[Bead], group: Callable[[Bead], int], lengths: tuple[list[int], list[int]]) -> list[Bead]:
    """Beads with an unpaired sentence joined to a neighbouring bead of its unit when it is the rest of that
    bead's translation: a translator split one sentence in two, and the aligner paired only one half.

    In a pair of units the block aligner matched, a sentence with nothing on the other side left unpaired in its
    unit, next to a bead whose length ratio is off by the sentence's length (with the sentence, the bead's ratio
    of English to Chinese characters is within HALF_FIT of the section's; without, HALF_GAIN further off), is a
    half of a 2-1 or 1-2 bead, not a sentence added or left out: an omission leaves the neighbour's ratio right.
    `lengths` are the characters of each Chinese and English sentence; `group(bead)` its unit; beads in order.
    """
    ratios = sorted(lengths[1][b.en[0]] / max(lengths[0][b.zh[0]], 1) for b in beads if len(b.zh) == len(b.en) == 1)
    ratio = ratios[len(ratios) // 2] if len(ratios) >= RATIO_MIN_BEADS else RATIO_PRIOR

    def fit(zh: int, en: int) -> float:
        return abs(math.log(max(en, 1) / (ratio * max(zh, 1))))

    def size(bead: Bead) -> tuple[int, int]:
        return sum(lengths[0][i] for i in bead.zh), sum(lengths[1][j] for j in bead.en)

    out = list(beads)
    unpaired = Counter((group(b), bool(b.zh)) for b in out if _lone(b))  # one-sided beads by unit and side
    k = 0
    while k < len(out):
        lone = out[k]
        g = group(lone)
        if not _lone(lone) or unpaired[(g, not lone.zh)]:  # the other side has a sentence free in the unit
            k += 1
            continue
        lz, le = size(lone)
        best: tuple[float, int] | None = None
        for n in (k - 1, k + 1):
            if not 0 <= n < len(out) or _lone(out[n]) or group(out[n]) != g:
                continue
            z, e = size(out[n])
            before, after = fit(z, e), fit(z + lz, e + le)
            if after <= HALF_FIT and before - after >= HALF_GAIN and (best is None or after < best[0]):
                best = (after, n)
        if best is None:
            k += 1
            continue
        n = best[1]
        unpaired[(g, bool(lone.zh))] -= 1
        first, second = (out[n], lone) if n < k else (lone, out[n])
        out[min(n, k)] = Bead(first.zh + second.zh, first.en + second.en, out[n].score)
        del out[max(n, k)]
        k = min(n, k) + 1
    return out


def _lone(bead: Bead) -> bool:
    """Whether a bead has sentences on one side only."""
    return bool(bead.zh) != bool(bead.en)


def _all_phrases(bead: Bead, phrase: tuple[list[bool], list[bool]]) -> bool:
    """Whether a bead is one-sided and every sentence in it is a discourse phrase."""
    if not _lone(bead):
        return False
    return all(phrase[0][i] for i in bead.zh) and all(phrase[1][j] for j in bead.en)


Settled = tuple[list[tuple[int, int]], dict[int, list[Block]], dict[int, list[Block]]]


def _counterparts(zu: list[list[Block]], eu: list[list[Block]]) -> Settled:
    """(zh unit, en unit) pairs the Markdown structure settles, in order on both sides, and the zh and en units
    that have a counterpart in the other file which is not prose, each with what is left of it to report (the
    cells of a row whose cell in the other table is blank).

    - Tables: the k-th table of the section on each side (when both sides have as many), if the two have the same
      shape (rows x columns), pair row by row: a translated table keeps its rows. A row of such a table whose row
      on the other side has no prose (link titles kept in English, identifiers, values) has its counterpart there.
    - List items: an item whose link targets and inline code (`Part.anchors`) no other item of its side has pairs
      with the item of the other side that has the same ones; when the other side has them only in an item that is
      not prose (`[Ant Motion](https://motion.ant.design)`: a link title kept as it is), that is its counterpart.
    - Links: in a section where no list item pairs by its links (the two pages link different material), a
      paragraph or item that is only links to web pages the other file never links is localisation
      (`_localised`): it needs no counterpart. Where items do pair by their links, the list is translated item by
      item, and an item missing from it is an omission.
    Of these pairs, the longest chain increasing on both sides is kept (items may be listed in another order).
    """
    def tables(units: list[list[Block]]) -> dict[int, tuple[tuple[int, int], dict[int, int]]]:
        out: dict[int, tuple[tuple[int, int], dict[int, int]]] = {}
        for k, u in enumerate(units):
            p = u[0].part
            if p is not None and p.kind == "cell":
                out.setdefault(p.table, (p.shape, {}))[1][p.row] = k
        return out

    def items(units: list[list[Block]]) -> dict[tuple[str, ...], int]:
        seen = Counter(u[0].part.anchors for u in units if u[0].part is not None and u[0].part.anchors)
        return {u[0].part.anchors: k for k, u in enumerate(units)
                if u[0].part is not None and u[0].part.anchors and seen[u[0].part.anchors] == 1}

    found: list[tuple[int, int]] = []
    quiet_zh: dict[int, list[Block]] = {}
    quiet_en: dict[int, list[Block]] = {}
    zt, et = tables(zu), tables(eu)
    if len(zt) == len(et):
        for (z_shape, z_rows), (e_shape, e_rows) in zip(zt.values(), et.values()):
            if z_shape == e_shape:
                found.extend((k, e_rows[r]) for r, k in z_rows.items() if r in e_rows)
                quiet_zh.update((k, _blank_there(zu[k], eu[next(iter(e_rows.values()))])) for r, k in z_rows.items()
                                if r not in e_rows and e_rows)
                quiet_en.update((k, _blank_there(eu[k], zu[next(iter(z_rows.values()))])) for r, k in e_rows.items()
                                if r not in z_rows and z_rows)
    zi, ei = items(zu), items(eu)
    found.extend((k, ei[a]) for a, k in zi.items() if a in ei)
    quiet_zh.update((k, []) for a, k in zi.items() if a not in ei and set(a) <= _quoted(eu))
    quiet_en.update((k, []) for a, k in ei.items() if a not in zi and set(a) <= _quoted(zu))
    if not any(a in ei for a in zi):  # no list item of the section keeps its links: the pages link other material
        quiet_zh.update((k, []) for k in _localised(zu, eu))
        quiet_en.update((k, []) for k in _localised(eu, zu))
    return _increasing(sorted(found)), quiet_zh, quiet_en


def _localised(units: list[list[Block]], others: list[list[Block]]) -> list[int]:
    """Units that are only links to web pages the other file never links (`Part.links`): articles in the reader's
    language (a Chinese blog post where the English page points to an English video, or to nothing). A page of the
    site itself (a relative link) is not one of them: its translation links the same page."""
    other = {b.text.source.text for u in others for b in u}  # the other file (no units there: nothing to compare)
    return [k for k, u in enumerate(units) if len(u) == 1 and u[0].part is not None and u[0].part.links
            and other and not any(href in text for href in u[0].part.links for text in other)]


def _blank_there(row: list[Block], other: list[Block]) -> list[Block]:
    """The cells of `row` whose cell in the other file's table (`other` is a row of it) is blank."""
    blank = other[0].part.blank if other[0].part is not None else frozenset()
    return [b for b in row if b.part is not None and (b.part.row, b.part.column) in blank]


def _quoted(units: list[list[Block]]) -> set[str]:
    """The anchors of the list items of these units' file kept as they are (not prose, so not units)."""
    return {a for u in units for b in u if b.part is not None for a in b.part.quoted}


def _increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of `pairs` (sorted by first) whose second elements increase strictly (patience sorting)."""
    tails: list[int] = []  # tails[n]: index into pairs of the smallest end of an increasing run of length n + 1
    back: list[int] = []
    for k, (_z, e) in enumerate(pairs):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if pairs[tails[mid]][1] < e:
                lo = mid + 1
            else:
                hi = mid
        back.append(tails[lo - 1] if lo else -1)
        if lo == len(tails):
            tails.append(k)
        else:
            tails[lo] = k
    out: list[tuple[int, int]] = []
    k = tails[-1] if tails else -1
    while k >= 0:
        out.append(pairs[k])
        k = back[k]
    return out[::-1]


def pair_units(zu: list[list[Block]], eu: list[list[Block]], align: "AlignFn") -> list[Bead]:
    """Unit beads of a section: the pairs the structure settles (`_counterparts`) as they are, the units between
    them aligned by the aligner (one call, each stretch between two settled pairs its own group). A unit whose
    counterpart is not prose is in no bead: its sentences are neither aligned nor reported missing; a row of which
    only some cells have such a counterpart is cut down, in `zu`/`eu`, to the others."""
    fixed, quiet_zh, quiet_en = _counterparts(zu, eu)
    texts = [_unit_text(u) for u in zu], [_unit_text(u) for u in eu]
    for k, rest in quiet_zh.items():  # what is left to report stays a unit; the rest has its counterpart
        zu[k] = rest
    for k, rest in quiet_en.items():
        eu[k] = rest
    if not fixed and not quiet_zh and not quiet_en:
        return align(*texts)
    zfix = {z for z, _e in fixed} | {k for k, rest in quiet_zh.items() if not rest}
    efix = {e for _z, e in fixed} | {k for k, rest in quiet_en.items() if not rest}

    def stretches(n: int, taken: set[int], ends: list[int]) -> tuple[list[int], list[int]]:
        """The free units of one side and the stretch (number of settled pairs before it) each is in."""
        free = [k for k in range(n) if k not in taken]
        return free, [bisect_left(ends, k) for k in free]

    zfree, zgroup = stretches(len(zu), zfix, [z for z, _e in fixed])
    efree, egroup = stretches(len(eu), efix, [e for _z, e in fixed])
    groups = (zgroup, egroup) if zfree and efree else None
    free = align([texts[0][k] for k in zfree], [texts[1][k] for k in efree], groups=groups)
    free = within_groups(free, zgroup, egroup) if groups else free
    out: list[Bead] = []
    settled = iter(fixed)
    done = 0  # settled pairs emitted

    def stretch_of(b: Bead) -> int:
        return zgroup[b.zh[0]] if b.zh else egroup[b.en[0]]

    # stretch by stretch (a one-sided bead may come out after the next stretch's: the sort is stable, so each
    # side keeps its order), each stretch's beads before the settled pair that ends it
    for b in sorted(free, key=stretch_of):
        stretch = stretch_of(b)
        for z, e in islice(settled, stretch - done):
            out.append(Bead((z,), (e,), 1.0))
        done = max(done, stretch)
        out.append(Bead(tuple(zfree[i] for i in b.zh), tuple(efree[j] for j in b.en), b.score))
    out.extend(Bead((z,), (e,), 1.0) for z, e in settled)
    return out


def align_blocks(
    zh_blocks: Sequence[Block], en_blocks: Sequence[Block], sentences_of: SentencesOf, align: "AlignFn"
) -> tuple[list[Sentence], list[Sentence], list[Bead]]:
    """(zh sentences, en sentences, beads) of one section, aligned unit by unit (see the module docstring)."""
    zu, eu = _units(zh_blocks), _units(en_blocks)
    out = _Builder(sentences_of)
    if zu and eu and _is_heading(zu[0], "zh") and _is_heading(eu[0], "en"):  # the headings that paired the sections
        out.add(zu.pop(0), eu.pop(0))
    if len(zu) == len(eu) == 1:
        unit_beads = [Bead((0,), (0,), 1.0)]
    else:
        unit_beads = pair_units(zu, eu, align)
    pending: tuple[list[Block], list[Block]] | None = None  # the open group of paragraphs and items
    glue = False  # the last unit was unpaired: the next paired unit joins the open group
    for bead in unit_beads:
        zs, es = [zu[i] for i in bead.zh], [eu[j] for j in bead.en]
        rows = [u for u in zs + es if _is_row(u)]
        if rows and zs and es and any(map(_is_row, zs)) != any(map(_is_row, es)):  # rows on one side only
            zs, es, rows = _rows_apart(zs, es, out)
        if rows and len(zs) == len(es) == 1 and len(rows) == 2:
            out.add_rows(zs[0], es[0])
            continue
        if rows and (not zs or not es):  # a missing table row is reported by its prose cells only
            out.add([b for u in zs for b in u if not _value_cell(b)], [b for u in es for b in u if not _value_cell(b)])
            continue
        zb, eb = [b for u in zs for b in u], [b for u in es for b in u]
        if pending is None:
            pending = (zb, eb)
        elif zs and es and not glue:
            out.add(*pending)
            pending = (zb, eb)
        else:  # an unpaired unit joins the groups on both sides of it: its sentences may pair with either
            pending[0].extend(zb)
            pending[1].extend(eb)
        glue = not (zs and es)
    if pending is not None:
        out.add(*pending)
    return out.zh, out.en, out.beads(align)


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
    groups: Sequence[tuple[Sequence[Block], Sequence[Block]]], sentences_of: SentencesOf, align: "AlignFn"
) -> tuple[list[Sentence], list[Sentence], list[Bead]]:
    """(zh sentences, en sentences, beads) of blocks paired beforehand (line pairs): sentences pair only within
    their group; either side of a group may be empty (a line with no counterpart).

    In a pair of lines whose lengths agree (`LINE_FIT` of the document's median ratio) nothing is left out:
    a sentence the aligner left unpaired there joins the bead before it in the group (else the one after).
    """
    out = _Builder(sentences_of)
    for zh_blocks, en_blocks in groups:
        out.add(zh_blocks, en_blocks)
    beads = out.beads(align)
    lengths = [_length(s.text.text) for s in out.zh], [_length(s.text.text) for s in out.en]
    size_zh, size_en = Counter[int](), Counter[int]()
    for i, g in enumerate(out.group_zh):
        size_zh[g] += lengths[0][i]
    for j, g in enumerate(out.group_en):
        size_en[g] += lengths[1][j]
    ratios = sorted(size_en[g] / size_zh[g] for g in size_zh if size_zh[g] and size_en[g])
    if not ratios:
        return out.zh, out.en, beads
    ratio = ratios[len(ratios) // 2]
    whole = {g for g in size_zh if size_zh[g] and size_en[g]
             and abs(math.log(size_en[g] / (ratio * size_zh[g]))) <= LINE_FIT}
    joined: list[Bead] = []
    for bead in beads:
        g = out._group(bead)
        prev = joined[-1] if joined else None
        if prev is not None and g in whole and out._group(prev) == g and (_lone(bead) or _lone(prev)):
            joined[-1] = Bead(prev.zh + bead.zh, prev.en + bead.en, bead.score if _lone(prev) else prev.score)
        else:
            joined.append(bead)
    return out.zh, out.en, joined

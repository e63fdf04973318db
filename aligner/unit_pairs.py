"""The units of a section paired: the pairs the Markdown structure settles kept as they are, the units between
them aligned by the sentence aligner (each unit's text as one "sentence").

`pair_units` is the block aligner's first step (`blocks.align_blocks`); `within_groups` keeps the beads of an
alignment made in groups inside their groups.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from itertools import islice
from typing import TYPE_CHECKING, TypeVar

from zhen_qa.aligner.code_anchors import codes, heading_units, places, shared
from zhen_qa.manuscript.document import Bead, Block
from zhen_qa.manuscript.markdown import CODE_JOIN

if TYPE_CHECKING:  # pragma: no cover
    from zhen_qa.aligner.pairing import AlignFn


N = TypeVar("N", int, float)


def _unit_text(unit: list[Block]) -> str:
    """What the aligner scores for a unit: a row's key (first cell source) and its cells; a block's text."""
    p = unit[0].part
    key = p.key + " " if p is not None and p.kind == "cell" and p.key else ""
    return key + " ".join(b.text.text for b in unit)



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


Settled = tuple[list[tuple[int, int]], dict[int, list[Block]], dict[int, list[Block]]]


def _counterparts(zu: list[list[Block]], eu: list[list[Block]],
                  heads: tuple[list[Block], list[Block]] = ([], [])) -> Settled:
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
    - Link lines: a paragraph that is only links (`[在演练场中试一试](URL)` beside `[Try it in the Playground](URL)`)
      pairs with the paragraph of the other side that is only links to the same web addresses, when each is the
      only one of its side with them: the addresses are the anchor, the link text its translation. When the other
      side has those addresses only in a link line kept as it is (an English link title, not prose), that line is
      its counterpart. An address differing only by its language marker (`?language=cn` / `?language=en`, `/zh-cn/`
      / `/en/`: `language_neutral`) is the same page in the other language, so the same address.
    Of these pairs, the longest chain increasing on both sides is kept (items may be listed in another order).
    """
    def items(units: list[list[Block]]) -> dict[tuple[str, ...], int]:
        seen = Counter(u[0].part.anchors for u in units if u[0].part is not None and u[0].part.anchors)
        return {u[0].part.anchors: k for k, u in enumerate(units)
                if u[0].part is not None and u[0].part.anchors and seen[u[0].part.anchors] == 1}

    def link_lines(units: list[list[Block]]) -> dict[tuple[str, ...], int]:
        """Paragraphs whose text is all link text (`Part.links`), by their web addresses with the language marker
        taken out (`language_neutral`), where no other such paragraph of the side has the same ones."""
        keyed = [(k, tuple(language_neutral(a) for a in u[0].part.links)) for k, u in enumerate(units)
                 if len(u) == 1 and u[0].part is not None and u[0].part.kind == "paragraph" and u[0].part.links]
        seen = Counter(links for _k, links in keyed)
        return {links: k for k, links in keyed if seen[links] == 1}

    found: list[tuple[int, int]] = []
    quiet_zh: dict[int, list[Block]] = {}
    quiet_en: dict[int, list[Block]] = {}
    for z_rows, e_rows in _same_tables(zu, eu):
        found.extend((k, e_rows[r]) for r, k in z_rows.items() if r in e_rows)
        quiet_zh.update(_rows_blank_there(zu, eu, z_rows, e_rows))
        quiet_en.update(_rows_blank_there(eu, zu, e_rows, z_rows))
    zi, ei = items(zu), items(eu)
    found.extend((k, ei[a]) for a, k in zi.items() if a in ei)
    zl, el = link_lines(zu), link_lines(eu)
    found.extend((k, el[a]) for a, k in zl.items() if a in el and (k, el[a]) not in found)
    quoted_zh, quoted_en = _quoted([*zu, heads[0]]), _quoted([*eu, heads[1]])  # a heading's too: a list right under it
    quiet_zh.update((k, []) for a, k in zi.items() if a not in ei and set(a) <= quoted_en)
    quiet_en.update((k, []) for a, k in ei.items() if a not in zi and set(a) <= quoted_zh)
    neutral_zh, neutral_en = ({language_neutral(a) for a in q} for q in (quoted_zh, quoted_en))
    quiet_zh.update((k, []) for a, k in zl.items() if set(a) <= neutral_en)
    quiet_en.update((k, []) for a, k in el.items() if set(a) <= neutral_zh)
    if not any(a in ei for a in zi):  # no list item of the section keeps its links: the pages link other material
        quiet_zh.update((k, []) for k in _localised(zu, eu))
        quiet_en.update((k, []) for k in _localised(eu, zu))
    return increasing(sorted(found)), quiet_zh, quiet_en


_LANGUAGE_MARK = re.compile(
    r"(?<=[?&])(?:lang|language|locale|hl)=(?:zh|cn|en)(?:[-_][a-z]{2,4})?(?=&|#|$)"
    r"|(?<=/)(?:zh|cn|en)(?:[-_][a-z]{2,4})?(?=/)", re.IGNORECASE)
"""The language marker of a web address: a query parameter (`?language=cn&id=…`, `lang=en-US`) or a path segment
(`/zh-cn/docs/…`, `/en/`) naming Chinese or English."""


def language_neutral(href: str) -> str:
    """A web address with its language marker (`_LANGUAGE_MARK`) replaced by `*`: a page's Chinese and English
    editions (`…tutorials.html?language=cn&id=command-tt` / `?language=en&id=command-tt`) are one address, which a
    link line and its translation both point to. Other addresses are returned as they are."""
    return _LANGUAGE_MARK.sub("*", href)


def _localised(units: list[list[Block]], others: list[list[Block]]) -> list[int]:
    """Units that are only links to web pages the other file never links (`Part.links`): articles in the reader's
    language (a Chinese blog post where the English page points to an English video, or to nothing). A page of the
    site itself (a relative link) is not one of them: its translation links the same page."""
    other = {b.text.source.text for u in others for b in u}  # the other file (no units there: nothing to compare)
    return [k for k, u in enumerate(units) if len(u) == 1 and u[0].part is not None and u[0].part.links
            and other and not any(href in text for href in u[0].part.links for text in other)]


Rows = dict[int, int]
"""A table's rows that are units: row number -> the unit's index."""


def _tables(units: list[list[Block]]) -> dict[int, tuple[tuple[int, int], Rows]]:
    """The tables among `units` (rows that are units): table number -> (shape, rows)."""
    out: dict[int, tuple[tuple[int, int], Rows]] = {}
    for k, u in enumerate(units):
        p = u[0].part
        if p is not None and p.kind == "cell":
            out.setdefault(p.table, (p.shape, {}))[1][p.row] = k
    return out


def _same_tables(zu: list[list[Block]], eu: list[list[Block]]) -> list[tuple[Rows, Rows]]:
    """The k-th table of the section on each side, paired when both sides have as many and the two have the same
    shape (rows x columns): (zh rows, en rows) of each such pair."""
    zt, et = _tables(zu), _tables(eu)
    if len(zt) != len(et):
        return []
    return [(z_rows, e_rows) for (z_shape, z_rows), (e_shape, e_rows) in zip(zt.values(), et.values())
            if z_shape == e_shape]


def _rows_blank_there(units: list[list[Block]], others: list[list[Block]], rows: Rows,
                      other_rows: Rows) -> dict[int, list[Block]]:
    """The rows of one side's table whose row in the other side's table has no prose (is no unit), each with its
    cells whose cell there is blank (what is left of it to report)."""
    if not other_rows:
        return {}
    other = others[next(iter(other_rows.values()))]
    return {k: _blank_there(units[k], other) for r, k in rows.items() if r not in other_rows}


def blank_across(zu: list[list[Block]], eu: list[list[Block]]) -> set[int]:
    """The `id`s of the cells, either side, of a table row whose row in the other side's table of the same shape has
    no prose and whose own cell there is blank (`| 200 | SUCCESS_STATUS | 成功状态 |` beside `| 200 | SUCCESS_STATUS |
    |`): a cell the translator left empty, content dropped however short the cell is (`_counterparts` leaves these
    cells of such a row to report). Computed before `pair_units`, which cuts the rows down to them."""
    out: set[int] = set()
    for z_rows, e_rows in _same_tables(zu, eu):
        for units, others, rows, other_rows in ((zu, eu, z_rows, e_rows), (eu, zu, e_rows, z_rows)):
            out.update(id(b) for cells in _rows_blank_there(units, others, rows, other_rows).values() for b in cells)
    return out


def _blank_there(row: list[Block], other: list[Block]) -> list[Block]:
    """The cells of `row` whose cell in the other file's table (`other` is a row of it) is blank."""
    blank = other[0].part.blank if other[0].part is not None else frozenset()
    return [b for b in row if b.part is not None and (b.part.row, b.part.column) in blank]


def _quoted(units: list[list[Block]]) -> set[str]:
    """The anchors of the list items of these units' file kept as they are (not prose, so not units)."""
    return {a for u in units for b in u if b.part is not None for a in b.part.quoted}


def increasing(pairs: list[tuple[N, N]]) -> list[tuple[N, N]]:
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
    out: list[tuple[N, N]] = []
    k = tails[-1] if tails else -1
    while k >= 0:
        out.append(pairs[k])
        k = back[k]
    return out[::-1]


def code_cuts(zu: list[list[Block]], eu: list[list[Block]]) -> list[tuple[float, float]]:
    """The places (`code_anchors.places`, a unit's index plus or minus a half) of the code blocks both sides of the
    section have, in order. A code block is copied, not translated: the units before it on one side and those
    before it on the other stand at the same place of the two pages, so no unit before it pairs with one after it (a
    deleted paragraph's English lead-in to the code is left without Chinese instead of taking the Chinese after the
    code)."""
    return shared(places(codes(zu)), places(codes(eu)), (heading_units(zu), heading_units(eu)))


_LEAD_IN_ENDS = (":", "：")
"""How a paragraph that introduces the code block right after it ends ("…and then iterate over rows:")."""


def lead_ins(zu: list[list[Block]], eu: list[list[Block]], cuts: Sequence[tuple[float, float]]
             ) -> list[tuple[int, int]]:
    """(zh unit, en unit) pairs of the paragraphs that introduce a code block both sides have (`code_cuts`), each
    right before it on its side and ending with a colon, the code after each that one block: the copied code says
    what the lead-in introduces, so the two are one paragraph's translation (working_with_records: 你可以先将记录转换
    为表格，然后遍历其键值对： before the `transpose` example is "Alternatively, you can transpose the record into a
    table …:" before the same example, not the `items` paragraph the Chinese lacks, which lexical evidence
    favoured: 键值对 is "key and value"). A paragraph that does not end with a colon introduces nothing; where a
    translation drops the lead-in, the Chinese paragraph before the code is the one before the lead-in, which ends
    with no colon (its English does not introduce that code) or is the lead-in of the code before it (code blocks
    in a row), and the pairs are left to the aligner."""
    zc, ec = codes(zu), codes(eu)
    out: list[tuple[int, int]] = []
    for zp, ep in cuts:
        z, e = zp - 0.5, ep - 0.5
        if z != int(z) or e != int(e) or z < 0 or e < 0:
            continue
        z_unit, e_unit = zu[int(z)], eu[int(e)]
        code = zc[int(z)][1]
        if not code or CODE_JOIN in code or ec[int(e)][1] != code or not (_lead_in(z_unit) and _lead_in(e_unit)):
            continue  # code blocks in a row after a paragraph: it introduces the first, the others lost their lead-in
        out.append((int(z), int(e)))
    return out


def _lead_in(unit: list[Block]) -> bool:
    """Whether a unit is a paragraph (not a heading, item or cell) whose text ends with a colon."""
    part = unit[-1].part if unit else None
    return part is not None and part.kind == "paragraph" and unit[-1].text.text.rstrip().endswith(_LEAD_IN_ENDS)


def pair_units(zu: list[list[Block]], eu: list[list[Block]], align: "AlignFn",
               heads: tuple[list[Block], list[Block]] = ([], [])) -> list[Bead]:
    """Unit beads of a section: the pairs the structure settles (`_counterparts`) as they are, the units between
    them aligned by the aligner (one call, each stretch between two settled pairs or code cuts (`_code_cuts`) its
    own group). A code cut comes out as an empty bead (no unit on either side): the groups of `blocks.align_blocks`
    end there. A unit whose counterpart is not prose is in no bead: its sentences are neither aligned nor reported
    missing; a row of which only some cells have such a counterpart is cut down, in `zu`/`eu`, to the others.
    `heads`: the headings that paired the section (not among the units), whose `quoted` anchors count."""
    pairs, quiet_zh, quiet_en = _counterparts(zu, eu, heads)
    cuts = code_cuts(zu, eu)
    if cuts and (more := [p for p in lead_ins(zu, eu, cuts) if p not in pairs]):
        pairs = increasing(sorted(pairs + more))
    texts = [_unit_text(u) for u in zu], [_unit_text(u) for u in eu]
    for k, rest in quiet_zh.items():  # what is left to report stays a unit; the rest has its counterpart
        zu[k] = rest
    for k, rest in quiet_en.items():
        eu[k] = rest
    if not pairs and not cuts and not quiet_zh and not quiet_en:
        return align(*texts, paragraphs=True)
    # a cut before units (z, e) sits at (z - 0.5, e - 0.5): before them, after the units before them
    bounds = increasing(sorted([(float(z), float(e)) for z, e in pairs] + cuts))
    fixed = [(int(z), int(e)) for z, e in bounds if z == int(z)]
    zfix = {z for z, _e in fixed} | {k for k, rest in quiet_zh.items() if not rest}
    efix = {e for _z, e in fixed} | {k for k, rest in quiet_en.items() if not rest}

    def stretches(n: int, taken: set[int], ends: list[float]) -> tuple[list[int], list[int]]:
        """The free units of one side and the stretch (number of bounds before it) each is in."""
        free = [k for k in range(n) if k not in taken]
        return free, [bisect_left(ends, k) for k in free]

    zfree, zgroup = stretches(len(zu), zfix, [z for z, _e in bounds])
    efree, egroup = stretches(len(eu), efix, [e for _z, e in bounds])
    groups = (zgroup, egroup) if zfree and efree else None
    free = align([texts[0][k] for k in zfree], [texts[1][k] for k in efree], groups=groups, paragraphs=True)
    free = within_groups(free, zgroup, egroup) if groups else free
    out: list[Bead] = []
    settled = (Bead((int(z),), (int(e),), 1.0) if z == int(z) else Bead((), (), 0.0) for z, e in bounds)
    done = 0  # bounds emitted

    def stretch_of(b: Bead) -> int:
        return zgroup[b.zh[0]] if b.zh else egroup[b.en[0]]

    # stretch by stretch (a one-sided bead may come out after the next stretch's: the sort is stable, so each
    # side keeps its order), each stretch's beads before the bound that ends it
    for b in sorted(free, key=stretch_of):
        stretch = stretch_of(b)
        out.extend(islice(settled, stretch - done))
        done = max(done, stretch)
        out.append(Bead(tuple(zfree[i] for i in b.zh), tuple(efree[j] for j in b.en), b.score))
    out.extend(settled)
    return out

"""Code blocks both pages of structured Markdown have, as anchors of the alignment.

A code block is copied, not translated (`Part.code`, `Part.code_after`: its code without comments and Chinese
strings): the same code once on each page stands at the same place of the two pages. What is before it on one page
translates nothing after it on the other: the unit aligner pairs no unit across it (`unit_pairs.pair_units`), and an
English sentence without Chinese on one side of it is no counterpart of a Chinese sentence without English on the
other (`checks.untranslated`).
"""
from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Sequence

from zhen_qa.manuscript.document import Bead, Block, Sentence
from zhen_qa.manuscript.markdown import CODE_JOIN
from zhen_qa.manuscript.source import SourceText

Place = tuple[float, str]
"""Where a code block is among a run of blocks (k - 0.5: right before block k; k + 0.5: right after it) and its code."""


def codes(units: Sequence[Sequence[Block]]) -> list[tuple[str, str]]:
    """(`Part.code`, `Part.code_after`) of each unit, a run of blocks (a table row's cells, or one block): of its first
    and of its last block ("" outside structured Markdown). A Markdown paragraph the reader cuts into several units
    (the lines of a Chinese paragraph, each ending its sentence) gives them one `Part`: the code before it is its first
    unit's, the code after it its last unit's. Counted for each unit, a code block after such a paragraph was seen
    twice on its page, so it anchored nothing (`shared` keeps code found once), and the unit aligner paired a line of
    the paragraph with the English after the code (otel annotations: 只需在方法参数上添加…注解即可： with the English
    paragraph after the Java example, whose Chinese was deleted)."""
    out: list[tuple[str, str]] = []
    for k, u in enumerate(units):
        first, last = (u[0].part, u[-1].part) if u else (None, None)
        opens = first is not None and not (k and units[k - 1] and units[k - 1][-1].part is first)
        closes = last is not None and not (k + 1 < len(units) and units[k + 1] and units[k + 1][0].part is last)
        out.append((first.code if first and opens else "", last.code_after if last and closes else ""))
    return out


def places(found: Sequence[tuple[str, str]]) -> list[Place]:
    """The code blocks among consecutive units of one file (each unit's code before and after it, `codes`), each
    once: after a unit, or before the first. Code blocks in a row (nothing worded between them) are one place but
    each its own block: where a translation drops the paragraph between two code blocks, each still finds its copy
    on the other page (two blocks joined as one would match none, and the dropped paragraph's English would pair
    with the Chinese after the second block)."""
    out: list[Place] = []
    for k, (before, after) in enumerate(found):
        if before and (k == 0 or found[k - 1][1] != before):
            out.extend((k - 0.5, code) for code in before.split(CODE_JOIN))
        if after:
            out.extend((k + 0.5, code) for code in after.split(CODE_JOIN))
    return out


def shared(zh: Sequence[Place], en: Sequence[Place], headings: tuple[Sequence[int], Sequence[int]] = ((), ())
           ) -> list[tuple[float, float]]:
    """(zh place, en place) of the code found once on each side and on both, in Chinese order. `headings`: the
    indices of each side's heading units (`moved_runs`: the blocks of a run that the other side has in two
    sections are no anchors)."""
    def once(found: Sequence[Place]) -> dict[str, float]:
        seen = Counter(code for _k, code in found)
        return {code: k for k, code in found if seen[code] == 1}

    zk, ek = once(zh), once(en)
    pairs = sorted((k, ek[code]) for code, k in zk.items() if code in ek)
    moved = moved_runs(pairs, headings)
    return [p for p in pairs if p not in moved]


def moved_runs(pairs: Sequence[tuple[float, float]], headings: tuple[Sequence[int], Sequence[int]]) -> set[
        tuple[float, float]]:
    """The anchors of code blocks in a row on one side (one place) whose copies stand, on the other side, with a
    heading between them. A paragraph dropped between two code blocks leaves them in a row in the same section, and
    each block still anchors its copy (`places`); where the other page has a heading between the copies, the blocks
    stand in two of its sections: that page moved a block (rspack lazy-barrel: the English shows the barrel file
    right after "Star re-exports…", the Chinese beside its `src/index.js` under the next heading), and a run that
    moved tells nothing about which text pairs with which: none of its blocks anchors (as when the run was one
    key)."""
    out: set[tuple[float, float]] = set()
    for side in (0, 1):
        runs: dict[float, list[float]] = {}
        for pair in pairs:
            runs.setdefault(pair[side], []).append(pair[1 - side])
        for here, there in runs.items():
            lo, hi = min(there), max(there)
            if any(lo < h < hi for h in headings[1 - side]):
                out |= {(here, t) if side == 0 else (t, here) for t in there}
    return out


def heading_units(units: Sequence[Sequence[Block]]) -> list[int]:
    """The indices of the units that are headings (a Markdown heading block)."""
    return [k for k, u in enumerate(units) if u and u[0].part is not None and u[0].part.kind == "heading"]


class CodeAnchors:
    """The code blocks both files of a page pair have, looked up by a sentence's first character."""

    def __init__(self, blocks: Iterable[Block], sources: Sequence[SourceText]) -> None:
        self._starts: dict[int, list[int]] = {}  # file -> start offset of each structured block
        self._places: dict[int, list[float]] = {}  # file -> place of each shared code block, in Chinese order
        if len(sources) != 2:  # one file (a manuscript of both languages) or none: no page pair
            return
        zb, eb = ([b for b in blocks if b.text.source is f and b.part is not None and len(b.text.offsets)]
                  for f in sources)
        zu, eu = [[b] for b in zb], [[b] for b in eb]
        pairs = shared(places(codes(zu)), places(codes(eu)), (heading_units(zu), heading_units(eu)))
        for f, bs, side in ((sources[0], zb, 0), (sources[1], eb, 1)):
            self._starts[id(f)] = [b.text.offsets[0] for b in bs]
            self._places[id(f)] = [pair[side] for pair in pairs]

    def _block(self, s: Sentence) -> float | None:
        starts = self._starts.get(id(s.text.source))
        if not starts or not len(s.text.offsets):
            return None
        return bisect.bisect_right(starts, s.text.offsets[0]) - 1

    def apart(self, zh: Sentence, en: Sentence) -> bool:
        """Whether a code block both files have lies between the two sentences: one of them is before it on its
        page, the other after it on its."""
        z, e = self._block(zh), self._block(en)
        za, ea = self._places.get(id(zh.text.source), []), self._places.get(id(en.text.source), [])
        if z is None or e is None:
            return False
        return any((a < z) != (b < e) for a, b in zip(za, ea))


def _code_before(unit: Sequence[Block]) -> str:
    part = unit[0].part if unit else None
    return part.code if part else ""


def _code_after(unit: Sequence[Block]) -> str:
    part = unit[-1].part if unit else None
    return part.code_after if part else ""


def _code_opens(units: Sequence[Sequence[Block]], i: int) -> bool:
    """Whether code stands right before unit `i`: its Markdown block has code before it, and it is that block's
    first unit (a paragraph the reader cuts in two units shares its block's `Part`, code before it and all)."""
    return bool(_code_before(units[i])) and (i == 0 or units[i - 1][-1].part is not units[i][0].part)


def _code_closes(units: Sequence[Sequence[Block]], i: int) -> bool:
    """Whether code stands right after unit `i` (`_code_opens`' mirror)."""
    return bool(_code_after(units[i])) and (i + 1 == len(units) or units[i + 1][0].part is not units[i][-1].part)


def coded_apart(lone: Bead, zu: Sequence[Sequence[Block]], eu: Sequence[Sequence[Block]]) -> bool:
    """Whether a unit one side alone has (`lone`) has code right after it on its side: what follows it on that page
    is past a code block (the lead-in of another example, `unit_pairs.lead_ins`)."""
    if bool(lone.zh) == bool(lone.en):
        return False
    own, mine = (zu, lone.zh) if lone.zh else (eu, lone.en)
    return _code_closes(own, mine[-1])


CLOSED = ".!?:;。！？：；…"
"""Marks that close a text before code: a sentence or a lead-in ("…as follows:") ends there."""


def _runs_on(before: Sequence[Block], after: Sequence[Block]) -> bool:
    """Whether one sentence runs on across the code between two units of a side: the first does not end as a
    sentence or a lead-in does, or the second goes on in lower case ("When you execute" + code + "the tensor_idx is
    `Tensor([1])`", which the Chinese says in one sentence after the code)."""
    first, second = before[-1].text.text.rstrip(), after[0].text.text.lstrip()
    return not first or first[-1] not in CLOSED or second[:1].islower()


def code_parted(lone: Bead, paired: Bead, zu: Sequence[Sequence[Block]], eu: Sequence[Sequence[Block]], *,
                after: bool) -> bool:
    """Whether a code block on each page parts a unit one side alone has (`lone`, a unit bead of `zu`/`eu`) from
    the paired units next to it (`paired`: right after it when `after`, else right before): code after the lone unit
    and before the paired units on both sides (or code after the paired units on both sides and before the lone
    unit). Neither block need be a copy of the other (a comment reworded, a call written on one line): each page
    has code there, and a translation does not carry a sentence across its code, so the lone unit's sentences are
    no part of the paired units' (a deleted paragraph's English lead-in to code stays without Chinese instead of
    joining the Chinese after the code). Not when one sentence runs on across the code (`_runs_on`)."""
    if not (paired.zh and paired.en) or bool(lone.zh) == bool(lone.en):
        return False
    own = zu if lone.zh else eu
    mine = lone.zh or lone.en
    near = (paired.zh if lone.zh else paired.en)[0 if after else -1]  # the paired unit next to it, its side
    if after:
        return (_code_closes(own, mine[-1]) and _code_opens(zu, paired.zh[0]) and _code_opens(eu, paired.en[0])
                and not _runs_on(own[mine[-1]], own[near]))
    return (_code_opens(own, mine[0]) and _code_closes(zu, paired.zh[-1]) and _code_closes(eu, paired.en[-1])
            and not _runs_on(own[near], own[mine[0]]))


def _one_side_split(many: tuple[int, ...], own: Sequence[Sequence[Block]], other: Sequence[Sequence[Block]],
                    others: tuple[int, ...]) -> tuple[tuple[int, ...], tuple[int, ...], bool] | None:
    """(units kept with `others`, units left alone, whether the lone ones come first) of a unit bead whose side
    `many` has a code block between two of its units while `others` has none among its own; None when no such
    code (or one sentence runs on across it, `_runs_on`), or when the other side's units stand at neither end of a
    code block (no side to keep)."""
    cuts = [p for p in range(1, len(many)) if _code_opens(own, many[p]) and not _runs_on(own[many[p - 1]],
                                                                                         own[many[p]])]
    if not cuts or any(_code_opens(other, i) for i in others[1:]):
        return None
    if _code_opens(other, others[0]):  # the other side's units follow code: they go with what follows the last cut
        return many[cuts[-1]:], many[:cuts[-1]], True
    if _code_closes(other, others[-1]):  # ...or lead into code: with what precedes the first cut
        return many[:cuts[0]], many[cuts[0]:], False
    return None


def split_at_code(beads: Sequence[Bead], zu: Sequence[Sequence[Block]], eu: Sequence[Sequence[Block]]) -> list[Bead]:
    """Unit beads cut where one side's units have a code block between them and the other side's do not: the
    units on the far side of that code from the other side's units are left alone (a paragraph before a code block
    and a heading after it are no translation of one Chinese paragraph that follows its own code block: the
    paragraph's Chinese was dropped, and its English is reported without Chinese)."""
    out: list[Bead] = []
    for b in beads:
        cut = None
        if b.zh and len(b.en) > 1:
            cut = _one_side_split(b.en, eu, zu, b.zh)
            if cut:
                kept, alone, first = cut
                pair, lone = Bead(b.zh, kept, b.score), Bead((), alone, b.score)
        elif b.en and len(b.zh) > 1:
            cut = _one_side_split(b.zh, zu, eu, b.en)
            if cut:
                kept, alone, first = cut
                pair, lone = Bead(kept, b.en, b.score), Bead(alone, (), b.score)
        if cut is None:
            out.append(b)
        else:
            out.extend((lone, pair) if first else (pair, lone))
    return out

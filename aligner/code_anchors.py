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

from zhen_qa.manuscript.document import Block, Sentence
from zhen_qa.manuscript.source import SourceText

Place = tuple[float, str]
"""Where a code block is among a run of blocks (k - 0.5: right before block k; k + 0.5: right after it) and its code."""


def codes(units: Sequence[Sequence[Block]]) -> list[tuple[str, str]]:
    """(`Part.code`, `Part.code_after`) of each unit, a run of blocks (a table row's cells, or one block): of its first
    and of its last block ("" outside structured Markdown)."""
    out: list[tuple[str, str]] = []
    for u in units:
        first, last = (u[0].part, u[-1].part) if u else (None, None)
        out.append((first.code if first else "", last.code_after if last else ""))
    return out


def places(found: Sequence[tuple[str, str]]) -> list[Place]:
    """The code blocks among consecutive units of one file (each unit's code before and after it, `codes`), each
    once: after a unit, or before the first."""
    out: list[Place] = []
    for k, (before, after) in enumerate(found):
        if before and (k == 0 or found[k - 1][1] != before):
            out.append((k - 0.5, before))
        if after:
            out.append((k + 0.5, after))
    return out


def shared(zh: Sequence[Place], en: Sequence[Place]) -> list[tuple[float, float]]:
    """(zh place, en place) of the code found once on each side and on both, in Chinese order."""
    def once(found: Sequence[Place]) -> dict[str, float]:
        seen = Counter(code for _k, code in found)
        return {code: k for k, code in found if seen[code] == 1}

    zk, ek = once(zh), once(en)
    return sorted((k, ek[code]) for code, k in zk.items() if code in ek)


class CodeAnchors:
    """The code blocks both files of a page pair have, looked up by a sentence's first character."""

    def __init__(self, blocks: Iterable[Block], sources: Sequence[SourceText]) -> None:
        self._starts: dict[int, list[int]] = {}  # file -> start offset of each structured block
        self._places: dict[int, list[float]] = {}  # file -> place of each shared code block, in Chinese order
        if len(sources) != 2:  # one file (a manuscript of both languages) or none: no page pair
            return
        zb, eb = ([b for b in blocks if b.text.source is f and b.part is not None and len(b.text.offsets)]
                  for f in sources)
        pairs = shared(places(codes([[b] for b in zb])), places(codes([[b] for b in eb])))
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

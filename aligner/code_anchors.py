"""Code blocks both pages of structured Markdown have, as anchors of the alignment.

A code block is copied, not translated (`Part.code`: its code without comments and Chinese strings): the same code
once on each page stands at the same place of the two pages. What is before it on one page translates nothing after
it on the other: the unit aligner pairs no unit across it (`unit_pairs.pair_units`), and an English sentence without
Chinese on one side of it is no counterpart of a Chinese sentence without English on the other (`checks.untranslated`).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from zhen_qa.manuscript.document import Block, Sentence
from zhen_qa.manuscript.source import SourceText


def shared(zh: Sequence[str], en: Sequence[str]) -> list[tuple[int, int]]:
    """(zh index, en index) of the code keys (one per item, "" for none) found once on each side and on both, sorted."""
    def once(keys: Sequence[str]) -> dict[str, int]:
        seen = Counter(k for k in keys if k)
        return {k: i for i, k in enumerate(keys) if k and seen[k] == 1}

    zk, ek = once(zh), once(en)
    return sorted((i, ek[k]) for k, i in zk.items() if k in ek)


class CodeAnchors:
    """The code blocks both files of a page pair have, each as the source offsets of the blocks right after it (the
    code lies before them), looked up by a sentence's first character."""

    def __init__(self, blocks: Iterable[Block], sources: Sequence[SourceText]) -> None:
        self._anchors: dict[int, list[int]] = {}  # file -> offset after each shared code block, in key order
        if len(sources) != 2:  # one file (a manuscript of both languages) or none: no page pair
            return
        zb, eb = ([b for b in blocks if b.text.source is f and b.part is not None and len(b.text.offsets)]
                  for f in sources)
        pairs = shared([b.part.code if b.part else "" for b in zb], [b.part.code if b.part else "" for b in eb])
        self._anchors[id(sources[0])] = [zb[i].text.offsets[0] for i, _j in pairs]
        self._anchors[id(sources[1])] = [eb[j].text.offsets[0] for _i, j in pairs]

    def apart(self, zh: Sentence, en: Sentence) -> bool:
        """Whether a code block both files have lies between the two sentences: one of them is before it on its
        page, the other after it on its."""
        za, ea = self._anchors.get(id(zh.text.source)), self._anchors.get(id(en.text.source))
        if not za or not ea or not len(zh.text.offsets) or not len(en.text.offsets):
            return False
        z, e = zh.text.offsets[0], en.text.offsets[0]
        return any((a <= z) != (b <= e) for a, b in zip(za, ea))

"""List items pair one to one in line-aligned files: a structural anchor the words of a short item may not give.

A translated list keeps its items: a bulleted or numbered line renders one bulleted or numbered line. Aligning the
lines as units, a short item whose words the lexicon barely ties to its English (• 我需要多久接受一次化疗？ /
• How often will I get treatment?) can be merged with its neighbour's pair (one Chinese item against two English
items) and left alone, reported untranslated although its English is right there. `pair_items` undoes such merges:
inside a run of line beads that hold list items only, each stretch that holds as many items on both sides is paired
item by item, in order.
"""
from __future__ import annotations

from collections.abc import Sequence

from zhen_qa.manuscript.document import Bead
from zhen_qa.manuscript.word_breaks import LIST_MARKER


def is_item(line: str) -> bool:
    """The line starts with a typed list marker (•, 1., 1、, (1), ①; `word_breaks.LIST_MARKER`)."""
    return LIST_MARKER.match(line) is not None


def pair_items(beads: Sequence[Bead], zh_lines: Sequence[str], en_lines: Sequence[str]) -> list[Bead]:
    """The line beads with each stretch of list items that is not paired one to one (a merge beside a lone item)
    and holds as many items on both sides paired item by item.

    A stretch runs over consecutive beads whose every line is a list item, from a point where both sides have had
    as many items since the run began to the next such point; one that is already 1-1 throughout is kept as it is
    (its confidence with it), as is a run's tail whose counts never even out (an item really left out)."""
    out: list[Bead] = []
    stretch: list[Bead] = []
    zh_n = en_n = 0
    for b in beads:
        if not _all_items(b, zh_lines, en_lines):
            out.extend(stretch)
            stretch, zh_n, en_n = [], 0, 0
            out.append(b)
            continue
        stretch.append(b)
        zh_n, en_n = zh_n + len(b.zh), en_n + len(b.en)
        if zh_n == en_n:
            out.extend(_one_to_one(stretch))
            stretch, zh_n, en_n = [], 0, 0
    out.extend(stretch)
    return out


def _all_items(b: Bead, zh_lines: Sequence[str], en_lines: Sequence[str]) -> bool:
    """Every line of bead `b` is a list item (a bead with no line is none)."""
    return bool(b.zh or b.en) and all(is_item(zh_lines[i]) for i in b.zh) and all(is_item(en_lines[j]) for j in b.en)


def _one_to_one(stretch: list[Bead]) -> list[Bead]:
    """A stretch of as many items on both sides: kept when already 1-1, else paired item by item in order."""
    if all(len(b.zh) == len(b.en) == 1 for b in stretch):
        return stretch
    zh = [i for b in stretch for i in b.zh]
    en = [j for b in stretch for j in b.en]
    return [Bead((i,), (j,), 1.0) for i, j in zip(zh, en)]


def opens_alike(zh: Sequence[str], en: Sequence[str], b: tuple[int, int, int, int]) -> bool:
    """False when bead `b` (a path bead: Chinese [b[0], b[2]), English [b[1], b[3])) opens with a list item on one
    side and, on the other, with a sentence that is no item before an item: a translated item opens with its marker on
    both sides, so text before the marker (a heading or lead-in, 检查期间 / During the Test) is not that item's."""
    zs, es = range(b[0], b[2]), range(b[1], b[3])
    for one, other, first, rest in ((zh, en, zs, es), (en, zh, es, zs)):
        if first and is_item(one[first[0]]) and rest and not is_item(other[rest[0]]) and any(
                is_item(other[j]) for j in rest[1:]):
            return False
    return True


def markers_agree(zh: Sequence[str], en: Sequence[str], b: tuple[int, int, int, int]) -> bool | None:
    """For a 1-1 path bead `b`: whether its two sentences agree on opening a list item (True: both do or neither
    does; False: one side only); None for any other bead."""
    if b[2] - b[0] != 1 or b[3] - b[1] != 1:
        return None
    return is_item(zh[b[0]]) == is_item(en[b[1]])

"""Two paragraphs of as many sentences, each side's whole paragraph in one stretch of beads, pair sentence by sentence.

A hard-wrapped leaflet's short paragraph (准时前来接受检查。 检查耗时 1 至 4 个小时。 / "Arrive on time for your test.
The test takes 1 to 4 hours.") gives the lexicon little to go on: the search may leave the first Chinese sentence alone
and give both English sentences to the second (a 1-0 and a 1-2 bead), and the sentence is reported untranslated
although its English is right there. When a stretch of consecutive beads holds exactly the sentences of one Chinese
paragraph and of one English paragraph, as many on both sides, and is not already one to one, nothing in it is left
out: a translator who drops a sentence leaves its paragraph a sentence short. Such a stretch is paired in order, one
to one (`list_items.pair_items` does the same for list items). A deleted sentence leaves the counts unequal, and the
stretch as the search left it.
"""
from __future__ import annotations

from collections.abc import Sequence

from zhen_qa.manuscript.document import Bead


def pair_paragraphs(beads: Sequence[Bead], zh_para: Sequence[int], en_para: Sequence[int]) -> list[Bead]:
    """The beads with each stretch that covers one whole Chinese and one whole English paragraph of as many sentences
    (two or more) paired one to one in order. `zh_para[i]` / `en_para[j]`: the paragraph of sentence i / j (numbers
    that do not decrease along a side)."""
    zh_size: dict[int, int] = {}
    en_size: dict[int, int] = {}
    for p in zh_para:
        zh_size[p] = zh_size.get(p, 0) + 1
    for p in en_para:
        en_size[p] = en_size.get(p, 0) + 1
    out: list[Bead] = []
    k = 0
    while k < len(beads):
        end = _stretch_end(beads, k, zh_para, en_para, zh_size, en_size)
        if end is None:
            out.append(beads[k])
            k += 1
            continue
        stretch = beads[k:end]
        zh = [i for b in stretch for i in b.zh]
        en = [j for b in stretch for j in b.en]
        out.extend(Bead((i,), (j,), 1.0) for i, j in zip(zh, en))
        k = end
    return out


def _stretch_end(beads: Sequence[Bead], k: int, zh_para: Sequence[int], en_para: Sequence[int],
                 zh_size: dict[int, int], en_size: dict[int, int]) -> int | None:
    """The end (exclusive) of the stretch from bead k that holds exactly one Chinese and one English paragraph of as
    many sentences, not already one to one; None if none starts at k."""
    first = beads[k]
    if not first.zh or not first.en:
        start_zh = next((b.zh[0] for b in beads[k:] if b.zh), None)
        start_en = next((b.en[0] for b in beads[k:] if b.en), None)
    else:
        start_zh, start_en = first.zh[0], first.en[0]
    if start_zh is None or start_en is None:
        return None
    zp, ep = zh_para[start_zh], en_para[start_en]
    n = zh_size[zp]
    if n < 2 or en_size[ep] != n:
        return None
    if start_zh > 0 and zh_para[start_zh - 1] == zp or start_en > 0 and en_para[start_en - 1] == ep:
        return None  # the stretch must open both paragraphs
    zh_n = en_n = 0
    for end in range(k, len(beads)):
        b = beads[end]
        if any(zh_para[i] != zp for i in b.zh) or any(en_para[j] != ep for j in b.en):
            return None
        zh_n, en_n = zh_n + len(b.zh), en_n + len(b.en)
        if zh_n == n and en_n == n:
            stretch = beads[k:end + 1]
            if all(len(x.zh) == len(x.en) == 1 for x in stretch):
                return None
            return end + 1
        if zh_n > n or en_n > n:
            return None
    return None

"""Null-bead refinement: split an unsupported sentence off a merged bead (an untranslated sentence).

The search rewards a merged bead sub-linearly in its size, so a sentence with no counterpart
(a deleted translation) tends to be absorbed into a 2-1 or 1-2 bead with its neighbour rather
than left as a 1-0 / 0-1 bead. This pass looks at each merged bead of the path and at the
sentences on its edges: a sentence is *unsupported* when the bead scores higher without it
(gain = similarity(bead minus the sentence) - similarity(bead) > MIN_GAIN), i.e. it adds no
evidence the rest of the bead does not already give and only dilutes it.

Whether to split is decided per document by a hard-EM estimate of its merge prior: the share
of beads that are merges supported by evidence (no unsupported edge). A document translated
sentence by sentence (medical abstracts: a few percent) gets its unsupported sentences split
into null beads; a freely translated one (literary chapters: 15-50 % merges, where a short
English sentence often carries no dictionary evidence) keeps its merges, except those whose edge
sentence costs the bead much evidence (gain > STRONG_GAIN): a translation deleted from a freely
translated abstract (mac-dev and paramed-dev alignment unchanged). A Chinese edge sentence is judged by the
rate of merges of Chinese sentences alone: English that writes each long Chinese sentence as two does not make
the Chinese a free translation.
"""
from __future__ import annotations

import logging
from collections.abc import Callable

import numpy as np

from zhen_qa.aligner.median import median

log = logging.getLogger(__name__)

Similarity = Callable[[int, int, np.ndarray, np.ndarray], np.ndarray]
"""similarity(a, b, I, J) -> scores, shape I.shape, of beads of type (a, b) ending at nodes (I, J); a, b >= 1."""
PathBead = tuple[int, int, int, int]
"""(i0, j0, i1, j1): Chinese sentences [i0, i1) with English sentences [j0, j1)."""

Groups = tuple[np.ndarray, np.ndarray]
"""`align`'s groups: a group number per Chinese and per English sentence, non-decreasing on each side."""


def in_one_group(b: PathBead, groups: Groups | None) -> bool:
    """Bead `b` keeps the sentences of its sides (an empty side has none) inside one group, or there are no groups.
    Group numbers do not decrease along a side, so a side's first and last sentences speak for it."""
    if groups is None:
        return True
    zh, en = groups
    ends = ([zh[b[0]], zh[b[2] - 1]] if b[2] > b[0] else []) + ([en[b[1]], en[b[3] - 1]] if b[3] > b[1] else [])
    return len({int(g) for g in ends}) <= 1


Keep = Callable[[PathBead, int], bool]
"""keep(bead, j): English sentence j of the bead renders part of its Chinese of its own (`rendered_by.renders_own`),
whatever the similarity says: it is not split off."""

MIN_GAIN = 0.0
"""A bead edge is unsupported when dropping it raises the bead's similarity by more than this."""
EN_EDGE_MARGIN = 0.01
"""An English edge sentence that pairs with the bead's Chinese on its own (`EDGE_SUPPORT`) needs this much more gain
to be split off than a Chinese one: English writes a long Chinese sentence as two far more often than the other
way round, each half with evidence of its own, so a gain within the similarity's noise (a "Conclusion" sentence
and the one after it, both rendering one 结论 sentence: 0.007) is no sign of an English sentence without a
Chinese counterpart."""
EDGE_SUPPORT = 0.5
"""An English edge sentence pairs with the bead's Chinese on its own when its similarity with them is at least this
share of the rest of the bead's (doc17's "Conclusion ..." sentence 0.30 against 0.32; an English paragraph merged
into its neighbour's bead, 0.11 against 0.53, is split off at any gain)."""
STRONG_GAIN = 0.1
"""A bead edge whose removal raises the bead's similarity this much is split whatever the merge rate."""
MAX_MERGE_RATE = 0.1
"""Split only in documents whose supported merges are at most this share of the beads."""
PRIOR_RATE, PRIOR_BEADS = 0.05, 20
"""The merge-rate estimate starts from PRIOR_RATE with the weight of PRIOR_BEADS beads (short documents)."""


def bead_similarity(similarity: Similarity, b: PathBead) -> float:
    """Similarity of one bead with both sides."""
    return _sim(similarity, b)


def _sim(similarity: Similarity, b: PathBead) -> float:
    i0, j0, i1, j1 = b
    return float(similarity(i1 - i0, j1 - j0, np.array([i1]), np.array([j1]))[0])


def _edge_options(b: PathBead, keep: Keep | None = None) -> list[tuple[PathBead, PathBead, bool]]:
    """Ways to split one edge sentence off a merged bead: (null bead, rest, null bead first); an English edge
    sentence that `keep` keeps is not offered."""
    i0, j0, i1, j1 = b
    out = []
    if i1 - i0 >= 2 and j1 > j0:
        out.append(((i0, j0, i0 + 1, j0), (i0 + 1, j0, i1, j1), True))
        out.append(((i1 - 1, j1, i1, j1), (i0, j0, i1 - 1, j1), False))
    if j1 - j0 >= 2 and i1 > i0:
        if keep is None or not keep(b, j0):
            out.append(((i0, j0, i0, j0 + 1), (i0, j0 + 1, i1, j1), True))
        if keep is None or not keep(b, j1 - 1):
            out.append(((i1, j1 - 1, i1, j1), (i0, j0, i1, j1 - 1), False))
    return out


def _edge_bead(b: PathBead, null: PathBead) -> PathBead | None:
    """The English edge sentence `null` of bead `b` with the bead's Chinese, or None for a Chinese edge."""
    return (b[0], null[1], b[2], null[3]) if null[0] == null[2] else None


def _margin(edge: float | None, rest: float) -> float:
    """What a split must gain beyond the threshold: EN_EDGE_MARGIN for an English edge sentence whose similarity
    with the bead's Chinese (`edge`; None for a Chinese edge) is at least EDGE_SUPPORT of the rest's."""
    return EN_EDGE_MARGIN if edge is not None and edge >= EDGE_SUPPORT * rest else 0.0


def en_edge_judge(b: PathBead, j: int, en_similarity: Similarity | None, en_judged: Keep | None) -> Similarity | None:
    """The similarity that judges splitting English edge sentence `j` off bead `b`: `en_similarity` when there is one
    and `en_judged(b, j)` (None: always), else None (the split is judged by the bead's own similarity)."""
    return en_similarity if en_similarity is not None and (en_judged is None or en_judged(b, j)) else None


def similarities(similarity: Similarity, beads: list[PathBead]) -> list[float]:
    """Similarities of many beads with both sides, one vectorised call per bead type."""
    out = [0.0] * len(beads)
    by_type: dict[tuple[int, int], list[int]] = {}
    for k, (i0, j0, i1, j1) in enumerate(beads):
        by_type.setdefault((i1 - i0, j1 - j0), []).append(k)
    for (a, b), ks in by_type.items():
        vals = similarity(a, b, np.array([beads[k][2] for k in ks]), np.array([beads[k][3] for k in ks]))
        for k, v in zip(ks, vals.tolist()):
            out[k] = v
    return out


def best_splits(path: list[PathBead], similarity: Similarity, keep: Keep | None = None,
                en_similarity: Similarity | None = None,
                en_judged: Keep | None = None) -> dict[int, tuple[float, list[PathBead]]]:
    """`best_split` of every merged bead of the path (by index), computed in batches."""
    options = {k: o for k, b in enumerate(path) if (o := _edge_options(b, keep))}
    merged = list(options)
    beads = [path[k] for k in merged] + [rest for k in merged for _, rest, _ in options[k]]
    edges = [e for k in merged for null, _, _ in options[k] if (e := _edge_bead(path[k], null)) is not None]
    sims = similarities(similarity, beads + edges)
    en_sims = sims if en_similarity is None else similarities(en_similarity, beads + edges)
    full, en_full = dict(zip(merged, sims)), dict(zip(merged, en_sims))
    pos, epos = len(merged), len(beads)
    out: dict[int, tuple[float, list[PathBead]]] = {}
    for k in merged:
        best: tuple[float, list[PathBead]] | None = None
        for null, rest, first in options[k]:
            if null[0] == null[2]:
                own = en_edge_judge(path[k], null[1], en_similarity, en_judged) is not None
                table, whole = (en_sims, en_full) if own else (sims, full)
                edge, epos = table[epos], epos + 1
                gain = table[pos] - whole[k] - _margin(edge, table[pos])
            else:
                gain = sims[pos] - full[k]
            pos += 1
            if best is None or gain > best[0]:
                best = (gain, [null, rest] if first else [rest, null])
        assert best is not None
        out[k] = best
    return out


def best_split(b: PathBead, similarity: Similarity, keep: Keep | None = None,
               en_similarity: Similarity | None = None,
               en_judged: Keep | None = None) -> tuple[float, list[PathBead]] | None:
    """The split of one edge sentence that most raises the bead's similarity: (gain, beads in order); the gain of
    splitting off an English sentence that pairs with the Chinese on its own is counted less EN_EDGE_MARGIN, and
    an English sentence `keep` keeps is not split off. An English edge sentence j is judged by `en_similarity`
    (None: `similarity`) when `en_judged(b, j)` (None: always)."""
    options = _edge_options(b, keep)
    if not options:
        return None
    full = _sim(similarity, b)
    best: tuple[float, list[PathBead]] | None = None
    for null, rest, first in options:
        e = _edge_bead(b, null)
        if e is None:
            gain = _sim(similarity, rest) - full
        else:
            judge = en_edge_judge(b, null[1], en_similarity, en_judged)
            sim = similarity if judge is None else judge
            rest_sim = _sim(sim, rest)
            gain = rest_sim - _sim(sim, b) - _margin(_sim(sim, e), rest_sim)
        if best is None or gain > best[0]:
            best = (gain, [null, rest] if first else [rest, null])
    return best


def merge_rate(path: list[PathBead], unsupported: int, side: str = "") -> float:
    """Share of the path's beads that are merges with evidence for every sentence (smoothed by the prior); with
    `side` ("zh" or "en"), only merges of several sentences of that side (and `unsupported` of that side)."""
    if side == "zh":
        merged = sum(1 for i0, j0, i1, j1 in path if i1 - i0 >= 2 and j1 > j0)
    elif side == "en":
        merged = sum(1 for i0, j0, i1, j1 in path if j1 - j0 >= 2 and i1 > i0)
    else:
        merged = sum(1 for i0, j0, i1, j1 in path if (i1 - i0) + (j1 - j0) > 2 and i1 > i0 and j1 > j0)
    return (merged - unsupported + PRIOR_RATE * PRIOR_BEADS) / (len(path) + PRIOR_BEADS)


def _chinese_null(split: tuple[float, list[PathBead]]) -> bool:
    """Whether a split (`best_split`) leaves a Chinese sentence alone."""
    return any(i1 > i0 and j1 == j0 for i0, j0, i1, j1 in split[1])


def split_unsupported(path: list[PathBead], similarity: Similarity, *, min_gain: float = MIN_GAIN,
                      max_rate: float = MAX_MERGE_RATE, keep: Keep | None = None,
                      en_similarity: Similarity | None = None, en_judged: Keep | None = None) -> list[PathBead]:
    """The path with unsupported edge sentences of merged beads split into 1-0 / 0-1 beads.

    Applies when the document's supported-merge rate is at most `max_rate`, else only to edges whose
    gain exceeds STRONG_GAIN; splitting repeats on what remains of a bead (a 3-1 bead may lose two sentences).
    A Chinese edge sentence is judged by the rate of merges of several Chinese sentences alone: English that
    writes a long Chinese sentence as two (1-2 beads, common in translated abstracts: wmt21 zh2en) says nothing
    of Chinese sentences merged into one English one, and an orphan left in its neighbour's 2-1 bead in such a
    document was kept for the English merges' sake (wmt21 doc63, doc32).
    An English edge sentence that `keep` keeps stays: the similarity's length term drops when a long Chinese
    sentence is written as two English ones (0.4-0.6 with the second), so a gain is no sign that the sentence
    has no Chinese when its own words are in the bead's Chinese.
    """
    splits = {k: s for k, s in best_splits(path, similarity, keep, en_similarity, en_judged).items() if s[0] > min_gain}
    if not splits:
        return path
    zh_splits = sum(1 for s in splits.values() if _chinese_null(s))
    strong = {True: merge_rate(path, zh_splits, "zh") > max_rate, False: merge_rate(path, len(splits)) > max_rate}
    splits = {k: s for k, s in splits.items() if not strong[_chinese_null(s)] or s[0] > STRONG_GAIN}
    if not splits:
        return path
    out: list[PathBead] = []
    for k, b in enumerate(path):
        if k not in splits:
            out.append(b)
            continue
        gain = max(min_gain, STRONG_GAIN) if strong[_chinese_null(splits[k])] else min_gain
        out.extend(_split_all(b, similarity, gain, keep, en_similarity, en_judged))
    log.debug("split %d unsupported sentences into null beads", len(out) - len(path))
    return out


def _split_all(b: PathBead, similarity: Similarity, min_gain: float, keep: Keep | None = None,
               en_similarity: Similarity | None = None, en_judged: Keep | None = None) -> list[PathBead]:
    """Split unsupported edges off `b` until none is left; the beads in path order."""
    s = best_split(b, similarity, keep, en_similarity, en_judged)
    if s is None or s[0] <= min_gain:
        return [b]
    out: list[PathBead] = []
    for part in s[1]:
        i0, j0, i1, j1 = part
        out.extend([part] if i0 == i1 or j0 == j1
                   else _split_all(part, similarity, min_gain, keep, en_similarity, en_judged))
    return out


SHIFT_MARGIN = 0.05
"""A null bead moves to its neighbour's sentence when that sentence pairs better by more than this."""
MAX_SHIFT = 8
"""Most beads a null bead travels (passes over the path)."""


ITEM_MARGIN = 0.1
"""A null bead moves to make a pair's list markers agree unless the pair it makes is weaker by more than this."""


def shift_nulls(path: list[PathBead], similarity: Similarity, *, margin: float = SHIFT_MARGIN,
                marked: Callable[[PathBead], bool | None] | None = None,
                too_long: Callable[[PathBead], bool] | None = None) -> list[PathBead]:
    """Move each null bead onto the neighbouring sentence that its 1-1 neighbour pairs worse.

    Beads X-e, Y-null (or null, then 1-1) are rewritten X-null, Y-e when Y pairs with e better than X by
    more than `margin`: with a translation deleted, the search often pairs the sentence before the orphan
    with the next translation and leaves the wrong sentence unpaired (a shifted path). Repeated while a
    null bead moves, so it can travel several beads (at most MAX_SHIFT).

    `marked(pair)` (None: not used) says whether a 1-1 pair's two sentences agree on opening a list item (True:
    both or neither; False: one side only; None: not known). A bulleted item translates a bulleted item, so the null
    also moves when the pair now has one side's item marker only, the pair after the move agrees, and it is weaker
    by no more than ITEM_MARGIN (a move that breaks agreement needs that much more: `_shift_margin`). A deleted
    item's neighbour, the last sentence of the item before it (• …每 3 至 4 小时进食一次。随着时间的推移…), took the
    next item's English (• Your baby may eat different amounts) on a few shared words, and the item left alone was
    reported in place of the sentence really without English.

    `too_long(pair)` (None: not used) says the English of a 1-1 pair is far too long for its Chinese: no null moves
    to make such a pair out of one that is not. An English paragraph whose Chinese was deleted often shares the
    words of the short sentence after it (参考 Tree shaking 章节了解更多。 and "Rspack supports tree shaking, a
    terminology…"): split off by `en_orphans.split_en_orphans`, it was paired back on those words here, and the
    sentence's own English ("See Tree shaking for more details.") reported as without Chinese.
    """
    out = list(path)
    known: dict[PathBead, float] = {}  # similarities are per bead: each is computed once

    def sim(b: PathBead) -> float:
        value = known.get(b)
        if value is None:
            value = known[b] = _sim(similarity, b)
        return value

    for _ in range(MAX_SHIFT):
        # the pairs this pass compares where nothing moves before them, scored in one call per bead type
        todo = [p for k in range(len(out) - 1) for p in _compared(out[k], out[k + 1])]
        new = [b for b in dict.fromkeys(todo) if b not in known]
        known.update(zip(new, similarities(similarity, new)))
        moved = False
        for k in range(len(out) - 1):
            alt = _shifted(out[k], out[k + 1])
            if alt is None:
                continue
            pair_now, pair_alt = _compared(out[k], out[k + 1])
            if too_long is not None and too_long(pair_alt) and not too_long(pair_now):
                continue
            if sim(pair_alt) > sim(pair_now) + _shift_margin(pair_now, pair_alt, margin, marked):
                out[k], out[k + 1] = alt
                moved = True
        if not moved:
            break
    return out


def _shift_margin(now: PathBead, alt: PathBead, margin: float,
                  marked: Callable[[PathBead], bool | None] | None) -> float:
    """How much better pair `alt` must be than `now` for a null bead to move: `margin`, or -ITEM_MARGIN when the move
    makes the pair's list markers agree and +ITEM_MARGIN when it makes them disagree (so a move made for the markers
    is not undone on the next pass for a few shared words)."""
    if marked is None:
        return margin
    agree_now, agree_alt = marked(now), marked(alt)
    if agree_now is False and agree_alt is True:
        return -ITEM_MARGIN
    if agree_now is True and agree_alt is False:
        return max(margin, ITEM_MARGIN)
    return margin


def _compared(a: PathBead, b: PathBead) -> tuple[PathBead, ...]:
    """The two pairs `shift_nulls` compares for neighbours a, b: (pair now, pair after the shift), or ()."""
    alt = _shifted(a, b)
    if alt is None:
        return ()
    return (a if _is_pair(a) else b, alt[0] if _is_pair(alt[0]) else alt[1])


def _is_pair(b: PathBead) -> bool:
    i0, j0, i1, j1 = b
    return i1 - i0 == 1 and j1 - j0 == 1


def _shifted(a: PathBead, b: PathBead) -> tuple[PathBead, PathBead] | None:
    """The two beads with the null moved across the 1-1 bead (same sentences), or None if not that shape."""
    (ai0, aj0, ai1, aj1), (bi0, bj0, bi1, bj1) = a, b
    if _is_pair(a) and (bi1 - bi0, bj1 - bj0) == (1, 0):  # X-e, Y-null -> X-null, Y-e
        return (ai0, aj0, ai1, aj0), (bi0, aj0, bi1, aj1)
    if _is_pair(a) and (bi1 - bi0, bj1 - bj0) == (0, 1):  # X-e, null-f -> null-e, X-f
        return (ai0, aj0, ai0, aj1), (ai0, aj1, ai1, bj1)
    if (ai1 - ai0, aj1 - aj0) == (1, 0) and _is_pair(b):  # X-null, Y-e -> X-e, Y-null
        return (ai0, aj0, ai1, aj1 + 1), (bi0, bj1, bi1, bj1)
    if (ai1 - ai0, aj1 - aj0) == (0, 1) and _is_pair(b):  # null-e, X-f -> X-e, null-f
        return (ai0, aj0, bi1, aj1), (bi1, aj1, bi1, bj1)
    return None


WEAK_SHARE = 0.5
"""A 1-1 bead is weak evidence of a pair below this share of the document's median 1-1 similarity."""
TYPICAL_ONES = 3
"""Fewest 1-1 beads whose median similarity is the document's typical pair; a document of fewer (a short abstract
whose English regroups its sentences) takes the median of all its beads with both sides."""
STEAL_GAIN = 0.1
"""A 1-1 bead's English sentence returns to its neighbour when the neighbour's bead gains with it and the sentence
pairs better with the neighbour's sentence, by this much together (`return_strays`)."""
STEAL_DILUTION = 0.03
"""...and the sentence left alone would lower the grown bead's similarity by more than this: an orphan has content
of its own. A heading (增加语言包 over a sentence that repeats its words, 0.0002) has none the bead lacks: it is the
counterpart of its English heading, however weakly the two pair (wmt21 orphans: 0.05-0.13)."""


def return_strays(path: list[PathBead], similarity: Similarity, max_side: int, *,
                  margin: float = SHIFT_MARGIN, too_short: Callable[[PathBead], bool] | None = None,
                  too_long: Callable[[PathBead], bool] | None = None,
                  content: Similarity | None = None,
                  shares: Callable[[PathBead], bool] | None = None, own: bool = True,
                  fits: Callable[[PathBead], bool] | None = None) -> list[PathBead]:
    """Give back to its neighbour an English sentence that a 1-1 bead took from it, leaving a 1-0 bead.

    With a translation deleted next to a sentence the English splits in two (a 1-2 bead), the search
    fills the gap by pairing the orphan with the split's nearer half. A weak 1-1 bead X-e (similarity
    below WEAK_SHARE of the document's median 1-1 bead; of its median bead with both sides when it has fewer than
    TYPICAL_ONES 1-1 beads) is rewritten X-null with e joined to the
    neighbouring bead Y-F when e pairs better with Y's sentence next to it than with X (by more than
    `margin`), joining it does not lower the similarity of Y's bead, and X would lower it (a sentence of
    a 2-2 crossing, not an orphan, adds to it); when the English of X-e is far too short to translate X
    (`too_short`: `orphans.too_short`, length z-value below -SHORT_Z where length measures content) it is no
    whole translation of X, and e goes even when Y's bead loses a little similarity with it (the length term of
    the 1-2 bead: wmt21 doc7 and doc59, 0.455 -> 0.423 and 0.426 -> 0.404). A 1-1 bead weaker than the median is
    rewritten so too when e pairs better with Y's sentence than with X and the two raises, of Y's bead by e and of e's
    similarity by moving, sum to more than STEAL_GAIN, and X dilutes the grown bead (STEAL_DILUTION): the
    orphan shares words with the half it took (wmt21: EZH2, 盂唇), so its bead is not weak, but the half
    belongs to its neighbour on both counts; only in documents translated sentence by sentence (merges at
    most MAX_MERGE_RATE of the beads, `merge_rate`): a free translation (literary chapters, mac-dev strict F1
    0.8608 -> 0.8593 without the condition) has weak pairs whose words the neighbour shares. Y keeps at
    most `max_side` sentences a side; a bead changed once is not looked at again. Similarities are computed
    in batches (`similarities`), so the pass costs a few vectorised calls per bead type. `own` False (structured
    Markdown) turns off the test of an English sentence whose words are its neighbour's (prose paragraphs only).
    `fits` (None: any) says whether the grown bead Y may be made at all (`list_items.opens_alike`: a heading's English
    is not put before the list item under it).
    """
    ones = [k for k, b in enumerate(path) if _is_pair(b)]
    if not ones:
        return path
    short = too_short or (lambda b: False)
    alone = dict(zip(ones, similarities(similarity, [path[k] for k in ones])))
    typical = median(list(alone.values()))
    if len(ones) < TYPICAL_ONES:
        pairs = [b for b in path if b[2] > b[0] and b[3] > b[1]]
        typical = median(similarities(similarity, pairs))
    weak = WEAK_SHARE * typical
    steal = merge_rate(path, 0) <= MAX_MERGE_RATE  # a free translation pairs loosely: weak pairs only
    # ...but English that writes a Chinese sentence as two makes no free translation of the Chinese: an English
    # sentence whose words are its neighbour's goes back in a document with few Chinese merges
    own = own and merge_rate(path, 0, "zh") <= MAX_MERGE_RATE
    # candidates (k, n, grown, near, both): weak 1-1 bead k = X-e, its neighbour n = Y-F, Y with e joined,
    # Y's sentence next to e, the two beads merged
    cands: list[tuple[int, int, PathBead, PathBead, PathBead]] = []
    for k in ones:
        if alone[k] >= (typical if steal or own else weak):
            continue
        x = path[k]
        for n in (k - 1, k + 1):
            if not 0 <= n < len(path):
                continue
            y0, yj0, y1, yj1 = path[n]
            if y1 == y0 or yj1 == yj0 or yj1 - yj0 >= max_side:
                continue
            if y1 - y0 >= max_side:
                continue
            if n < k:  # Y-F, X-e -> Y-(F, e), X-null; both: (Y, X)-(F, e)
                cands.append((k, n, (y0, yj0, y1, x[3]), (y1 - 1, x[1], y1, x[3]), (y0, yj0, x[2], x[3])))
            else:  # X-e, Y-F -> X-null, Y-(e, F); both: (X, Y)-(e, F)
                cands.append((k, n, (y0, x[1], y1, yj1), (y0, x[1], y0 + 1, x[3]), (x[0], x[1], y1, yj1)))
    if not cands:
        return path
    beads = [path[n] for _, n, _, _, _ in cands] + [g for _, _, g, _, _ in cands]
    beads += [near for _, _, _, near, _ in cands] + [both for _, _, _, _, both in cands]
    sims = similarities(similarity, beads)
    c = len(cands)
    nearest = _nearest_zh(path, content or similarity, sorted({k for k, *_ in cands})) if own else {}
    best: dict[int, tuple[float, int, PathBead]] = {}
    for q, (k, n, grown, near, _both) in enumerate(cands):
        before, after, other, merged = sims[q], sims[c + q], sims[2 * c + q], sims[3 * c + q]
        if fits is not None and not fits(grown):
            continue
        if k in best and other <= best[k][0]:
            continue
        if nearest.get(k) == near[0] and other > alone[k] + margin and (after - before) + (other - alone[k]) > 0 \
                and merged < after + STEAL_DILUTION \
                and too_long is not None and not too_long(grown) and not (shares is not None and shares(path[k])):
            best[k] = (other, n, grown)
            continue
        if merged >= after:
            continue
        if (alone[k] < weak and other > alone[k] + margin and (after >= before or short(path[k]))) \
                or (steal and other > alone[k] and (after - before) + (other - alone[k]) > STEAL_GAIN
                    and merged < after - STEAL_DILUTION):
            best[k] = (other, n, grown)
    out = list(path)
    changed: set[int] = set()
    for k in sorted(best):
        _, n, grown = best[k]
        if k in changed or n in changed:
            continue
        x = path[k]
        out[n] = grown
        out[k] = (x[0], x[3], x[2], x[3]) if n < k else (x[0], x[1], x[2], x[1])
        changed.update((k, n))
    return out


def nearest_zh_of(similarity: Similarity, n: int, b: PathBead, j: int) -> int:
    """The Chinese sentence, among bead `b`'s and the NEAREST on each side of them (of `n`), that pairs best with
    English sentence j (1-1 similarity)."""
    rows = list(range(max(b[0] - NEAREST, 0), min(b[2] + NEAREST, n)))
    sims = similarity(1, 1, np.array(rows) + 1, np.full(len(rows), j + 1))
    return _best_row(rows, sims.tolist())


def _best_row(rows: list[int], sims: list[float]) -> int:
    """The row of the highest similarity, or -1 when none is above zero or two share it (no evidence says which)."""
    if not rows:
        return -1
    top = max(sims)
    if top <= 0 or sum(1 for v in sims if v >= top - 1e-9) > 1:
        return -1
    return rows[sims.index(top)]


NEAREST = 4
"""Chinese sentences on each side of a 1-1 bead among which `_nearest_zh` looks for its English sentence's best."""


def _nearest_zh(path: list[PathBead], similarity: Similarity, ks: list[int]) -> dict[int, int]:
    """{k: the Chinese sentence, among the NEAREST on each side of 1-1 bead k's own, that pairs best with its English
    sentence}, for the beads `ks`."""
    n = path[-1][2] if path else 0
    pairs = [(k, i) for k in ks for i in range(max(path[k][0] - NEAREST, 0), min(path[k][2] + NEAREST, n))]
    sims = similarities(similarity, [(i, path[k][1], i + 1, path[k][3]) for k, i in pairs])
    rows: dict[int, tuple[list[int], list[float]]] = {}
    for (k, i), v in zip(pairs, sims):
        rows.setdefault(k, ([], []))
        rows[k][0].append(i)
        rows[k][1].append(v)
    return {k: _best_row(r, v) for k, (r, v) in rows.items()}


JOIN_GAIN = 0.02
"""A null bead joins its neighbour when the joined bead's similarity beats the neighbour's by more than this.

Judged with the length score in. Without it (content scorers only, at any raise) wmt21 doc18 / doc59 (one long
Chinese sentence written as two English ones; the length score falls 0.4-0.6 with the second) joined (content
+0.030 / +0.021), but so did English sentences with no Chinese that share their neighbour's vocabulary (antd
getting-started, introduce: +0.026 to +0.052): 3 true extra-target lost. Keeping an English edge in
`split_unsupported` when its content score is higher with it lost 4 (wmt21: 4 of 5 false extra-target gone)."""


def join_nulls(path: list[PathBead], similarity: Similarity, max_side: int, *,
               gain: float = JOIN_GAIN, too_long: Callable[[PathBead], bool] | None = None,
               names: Keep | None = None, repeats: Keep | None = None) -> list[PathBead]:
    """Join an English sentence left alone to the neighbouring bead whose similarity it raises: the converse of
    `split_unsupported`, for English only (English writes a long Chinese sentence as two far more often than the
    other way round; a Chinese sentence left alone beside a short neighbour is more often really untranslated:
    joining Chinese ones lost two true `untranslated` findings on documentation pages).

    The search's null prior can leave a sentence unpaired beside the bead of the sentence it translates part of
    (a long Chinese sentence written as two English ones, the first left alone): the bead with it scores higher
    than without it (doc: 0.46 -> 0.51), which no orphan does (a sentence with no counterpart only dilutes the
    bead). Each null bead joins the neighbour it raises most, by more than `gain`; a bead side keeps at most
    `max_side` sentences, and a bead is joined once; never into a bead whose English it makes far too long for
    its Chinese (`too_long`: `en_orphans.too_long`), where `en_orphans.split_en_orphans` split it off. A sentence
    that names what the joined bead's Chinese names and its English does not (`names(joined, j)`:
    `rendered_by.names_own`) joins when it raises the bead's similarity at all: a name is evidence the words'
    similarity weighs little (DF 是
    胫骨横向骨搬移技术的适应证，ASO 可选用… written "DF is the indication of TTT. ASO can choose TTT, …": +0.018).
    A sentence that only repeats what the bead's English says of its Chinese (`repeats(joined, j)`:
    `orphan_repeats.lone_repeats`, an orphan `split_en_orphans` split off on that evidence) never joins: it raises
    the similarity by the page's names alone.
    """
    nulls = [k for k, (i0, j0, i1, j1) in enumerate(path) if i0 == i1 and j0 < j1]  # English sentences alone
    if not nulls:
        return path
    cands: list[tuple[int, int, PathBead]] = []
    for k in nulls:
        x = path[k]
        for n in (k - 1, k + 1):
            if not 0 <= n < len(path):
                continue
            y = path[n]
            if y[0] == y[2] or y[1] == y[3]:  # a null neighbour (another lone English sentence among them)
                continue
            joined = (min(x[0], y[0]), min(x[1], y[1]), max(x[2], y[2]), max(x[3], y[3]))
            if joined[2] - joined[0] <= max_side and joined[3] - joined[1] <= max_side \
                    and not (too_long is not None and too_long(joined)) \
                    and not (repeats is not None and repeats(joined, x[1])):
                cands.append((k, n, joined))
    if not cands:
        return path
    sims = similarities(similarity, [path[n] for _, n, _ in cands] + [j for _, _, j in cands])
    c = len(cands)
    best: dict[int, tuple[float, int, PathBead]] = {}
    for q, (k, n, joined) in enumerate(cands):
        raise_by = sims[c + q] - sims[q]
        least = 0.0 if names is not None and names(joined, path[k][1]) else gain
        if raise_by > least and (k not in best or raise_by > best[k][0]):
            best[k] = (raise_by, n, joined)
    out: list[PathBead | None] = list(path)
    used: set[int] = set()
    for k in sorted(best, key=lambda k: -best[k][0]):
        _, n, joined = best[k]
        if k in used or n in used:
            continue
        out[n], out[k] = joined, None
        used.update((k, n))
    return [b for b in out if b is not None]


def join_lone(path: list[PathBead], max_side: int, joins: Callable[[int, PathBead, bool], bool], *,
              after_first: bool = False, fits: Callable[[PathBead], bool] | None = None) -> list[PathBead]:
    """The path with each English sentence alone (0-1 bead) joined to a bead beside it (with sentences on both sides)
    when `joins(j, y, after)` holds: English sentence `j` alone, the neighbouring bead `y`, and whether `y` is after it.
    The bead before is tried first, the bead after first when `after_first`. The joined bead keeps at most `max_side`
    sentences a side and `fits` (when given). After a join the walk steps back a bead: a sentence alone before the
    grown bead may join it now (two lone sentences of one Chinese sentence join in turn). The walk of
    `clauses.join_clauses` and `clause_cuts.join_cut_clauses`, which differ only in `joins` and the bound."""
    path = list(path)
    k = 0
    while k < len(path):
        x = path[k]
        k += 1
        if x[0] != x[2] or x[1] == x[3]:
            continue
        for n in ((k, k - 2) if after_first else (k - 2, k)):  # the neighbours of x (at k - 1)
            if not 0 <= n < len(path):
                continue
            y = path[n]
            if y[0] == y[2] or y[1] == y[3]:
                continue
            joined = (min(x[0], y[0]), min(x[1], y[1]), max(x[2], y[2]), max(x[3], y[3]))
            if joined[2] - joined[0] > max_side or joined[3] - joined[1] > max_side \
                    or (fits is not None and not fits(joined)):
                continue
            if joins(x[1], y, n > k - 1):
                q = min(k - 1, n)
                path[q:q + 2] = [joined]
                k = max(q - 1, 0)
                break
    return path

"""An edge sentence of a merged bead given to the unpaired sentence beside it.

The search rewards a merged bead for any short sentence it takes in: the bead's similarity rises a little with
it (the per-type median and the length score favour the merge), so a short closing line the English writes at the
end of its last paragraph ("We're here when you need us.") joins that paragraph's bead, and the Chinese line that
translates it is left alone and reported as untranslated. The beads X-(E, f), Y-null are rewritten X-E, Y-f when f
pairs with Y better than with X by more than `SHIFT_MARGIN` (the margin `refine.shift_nulls` moves a null bead by)
and X-E is about as similar as X-(E, f) (within the same margin): f adds nothing to its bead that X needs, and it
translates the sentence beside it. The same holds with the sides swapped (a Chinese edge sentence and an English
sentence alone). A translation deleted beside a merged bead leaves a null whose neighbours translate each other:
the edge sentence pairs better with its own bead, and removing it costs the bead evidence, so nothing moves.

`pair_across` undoes the other shape a null prior leaves: two nulls of opposite sides around one pair, e-null, X-f,
Y-null, where X pairs with e as well as with f (two near-identical sentences, a summary repeating a sentence): the
search paid two null beads to avoid one weak pair, and pairing X-e, Y-f leaves no sentence alone for the same
evidence.
"""
from __future__ import annotations

import logging
from collections.abc import Callable

import numpy as np

from zhen_qa.aligner.refine import SHIFT_MARGIN, PathBead, Similarity, in_one_group, similarities

log = logging.getLogger(__name__)

Move = tuple[int, int, PathBead, PathBead, PathBead]
"""(bead k, null bead n, k without its edge sentence, the edge sentence with n's sentence, the edge sentence with the
rest of k's other side)."""


def _moves(path: list[PathBead]) -> list[Move]:
    """Every merged bead beside a null bead whose edge sentence, next to the null, could pair with it."""
    out: list[Move] = []
    for k in range(len(path) - 1):
        for a, n in ((k, k + 1), (k + 1, k)):
            move = _move(path, a, n)
            if move is not None:
                out.append(move)
    return out


def _move(path: list[PathBead], k: int, n: int) -> Move | None:
    """The move of bead k's edge sentence next to null bead n (n = k - 1 or k + 1), or None if not that shape."""
    i0, j0, i1, j1 = path[k]
    y0, yj0, y1, yj1 = path[n]
    after = n > k
    if y1 - y0 == 1 and yj1 == yj0 and j1 - j0 >= 2 and i1 > i0:  # Chinese alone: an English edge sentence
        if after:
            return k, n, (i0, j0, i1, j1 - 1), (y0, j1 - 1, y1, j1), (i0, j1 - 1, i1, j1)
        return k, n, (i0, j0 + 1, i1, j1), (y0, j0, y1, j0 + 1), (i0, j0, i1, j0 + 1)
    if yj1 - yj0 == 1 and y1 == y0 and i1 - i0 >= 2 and j1 > j0:  # English alone: a Chinese edge sentence
        if after:
            return k, n, (i0, j0, i1 - 1, j1), (i1 - 1, yj0, i1, yj1), (i1 - 1, j0, i1, j1)
        return k, n, (i0 + 1, j0, i1, j1), (i0, yj0, i0 + 1, yj1), (i0, j0, i0 + 1, j1)
    return None


def _rendered(path: list[PathBead], move: Move, contained: Callable[[int, int, tuple[int, int]], bool] | None) -> bool:
    """The move takes from its bead an English edge sentence that renders the bead's Chinese and not the null's
    Chinese sentence (`contained`)."""
    k, n, _rest, pair, _edge = move
    i0, _j0, i1, _j1 = path[k]
    if contained is None or pair[2] - pair[0] != 1 or pair[3] - pair[1] != 1 or i1 == i0:
        return False
    return contained(pair[1], pair[0], (i0, i1))


def pair_edges(path: list[PathBead], similarity: Similarity, *, margin: float = SHIFT_MARGIN,
               groups: tuple[np.ndarray, np.ndarray] | None = None,
               contained: Callable[[int, int, tuple[int, int]], bool] | None = None) -> list[PathBead]:
    """The path with each null bead paired with the edge sentence of the merged bead beside it, where that
    sentence pairs with the null's sentence better than with its own bead's by more than `margin` and its bead
    keeps its similarity without it (loses at most `margin`). A bead gives at most one sentence, a null takes one;
    of two merged beads offering a sentence to one null, the better pair is taken. Similarities are computed in one
    batch (`refine.similarities`). With `groups` (a group number per Chinese and per English sentence, as `align`
    takes them), a sentence is paired only inside its group. `contained(j, x, y)` (`rendered_by.rendered_by`; None: not
    used) keeps an English edge sentence j in a bead of Chinese sentences y = [y0, y1) whose own words it renders,
    not the null's sentence x's: one long Chinese sentence written as several English ones scores low against each
    of them by the 1-1 similarity (`rendered_by.give_back_rendered` gives such a sentence back by the same test)."""
    moves = [m for m in _moves(path) if in_one_group(m[3], groups) and not _rendered(path, m, contained)]
    if not moves:
        return path
    beads = [path[k] for k, *_ in moves] + [rest for _, _, rest, _, _ in moves]
    beads += [pair for *_, pair, _ in moves] + [edge for *_, edge in moves]
    sims = similarities(similarity, beads)
    c = len(moves)
    chosen: list[tuple[float, Move]] = []
    for q, move in enumerate(moves):
        s_whole, s_rest, s_pair, s_edge = sims[q], sims[c + q], sims[2 * c + q], sims[3 * c + q]
        if s_pair > s_edge + margin and s_rest >= s_whole - margin:
            chosen.append((s_pair, move))
    out = list(path)
    used: set[int] = set()
    for _, (k, n, rest, pair, _) in sorted(chosen, key=lambda t: -t[0]):
        if k in used or n in used:
            continue
        out[k], out[n] = rest, pair
        used.update((k, n))
    if used:
        log.debug("paired %d null beads with an edge sentence of their neighbour", len(used) // 2)
    return out


def _across(a: PathBead, b: PathBead, c: PathBead) -> tuple[PathBead, PathBead, PathBead, PathBead] | None:
    """For beads a, b, c of shape (null, 1-1, null of the other side): (X with a's sentence, c's sentence with b's
    other sentence, X-f as it is, Y with X's partner), where X is b's sentence on the side a lacks; else None."""
    if (b[2] - b[0], b[3] - b[1]) != (1, 1):
        return None
    if (a[2] - a[0], a[3] - a[1]) == (0, 1) and (c[2] - c[0], c[3] - c[1]) == (1, 0):  # e-null, X-f, Y-null
        return (b[0], a[1], b[2], a[3]), (c[0], b[1], c[2], b[3]), b, (c[0], a[1], c[2], a[3])
    if (a[2] - a[0], a[3] - a[1]) == (1, 0) and (c[2] - c[0], c[3] - c[1]) == (0, 1):  # Y-null, X-f, e-null
        return (a[0], b[1], a[2], b[3]), (b[0], c[1], b[2], c[3]), b, (a[0], c[1], a[2], c[3])
    return None


def pair_across(path: list[PathBead], similarity: Similarity, *, margin: float = SHIFT_MARGIN,
                groups: tuple[np.ndarray, np.ndarray] | None = None) -> list[PathBead]:
    """The path with each run null, pair, null of the other side re-paired without nulls (e-null, X-f, Y-null ->
    X-e, Y-f; and Y-null, X-f, e-null -> Y-f, X-e) when the two new pairs hold as much evidence as the pair and the
    crossing pair they replace (sim(X, e) + sim(Y, f) >= sim(X, f) + sim(Y, e) - `margin`): a sentence that pairs as
    well with the sentence before as with its own. A real extra English sentence beside a real untranslated Chinese
    one pairs with neither's neighbour. With `groups`, new pairs stay inside a group."""
    runs = [(k, t) for k in range(len(path) - 2) if (t := _across(path[k], path[k + 1], path[k + 2])) is not None
            and in_one_group(t[0], groups) and in_one_group(t[1], groups)]
    if not runs:
        return path
    sims = similarities(similarity, [b for _, t in runs for b in t])
    out: list[PathBead | None] = list(path)
    done = -1
    for q, (k, (first, second, _, _)) in enumerate(runs):
        new_1, new_2, old, cross = sims[4 * q:4 * q + 4]
        if k > done and new_1 + new_2 >= old + cross - margin:
            out[k], out[k + 1], out[k + 2] = first, second, None
            done = k + 2
    return [b for b in out if b is not None]

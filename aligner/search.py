"""Dynamic programming over beads inside a corridor (band): pure functions, no I/O.

Nodes (i, j) mean "the first i Chinese and j English sentences are aligned". A bead of type
(a, b) leads from node (i-a, j-b) to (i, j). The band keeps, for each row i, the nodes
j in [lo[i], hi[i]); lo and hi never decrease, (0, 0) and (n, m) are inside. Time and memory
are proportional to the number of nodes in the band times the number of bead types.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

BeadType = tuple[int, int]
GainFn = Callable[[int, int, np.ndarray, np.ndarray], np.ndarray]
"""gain(a, b, I, J) -> gains, shape I.shape, of beads of type (a, b) ending at nodes (I, J)."""


@dataclass(frozen=True, eq=False)
class Band:
    """The explored nodes: row i (0..n) covers columns [lo[i], hi[i]) of 0..m. Holds arrays, so it has no `==`
    (nor a generated `__eq__` and `__hash__` to build at import)."""

    n: int
    m: int
    lo: np.ndarray
    hi: np.ndarray

    @classmethod
    def full(cls, n: int, m: int) -> "Band":
        """Every node: the whole (n+1) x (m+1) grid (for small documents)."""
        return cls(n, m, np.zeros(n + 1, dtype=np.int64), np.full(n + 1, m + 1, dtype=np.int64))

    @property
    def size(self) -> int:
        """Number of nodes in the band."""
        return int((self.hi - self.lo).sum())

    def offsets(self) -> np.ndarray:
        """start[i]: index of node (i, lo[i]) in a flat array of all band nodes; shape (n+2,)."""
        out = np.zeros(self.n + 2, dtype=np.int64)
        np.cumsum(self.hi - self.lo, out=out[1:])
        return out

    def nodes(self) -> tuple[np.ndarray, np.ndarray]:
        """Flat arrays (I, J) of every node, row by row."""
        widths = self.hi - self.lo
        I = np.repeat(np.arange(self.n + 1), widths)
        start = self.offsets()
        J = np.arange(int(start[-1])) - np.repeat(start[:-1], widths) + np.repeat(self.lo, widths)
        return I, J


WIDE_SIDE = 6
"""Largest bead side of a document searched whole (`align.FULL_LIMIT`), where the wider search costs little: one long
Chinese sentence of commas that English writes as five or six sentences is one bead, not one English sentence paired
and the rest left over as `extra-target` (documentation pages: formily-heldout 8 such false findings of 11 -> 0;
mac-dev strict F1 0.8602 -> 0.8645, paramed-dev 0.9938 unchanged). On Bible 006 (a corridor) it would cost 75 MB.
Here, not in the driver `align`, so that the paragraph alignment (`paragraph_pairs`) reads it without importing it."""


def bead_types(max_side: int, many_to_many: int = 2) -> list[BeadType]:
    """Types (a, b) with 1 <= a, b <= max_side and min(a, b) <= many_to_many, plus (1, 0) and (0, 1)."""
    types = [(a, b) for a in range(1, max_side + 1) for b in range(1, max_side + 1) if min(a, b) <= many_to_many]
    return types + [(1, 0), (0, 1)]


def corridor(path: Sequence[tuple[int, int]], n: int, m: int, factor: int, width: int) -> Band:
    """A band of half-width `width` around a coarse path scaled up by `factor`.

    `path` is the node sequence (I, J) of an alignment of blocks of `factor` sentences,
    from (0, 0) to (ceil(n/f), ceil(m/f)). Each fine row gets the columns that the scaled
    path crosses near it, widened by `width` on both sides.
    """
    lo_f = np.full(n + 1, np.inf)
    hi_f = np.full(n + 1, -np.inf)
    pts = [(min(i * factor, n), min(j * factor, m)) for i, j in path]
    for (i0, j0), (i1, j1) in zip(pts, pts[1:]):
        lo_f[i0:i1 + 1] = np.minimum(lo_f[i0:i1 + 1], j0)
        hi_f[i0:i1 + 1] = np.maximum(hi_f[i0:i1 + 1], j1)
    lo_f[~np.isfinite(lo_f)] = 0
    hi_f[~np.isfinite(hi_f)] = m
    lo = np.clip(lo_f - width, 0, m).astype(np.int64)
    hi = np.clip(hi_f + width + 1, 1, m + 1).astype(np.int64)
    lo = np.maximum.accumulate(lo)
    hi = np.maximum.accumulate(hi)
    lo[0] = 0
    hi[-1] = m + 1
    return Band(n, m, lo, hi)


ROW_CHUNK = 1 << 15
"""Nodes whose predecessor indices are computed together (a few MB of temporaries, whatever the band)."""


def ending_nodes(band: Band, start: np.ndarray, a: int, b: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(flat index, I, J) of the band nodes (i, j) with i >= a and j >= b, row by row: where a bead of type
    (a, b) can end. `start` is `band.offsets()`."""
    lo = np.maximum(band.lo[a:], b)
    widths = np.maximum(band.hi[a:] - lo, 0)
    I = np.repeat(np.arange(a, band.n + 1), widths)
    first = np.cumsum(widths) - widths  # position of each row's first node in the output
    J = np.arange(len(I)) - np.repeat(first - lo, widths)
    return start[I] + J - band.lo[I], I, J


def fill_gains(dest: np.ndarray, band: Band, start: np.ndarray, a: int, b: int, gain: GainFn) -> None:
    """Write gain(a, b, I, J) of the beads of type (a, b) ending at every band node into `dest` (shape (total,),
    one value per node in `start`'s flat order); nodes where no such bead ends keep their value.

    A row's ending nodes are its last nodes (j >= b), so past the first rows whose band starts left of column b,
    they are every node: one slice assignment, without a flat index array the size of the band.
    """
    lo = np.maximum(band.lo[a:], b)
    widths = np.maximum(band.hi[a:] - lo, 0)
    I = np.repeat(np.arange(a, band.n + 1), widths)
    if not len(I):
        return
    J = np.arange(len(I))
    J -= np.repeat(np.cumsum(widths) - widths - lo, widths)
    values = gain(a, b, I, J)
    del I, J
    k = int(np.searchsorted(band.lo[a:], b, side="left"))  # rows a + k.. start at column b or later: whole rows
    head = int(widths[:k].sum())
    if head:
        where = np.arange(head) + np.repeat(start[a + 1:a + k + 1] - np.cumsum(widths[:k]), widths[:k])
        dest[where] = values[:head]
    dest[int(start[a + k]):int(start[-1])] = values[head:]


def best_path(band: Band, types: Sequence[BeadType], gain: GainFn) -> list[tuple[int, int, int, int]]:
    """Highest-gain monotone path from (0, 0) to (n, m): list of beads (i0, j0, i1, j1).

    Gains are computed once for all band nodes and types (vectorised; kept as float32, node by node, the running
    scores as float64). Rows are then filled in order, all types at once: each node's predecessor under each type
    is a flat index into the scores, or the sentinel `total` whose score is -inf (computed for ROW_CHUNK nodes at a
    time, ahead of the rows that use them). The (0, 1) type, which stays within a row, is resolved with a running
    maximum. The row loop keeps only the scores; the back-pointers (one byte per node, -1 where no path reaches the
    node and at (0, 0)) are worked out for a chunk of rows at once once its scores are final (`_back_pointers`).
    """
    n = band.n
    start = band.offsets()
    total = int(start[-1])
    # a type longer than a side ends at no node: its gains would all stay -inf, and a node's best bead (the first of
    # the best) is never one of them, so it is left out (a 2 x 2 paragraph pair searched with 6-sentence beads
    # computes 4 types' gains instead of 21)
    inrow = [k for k, (a, b) in enumerate(types) if 0 < a <= n and b <= band.m]
    G = np.full((len(inrow), total), -np.inf, dtype=np.float32)  # G[t, f]: gain of type inrow[t] ending at node f
    for r, k in enumerate(inrow):
        fill_gains(G[r], band, start, *types[k], gain)
    A = np.array([types[k][0] for k in inrow], dtype=np.int64)[:, None]
    B = np.array([types[k][1] for k in inrow], dtype=np.int64)[:, None]
    codes = np.array(inrow, dtype=np.int8)
    k01 = next((k for k, t in enumerate(types) if t == (0, 1)), None)
    c01 = None
    if k01 is not None:
        # g01[f]: gain of the (0, 1) bead ending at node f, with each row's first node 0 and -inf as -1e18; c01 its
        # running sum along each row, ready for the running maximum below
        g01 = np.full(total, -np.inf)
        fill_gains(g01, band, start, 0, 1, gain)
        g01[start[:-1][band.hi > band.lo]] = 0.0
        g01[~np.isfinite(g01)] = -1e18
        c01 = row_cumsums(g01, band, start)
        del g01
    # allocated once the gains are in: the scoring's temporaries and these tables are not held at once
    score = np.full(total + 1, -np.inf)  # score[total]: sentinel for missing predecessors
    back = np.full(total, -1, dtype=np.int8)
    starts = start.tolist()
    f0 = f1 = 0
    prev = np.empty((len(inrow), 0), dtype=np.int64)
    for i in range(n + 1):
        s0, s1 = starts[i], starts[i + 1]
        if s1 > f1:
            if f1 > f0:
                _back_pointers(back, score, G, prev, f0, f1, codes, k01)
            f0, f1, prev = _predecessors(band, start, A, B, i, total)
        row = score[s0:s1]  # filled in place
        if len(inrow):
            cand = score.take(prev[:, s0 - f0:s1 - f0])  # (types, nodes)
            cand += G[:, s0:s1]
            cand.max(axis=0, out=row)
        if i == 0 and band.lo[0] == 0:
            row[0] = 0.0
        if c01 is not None and s1 - s0 > 1:
            # row[j] = max(row[j], row[j-1] + g01[j]): running max of row - cumsum(g01)
            c = c01[s0:s1]
            run = row - c
            np.maximum.accumulate(run, out=run)
            run += c
            np.copyto(row, run, where=run > row + 1e-12)
    if f1 > f0:
        _back_pointers(back, score, G, prev, f0, f1, codes, k01)
    if band.lo[0] == 0:
        back[0] = -1
    # nodes no path reaches (score -inf, whatever type the argmax fell on) have no back-pointer; a node that
    # (0, 1) reached has a finite score
    back[~np.isfinite(score[:total])] = -1
    # trace back
    beads: list[tuple[int, int, int, int]] = []
    i, j = n, band.m
    while i > 0 or j > 0:
        if not (band.lo[i] <= j < band.hi[i]):
            raise ValueError(f"node ({i}, {j}) is outside the band")
        k = int(back[start[i] + j - band.lo[i]])
        if k < 0:
            raise ValueError(f"no path reaches node ({i}, {j}); the band is disconnected")
        a, b = types[k]
        beads.append((i - a, j - b, i, j))
        i, j = i - a, j - b
    beads.reverse()
    return beads


def _predecessors(band: Band, start: np.ndarray, A: np.ndarray, B: np.ndarray, i0: int,
                  total: int) -> tuple[int, int, np.ndarray]:
    """Predecessors of the nodes of rows i0.. (about ROW_CHUNK nodes, whole rows): (f0, f1, prev) with
    prev[t, f - f0] the flat index of node f's predecessor under type t = (A[t], B[t]) (node (i-a, j-b)),
    or `total` where that node is outside the band."""
    f0 = int(start[i0])
    i1 = max(int(np.searchsorted(start, f0 + ROW_CHUNK, side="right")) - 1, i0 + 1)
    i1 = min(i1, band.n + 1)
    f1 = int(start[i1])
    widths = band.hi[i0:i1] - band.lo[i0:i1]
    # per type and row i: the predecessor row q = i - a, and the columns j whose node (q, j - b) is in the band,
    # lo[q] + b <= j < hi[q] + b (none where i < a); node (q, j - b) is flat index start[q] - lo[q] - b + j
    rows = np.arange(i0, i1)
    q = rows - A  # shape (types, rows)
    above = q >= 0
    q = np.maximum(q, 0)
    first = np.where(above, band.lo[q] + B, band.m + 2)
    stop = band.hi[q] + B
    shift = start[q] - band.lo[q] - B
    J = np.arange(f1 - f0) - np.repeat(start[i0:i1] - f0 - band.lo[i0:i1], widths)  # column of each node
    ok = J >= np.repeat(first, widths, axis=1)
    ok &= J < np.repeat(stop, widths, axis=1)
    prev: np.ndarray = np.where(ok, J + np.repeat(shift, widths, axis=1), total)
    return f0, f1, prev


def _back_pointers(back: np.ndarray, score: np.ndarray, G: np.ndarray, prev: np.ndarray, f0: int, f1: int,
                   codes: np.ndarray, k01: int | None) -> None:
    """Write the back-pointers of nodes f0..f1 (whole rows whose scores are final; `prev` their predecessors, as
    `_predecessors` gives them) into `back`: the code of the type whose bead gave a node its score (the first of
    the best, as the row loop's maximum takes it), or the (0, 1) type `k01` where the running maximum along the row
    raised the score above that maximum by more than 1e-12 (the loop's own test, on the same values)."""
    out = back[f0:f1]
    top = np.full(f1 - f0, -np.inf)
    if len(codes):
        cand = score.take(prev)
        cand += G[:, f0:f1]
        codes.take(cand.argmax(axis=0), out=out)
        cand.max(axis=0, out=top)
    if k01 is not None:
        out[score[f0:f1] > top + 1e-12] = k01


def row_cumsums(values: np.ndarray, band: Band, start: np.ndarray) -> np.ndarray:
    """np.cumsum of each row's slice of `values` (one value per band node, `start`'s flat order), value for value
    (a padded table summed along its rows, as many rows at once as make about ROW_CHUNK nodes)."""
    out = np.empty(values.shape, dtype=np.float64)
    widths = band.hi - band.lo
    rows = band.n + 1
    r0 = 0
    while r0 < rows:
        r1 = max(int(np.searchsorted(start, int(start[r0]) + ROW_CHUNK, side="right")) - 1, r0 + 1)
        r1 = min(r1, rows)
        w = widths[r0:r1]
        wide = int(w.max()) if len(w) else 0
        if wide > 0:
            R = np.repeat(np.arange(r1 - r0), w)
            C = np.arange(int(start[r1] - start[r0])) - np.repeat(start[r0:r1] - start[r0], w)
            table = np.zeros((r1 - r0, wide), dtype=np.float64)
            table[R, C] = values[start[r0]:start[r1]]
            np.cumsum(table, axis=1, out=table)
            out[start[r0]:start[r1]] = table[R, C]
        r0 = r1
    return out

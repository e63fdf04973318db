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


@dataclass(frozen=True)
class Band:
    """The explored nodes: row i (0..n) covers columns [lo[i], hi[i]) of 0..m."""

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


def best_path(band: Band, types: Sequence[BeadType], gain: GainFn) -> list[tuple[int, int, int, int]]:
    """Highest-gain monotone path from (0, 0) to (n, m): list of beads (i0, j0, i1, j1).

    Gains are computed once for all band nodes and types (vectorised; kept as float32, the
    running scores as float64). Rows are then filled in order, all types at once: each node's
    predecessor under each type is a flat index into the scores, or the sentinel `total` whose
    score is -inf. The (0, 1) type, which stays within a row, is resolved with a running
    maximum. Back-pointers are one byte per node.
    """
    n, m = band.n, band.m
    start = band.offsets()
    total = int(start[-1])
    I, J = band.nodes()
    score = np.full(total + 1, -np.inf)  # score[total]: sentinel for missing predecessors
    back = np.full(total, -1, dtype=np.int8)
    inrow = [k for k, (a, b) in enumerate(types) if a > 0]
    G = np.full((len(inrow), total), -np.inf, dtype=np.float32)
    for r, k in enumerate(inrow):
        a, b = types[k]
        where = np.nonzero((I >= a) & (J >= b))[0]
        if len(where):
            G[r, where] = gain(a, b, I[where], J[where])
    A = np.array([types[k][0] for k in inrow], dtype=np.int64)[:, None]
    B = np.array([types[k][1] for k in inrow], dtype=np.int64)[:, None]
    codes = np.array(inrow, dtype=np.int8)
    k01 = next((k for k, t in enumerate(types) if t == (0, 1)), None)
    g01 = None
    if k01 is not None:
        g01 = np.full(total, -np.inf)
        ok = J >= 1
        if ok.any():
            g01[ok] = gain(0, 1, I[ok], J[ok])
    del I, J
    for i in range(n + 1):
        s0, s1 = start[i], start[i + 1]
        if len(inrow):
            # predecessor of node (i, j) under type (a, b): flat index of (i-a, j-b), or the sentinel
            p = np.maximum(i - A, 0)
            lo_p, hi_p = band.lo[p], band.hi[p]
            pc = np.arange(band.lo[i], band.hi[i])[None, :] - B
            ok = (pc >= lo_p) & (pc < hi_p) & (i >= A)
            prev = np.where(ok, start[p] + pc - lo_p, total)
            cand = score[prev] + G[:, s0:s1]
            best = cand.argmax(axis=0)
            row = cand[best, np.arange(s1 - s0)]
            brow = np.where(np.isfinite(row), codes[best], -1).astype(np.int8)
        else:
            row = np.full(s1 - s0, -np.inf)
            brow = np.full(s1 - s0, -1, dtype=np.int8)
        if i == 0 and band.lo[0] == 0:
            row[0] = 0.0
            brow[0] = -1
        if g01 is not None and k01 is not None and s1 - s0 > 1:
            # row[j] = max(row[j], row[j-1] + g01[j]): running max of row - cumsum(g01)
            g = g01[s0:s1].copy()
            g[0] = 0.0
            g[~np.isfinite(g)] = -1e18
            c = np.cumsum(g)
            run = np.maximum.accumulate(row - c) + c
            better = run > row + 1e-12
            row[better] = run[better]
            brow[better] = k01
        score[s0:s1] = row
        back[s0:s1] = brow
    # trace back
    beads: list[tuple[int, int, int, int]] = []
    i, j = n, m
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

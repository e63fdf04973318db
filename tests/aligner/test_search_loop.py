"""The search's row loop against the loop it replaced (back-pointers chosen inside the loop, row by row): the same
path on bands and gains full of ties, -inf and near-ties of the (0, 1) step; its helpers against their slow forms."""
from __future__ import annotations

import random
from collections.abc import Sequence

import numpy as np
import pytest

from zhen_qa.aligner import search
from zhen_qa.aligner.search import Band, BeadType, GainFn, bead_types, best_path, fill_gains, row_cumsums


def looped_predecessors(band: Band, start: np.ndarray, A: np.ndarray, B: np.ndarray, i0: int,
                        total: int) -> tuple[int, int, np.ndarray]:
    """The predecessors as first written: node by node from its row and column."""
    f0 = int(start[i0])
    i1 = max(int(np.searchsorted(start, f0 + search.ROW_CHUNK, side="right")) - 1, i0 + 1)
    i1 = min(i1, band.n + 1)
    f1 = int(start[i1])
    widths = band.hi[i0:i1] - band.lo[i0:i1]
    I = np.repeat(np.arange(i0, i1), widths)
    J = np.arange(f1 - f0) - np.repeat(start[i0:i1] - f0 - band.lo[i0:i1], widths)
    p = np.maximum(I - A, 0)
    lo_p = band.lo[p]
    pc = J - B
    ok = (pc >= lo_p) & (pc < band.hi[p]) & (I >= A)
    prev: np.ndarray = np.where(ok, start[p] + pc - lo_p, total)
    return f0, f1, prev


def looped_best_path(band: Band, types: Sequence[BeadType], gain: GainFn) -> list[tuple[int, int, int, int]]:
    """The search as it was before the back-pointers left the row loop (zhen-qa 0.21.0)."""
    n = band.n
    start = band.offsets()
    total = int(start[-1])
    inrow = [k for k, (a, b) in enumerate(types) if a > 0]
    G = np.full((len(inrow), total), -np.inf, dtype=np.float32)
    for r, k in enumerate(inrow):
        fill_gains(G[r], band, start, *types[k], gain)
    A = np.array([types[k][0] for k in inrow], dtype=np.int64)[:, None]
    B = np.array([types[k][1] for k in inrow], dtype=np.int64)[:, None]
    codes = np.array(inrow, dtype=np.int8)
    k01 = next((k for k, t in enumerate(types) if t == (0, 1)), None)
    g01 = None
    if k01 is not None:
        g01 = np.full(total, -np.inf)
        fill_gains(g01, band, start, 0, 1, gain)
        g01[start[:-1][band.hi > band.lo]] = 0.0
        g01[~np.isfinite(g01)] = -1e18
    score = np.full(total + 1, -np.inf)
    back = np.full(total, -1, dtype=np.int8)
    starts = start.tolist()
    f0 = f1 = 0
    prev = np.empty((len(inrow), 0), dtype=np.int64)
    for i in range(n + 1):
        s0, s1 = starts[i], starts[i + 1]
        if s1 > f1:
            f0, f1, prev = looped_predecessors(band, start, A, B, i, total)
        w = s1 - s0
        row, brow = score[s0:s1], back[s0:s1]
        if len(inrow):
            cand = score[prev[:, s0 - f0:s1 - f0]]
            cand += G[:, s0:s1]
            best = cand.argmax(axis=0)
            cand.max(axis=0, out=row)
            codes.take(best, out=brow)
        if i == 0 and band.lo[0] == 0:
            row[0] = 0.0
            brow[0] = -1
        if g01 is not None and k01 is not None and w > 1:
            c = np.cumsum(g01[s0:s1])
            run = row - c
            np.maximum.accumulate(run, out=run)
            run += c
            better = run > row + 1e-12
            np.copyto(row, run, where=better)
            brow[better] = k01
    back[~np.isfinite(score[:total])] = -1
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


def random_band(n: int, m: int, rng: random.Random, wide: int) -> Band:
    """A random monotone band holding (0, 0) and (n, m), rows 1 to about `wide` columns wide."""
    lo, hi = [0], [rng.randint(1, min(wide, m + 1))]
    for _ in range(n):
        lo.append(min(m, lo[-1] + rng.randint(0, 2)))
        hi.append(min(m + 1, max(hi[-1], lo[-1] + 1) + rng.randint(0, 2)))
    hi[-1] = m + 1
    lo = [min(l, h - 1) for l, h in zip(lo, hi)]
    return Band(n, m, np.array(lo, dtype=np.int64), np.array(hi, dtype=np.int64))


def tied_gain(rng: random.Random, values: Sequence[float]) -> GainFn:
    """Gains drawn from a few values (ties everywhere; some -inf), fixed per bead type and end node."""
    tables: dict[tuple[int, int], dict[tuple[int, int], float]] = {}

    def gain(a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
        table = tables.setdefault((a, b), {})
        return np.array([table.setdefault((i, j), rng.choice(values)) for i, j in zip(I.tolist(), J.tolist())])

    return gain


TYPE_SETS = [bead_types(3), bead_types(4, 2), [(1, 1), (1, 2), (2, 1), (1, 0), (0, 1)], [(1, 1), (0, 1), (1, 0)],
             [(1, 1), (2, 1), (1, 2)], [(0, 1), (1, 1)], [(1, 0), (1, 1), (1, 2)]]
VALUES = [(-1.0, -0.5, 0.0, 0.5, 1.0), (0.1, 0.2, 0.3, -0.2, -0.1), (0.1, 0.2, 0.3, -np.inf), (-0.2, 0.7, 1e-13)]


@pytest.mark.parametrize("seed", range(40))
def test_same_path_as_the_looped_search(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(seed)
    monkeypatch.setattr(search, "ROW_CHUNK", rng.choice([4, 16, 1 << 15]))  # several chunks of rows, or one
    n, m = rng.randint(0, 14), rng.randint(0, 14)
    band = Band.full(n, m) if seed % 3 == 0 else random_band(n, m, rng, rng.choice([2, 4, 8]))
    types = TYPE_SETS[seed % len(TYPE_SETS)]
    values = VALUES[seed % len(VALUES)]
    gain_seed = rng.random()
    try:
        want = looped_best_path(band, types, tied_gain(random.Random(gain_seed), values))
    except ValueError as exc:
        with pytest.raises(ValueError, match=str(exc).split(";")[0].replace("(", r"\(").replace(")", r"\)")):
            best_path(band, types, tied_gain(random.Random(gain_seed), values))
        return
    assert best_path(band, types, tied_gain(random.Random(gain_seed), values)) == want


def test_near_tie_of_the_in_row_step_keeps_the_bead_from_the_row_above() -> None:
    # node (1, 2): the (1, 2) bead from (0, 0) gives 0.75; (1, 1) then (0, 1) gives 0.75 + 5e-13, better by less
    # than the loop's 1e-12, so the (1, 2) bead stays; with a larger margin the (0, 1) step wins
    types = [(1, 1), (1, 2), (0, 1), (1, 0)]
    band = Band(1, 2, np.array([0, 0]), np.array([1, 3]))
    for margin, last in ((5e-13, (0, 0, 1, 2)), (5e-12, (1, 1, 1, 2))):
        gains = {(1, 1): 1.0, (1, 2): 0.75, (0, 1): -0.25 + margin, (1, 0): -5.0}

        def gain(a: int, b: int, I: np.ndarray, J: np.ndarray, gains: dict = gains) -> np.ndarray:
            return np.full(I.shape, gains[(a, b)])

        want = looped_best_path(band, types, gain)
        assert want[-1] == last
        assert best_path(band, types, gain) == want


@pytest.mark.parametrize("seed", range(10))
def test_row_cumsums_are_each_rows_cumsum(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(seed)
    monkeypatch.setattr(search, "ROW_CHUNK", rng.choice([1, 8, 1 << 15]))
    band = random_band(rng.randint(0, 30), rng.randint(0, 30), rng, 6)
    start = band.offsets()
    values = np.array([rng.choice([0.1, -0.2, 1e-18, 3.0, -1e18]) * rng.random() for _ in range(int(start[-1]))])
    got = row_cumsums(values, band, start)
    for i in range(band.n + 1):
        s0, s1 = int(start[i]), int(start[i + 1])
        assert got[s0:s1].tobytes() == np.cumsum(values[s0:s1]).tobytes()


@pytest.mark.parametrize("seed", range(10))
def test_predecessors_node_by_node(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(seed)
    monkeypatch.setattr(search, "ROW_CHUNK", rng.choice([1, 8, 1 << 15]))
    band = random_band(rng.randint(0, 30), rng.randint(0, 30), rng, 6)
    types = [t for t in bead_types(4) if t[0] > 0]
    A = np.array([a for a, _ in types], dtype=np.int64)[:, None]
    B = np.array([b for _, b in types], dtype=np.int64)[:, None]
    start = band.offsets()
    total = int(start[-1])
    i = 0
    while i <= band.n:
        got = search._predecessors(band, start, A, B, i, total)
        want = looped_predecessors(band, start, A, B, i, total)
        assert got[:2] == want[:2] and np.array_equal(got[2], want[2])
        i = int(np.searchsorted(start, got[1], side="left"))
        while i <= band.n and int(start[i]) < got[1]:
            i += 1

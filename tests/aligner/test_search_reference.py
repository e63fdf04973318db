"""The banded search against a naive dynamic program, and the corridor on exact values."""
from __future__ import annotations

import math
import random

import numpy as np
import pytest

from zhen_qa.aligner.search import Band, bead_types, best_path, corridor

Path = list[tuple[int, int, int, int]]


def table_gain(n: int, m: int, types: list[tuple[int, int]], rng: random.Random):
    """Random float32 gains per (type, end node), and the gain function that reads them."""
    table = {
        (a, b): np.array([[rng.uniform(-2.0, 1.0) for _ in range(m + 1)] for _ in range(n + 1)], dtype=np.float32)
        for a, b in types
    }

    def gain(a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
        assert np.all(I >= a) and np.all(J >= b), "gain asked for a bead that starts outside the grid"
        return table[(a, b)][I, J]

    return table, gain


def naive(band: Band, types: list[tuple[int, int]], table: dict) -> tuple[float, Path] | None:
    """Plain O(nodes x types) dynamic program over the nodes of the band; None when (n, m) is unreachable."""
    inside = {(i, j) for i in range(band.n + 1) for j in range(int(band.lo[i]), int(band.hi[i]))}
    best: dict[tuple[int, int], tuple[float, Path]] = {}
    if (0, 0) in inside:
        best[(0, 0)] = (0.0, [])
    for i in range(band.n + 1):
        for j in range(int(band.lo[i]), int(band.hi[i])):
            for a, b in types:
                prev = best.get((i - a, j - b))
                if prev is None or (i, j) == (0, 0):
                    continue
                score = prev[0] + float(table[(a, b)][i, j])
                if (i, j) not in best or score > best[(i, j)][0]:
                    best[(i, j)] = (score, prev[1] + [(i - a, j - b, i, j)])
    return best.get((band.n, band.m))


def random_band(n: int, m: int, rng: random.Random) -> Band:
    """A random monotone band holding (0, 0) and (n, m), each row 1 to 4 columns wide."""
    lo, hi = [0], [rng.randint(1, min(4, m + 1))]
    for _ in range(n):
        l = min(m, lo[-1] + rng.randint(0, 2))
        h = max(hi[-1], l + 1) + rng.randint(0, 2)
        lo.append(l)
        hi.append(min(m + 1, max(h, l + 1)))
    hi[-1] = m + 1
    lo = [min(l, h - 1) for l, h in zip(lo, hi)]
    return Band(n, m, np.array(lo, dtype=np.int64), np.array(hi, dtype=np.int64))


def total(path: Path, table: dict) -> float:
    return sum(float(table[(i1 - i0, j1 - j0)][i1, j1]) for i0, j0, i1, j1 in path)


def check_against_naive(band: Band, types: list[tuple[int, int]], rng: random.Random) -> None:
    table, gain = table_gain(band.n, band.m, types, rng)
    want = naive(band, types, table)
    if want is None:
        with pytest.raises(ValueError):
            best_path(band, types, gain)
        return
    got = best_path(band, types, gain)
    assert got == want[1]
    assert math.isclose(total(got, table), want[0], rel_tol=0, abs_tol=1e-9)
    # the path is inside the band, contiguous, from (0, 0) to (n, m), made of the given types
    node = (0, 0)
    for i0, j0, i1, j1 in got:
        assert (i0, j0) == node and (i1 - i0, j1 - j0) in types
        assert band.lo[i1] <= j1 < band.hi[i1]
        node = (i1, j1)
    assert node == (band.n, band.m)


@pytest.mark.parametrize("seed", range(40))
def test_banded_search_equals_naive_dp_on_random_narrow_bands(seed: int) -> None:
    rng = random.Random(seed)
    n, m = rng.randint(1, 12), rng.randint(1, 12)
    types = bead_types(rng.choice([1, 2, 3]))
    check_against_naive(random_band(n, m, rng), types, rng)


@pytest.mark.parametrize("seed", range(15))
def test_full_band_search_equals_naive_dp(seed: int) -> None:
    rng = random.Random(1000 + seed)
    n, m = rng.randint(0, 7), rng.randint(0, 7)
    check_against_naive(Band.full(n, m), bead_types(3), rng)


@pytest.mark.parametrize("seed", range(15))
def test_corridor_search_equals_naive_dp(seed: int) -> None:
    rng = random.Random(2000 + seed)
    n, m, f = rng.randint(4, 20), rng.randint(4, 20), rng.choice([2, 3, 4])
    cn, cm = -(-n // f), -(-m // f)
    coarse, i, j = [(0, 0)], 0, 0
    while (i, j) != (cn, cm):
        step = rng.choice([(1, 1), (1, 0), (0, 1)])
        i, j = min(cn, i + step[0]), min(cm, j + step[1])
        if (i, j) != coarse[-1]:
            coarse.append((i, j))
    band = corridor(coarse, n, m, f, width=rng.randint(0, 2))
    check_against_naive(band, bead_types(2), rng)


def test_types_without_gap_moves() -> None:
    """Only (1, 1): a square grid has the diagonal, a rectangle has no path."""
    rng = random.Random(7)
    check_against_naive(Band.full(4, 4), [(1, 1)], rng)
    with pytest.raises(ValueError, match="no path reaches node"):
        best_path(Band.full(3, 4), [(1, 1)], lambda a, b, I, J: np.zeros(I.shape))


def test_only_gap_moves() -> None:
    rng = random.Random(8)
    check_against_naive(Band.full(2, 3), [(1, 0), (0, 1)], rng)
    path = best_path(Band.full(1, 2), [(0, 1), (1, 0)], lambda a, b, I, J: np.zeros(I.shape))
    assert len(path) == 3


def test_zero_one_beats_diagonal_only_when_strictly_better() -> None:
    """Over a 1 x 2 grid, 0-1 then 1-1 ties with 1-1 then 0-1 (gain 1.0 each): at the last node the tie
    keeps the in-row 1-1 bead; a 0-1 bead in row 1 that earns a little more wins."""

    def gain(edge: float):
        def g(a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
            if (a, b) == (0, 1):
                return np.where(I == 1, edge, 0.0)
            return np.where((a, b) == (1, 1), 1.0, -5.0) + np.zeros(I.shape)
        return g

    types = [(1, 1), (0, 1)]
    assert best_path(Band.full(1, 2), types, gain(0.0)) == [(0, 0, 0, 1), (0, 1, 1, 2)]
    assert best_path(Band.full(1, 2), types, gain(1e-6)) == [(0, 0, 1, 1), (1, 1, 1, 2)]
    assert best_path(Band.full(1, 2), types, gain(-1e-6)) == [(0, 0, 0, 1), (0, 1, 1, 2)]


def test_node_outside_band_is_reported() -> None:
    band = Band(1, 2, np.array([0, 0]), np.array([1, 2]))  # (1, 2) is not in the band
    with pytest.raises(ValueError, match=r"node \(1, 2\) is outside the band"):
        best_path(band, bead_types(1), lambda a, b, I, J: np.zeros(I.shape))


def test_band_full_offsets_and_nodes() -> None:
    band = Band.full(2, 1)
    assert band.lo.tolist() == [0, 0, 0] and band.hi.tolist() == [2, 2, 2]
    assert band.size == 6 and band.offsets().tolist() == [0, 2, 4, 6]
    I, J = band.nodes()
    assert I.tolist() == [0, 0, 1, 1, 2, 2] and J.tolist() == [0, 1, 0, 1, 0, 1]
    narrow = Band(2, 3, np.array([0, 1, 3]), np.array([1, 3, 4]))
    assert narrow.offsets().tolist() == [0, 1, 3, 4]
    assert narrow.nodes()[1].tolist() == [0, 1, 2, 3]


def test_bead_types_exact_lists() -> None:
    assert bead_types(1) == [(1, 1), (1, 0), (0, 1)]
    assert bead_types(2) == [(1, 1), (1, 2), (2, 1), (2, 2), (1, 0), (0, 1)]
    assert bead_types(3, many_to_many=1) == [(1, 1), (1, 2), (1, 3), (2, 1), (3, 1), (1, 0), (0, 1)]
    assert bead_types(3) == [(1, 1), (1, 2), (1, 3), (2, 1), (2, 2), (2, 3), (3, 1), (3, 2), (1, 0), (0, 1)]


def test_corridor_exact_columns() -> None:
    """Coarse path (0,0) (1,1) (2,1) (3,2) in blocks of 2 over a 6 x 5 grid, widened by 1."""
    band = corridor([(0, 0), (1, 1), (2, 1), (3, 2)], 6, 5, 2, width=1)
    # scaled points (0,0) (2,2) (4,2) (6,4): each segment gives its rows [start column, end column], so rows
    # 0-2 get 0..2, rows 2-4 get 2..2, rows 4-6 get 2..4; before widening lo = [0,0,0,2,2,2,2], hi = [2,2,2,2,4,4,4]
    assert band.lo.tolist() == [0, 0, 0, 1, 1, 1, 1]
    assert band.hi.tolist() == [4, 4, 4, 4, 6, 6, 6]
    assert band.n == 6 and band.m == 5


def test_corridor_width_zero_and_unreached_rows() -> None:
    # the coarse path stops at block row 1 (fine row 3): rows 4.. get the whole width [0, m]
    band = corridor([(0, 0), (1, 1)], 6, 4, 3, width=0)
    assert band.lo.tolist() == [0, 0, 0, 0, 0, 0, 0]
    assert band.hi.tolist() == [4, 4, 4, 4, 5, 5, 5]
    # scaled points are clipped to (n, m)
    band = corridor([(0, 0), (1, 1), (2, 2)], 5, 3, 3, width=0)
    # points (0,0) (3,3) (5,3): row 3 ends the first segment and starts the second, so it keeps column 0
    assert band.lo.tolist() == [0, 0, 0, 0, 3, 3]
    assert band.hi.tolist() == [4, 4, 4, 4, 4, 4]


def test_corridor_row_whose_path_stays_in_column_zero() -> None:
    # pts (0,0) (2,0) (4,2): rows 0-1 only touch column 0, so with width 0 they hold column 0 alone
    band = corridor([(0, 0), (1, 0), (2, 1)], 4, 2, 2, width=0)
    assert band.lo.tolist() == [0, 0, 0, 0, 0]
    assert band.hi.tolist() == [1, 1, 3, 3, 3]


def test_only_zero_one_beads() -> None:
    """Without in-row types, row 0 is a chain of 0-1 beads and later rows are unreachable."""
    zero = lambda a, b, I, J: np.zeros(I.shape)  # noqa: E731
    assert best_path(Band.full(0, 3), [(0, 1)], zero) == [(0, 0, 0, 1), (0, 1, 0, 2), (0, 2, 0, 3)]
    with pytest.raises(ValueError, match=r"no path reaches node \(1, 2\)"):
        best_path(Band.full(1, 2), [(0, 1)], zero)


def test_zero_one_bead_with_minus_infinity_is_a_last_resort() -> None:
    """A 0-1 gain of -inf counts as a huge loss (-1e18): avoided when another path exists, used when none does."""

    def gain(a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
        if (a, b) == (0, 1):
            return np.where((I == 0) & (J == 1), -np.inf, -1.0)
        return np.full(I.shape, -1.0)

    # to (1, 2): 1-0 then 0-1 twice on row 1 (-3), or 0-1 at (0,1) first (-inf): the finite route wins
    assert best_path(Band.full(1, 2), [(1, 0), (0, 1)], gain) == [(0, 0, 1, 0), (1, 0, 1, 1), (1, 1, 1, 2)]
    assert best_path(Band.full(0, 2), [(1, 1), (0, 1)], gain) == [(0, 0, 0, 1), (0, 1, 0, 2)]


def test_corridor_first_and_last_rows() -> None:
    # pts (0,0) (0,2) (2,4): the first coarse step stays in row 0, so row 1 starts at column 2
    band = corridor([(0, 0), (0, 1), (1, 2)], 2, 4, 2, width=0)
    assert band.lo.tolist() == [0, 2, 2] and band.hi.tolist() == [5, 5, 5]
    # pts (0,0) (2,2) (2,4): the last coarse step stays in the last row, so row 1 ends at column 2
    band = corridor([(0, 0), (1, 1), (1, 2)], 2, 4, 2, width=0)
    assert band.lo.tolist() == [0, 0, 0] and band.hi.tolist() == [3, 3, 5]

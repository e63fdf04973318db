from __future__ import annotations

import numpy as np

from zhen_qa.aligner.search import Band, bead_types, best_path, corridor


def matrix_gain(links: set[tuple[int, int]], null: float = -0.3):
    """Gain from a set of true (zh, en) sentence links: a bead earns +1 per link inside, -1 per
    sentence without a link inside, and `null` for 1-0 / 0-1 beads."""

    def gain(a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
        if a == 0 or b == 0:
            return np.full(I.shape, null)
        out = np.zeros(I.shape)
        for k, (i, j) in enumerate(zip(I.tolist(), J.tolist())):
            zs, es = range(i - a, i), range(j - b, j)
            inside = {(z, e) for z in zs for e in es} & links
            linked_z = {z for z, _ in inside}
            linked_e = {e for _, e in inside}
            out[k] = len(inside) - (a - len(linked_z)) - (b - len(linked_e)) - 0.1 * (a + b - 2)
        return out

    return gain


def run(
    n: int, m: int, links: set[tuple[int, int]], max_side: int = 3
) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    path = best_path(Band.full(n, m), bead_types(max_side), matrix_gain(links))
    return [(tuple(range(i0, i1)), tuple(range(j0, j1))) for i0, j0, i1, j1 in path]


def test_diagonal() -> None:
    assert run(3, 3, {(0, 0), (1, 1), (2, 2)}) == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]


def test_insertion_on_english_side() -> None:
    assert run(2, 3, {(0, 0), (1, 2)}) == [((0,), (0,)), ((), (1,)), ((1,), (2,))]


def test_deletion_of_chinese_sentence() -> None:
    assert run(3, 2, {(0, 0), (2, 1)}) == [((0,), (0,)), ((1,), ()), ((2,), (1,))]


def test_two_to_one_and_one_to_two() -> None:
    links = {(0, 0), (1, 0), (2, 1), (2, 2), (3, 3)}
    assert run(4, 4, links) == [((0, 1), (0,)), ((2,), (1, 2)), ((3,), (3,))]


def test_max_side_limits_bead_size() -> None:
    links = {(0, 0), (0, 1), (0, 2)}
    assert run(1, 3, links, max_side=3) == [((0,), (0, 1, 2))]
    beads = run(1, 3, links, max_side=2)
    assert all(len(z) <= 2 and len(e) <= 2 for z, e in beads)


def test_empty_and_one_side_empty() -> None:
    assert run(0, 0, set()) == []
    assert run(0, 2, set()) == [((), (0,)), ((), (1,))]
    assert run(2, 0, set()) == [((0,), ()), ((1,), ())]


def test_bead_types_are_data() -> None:
    types = bead_types(3)
    assert (1, 0) in types and (0, 1) in types and (3, 1) in types and (1, 3) in types
    assert (3, 3) not in types  # many-to-many capped at 2 on the smaller side
    assert (3, 3) in bead_types(3, many_to_many=3)


def test_corridor_covers_path_and_is_monotone() -> None:
    coarse = [(0, 0), (1, 1), (2, 1), (3, 2), (4, 3)]
    band = corridor(coarse, 15, 10, 4, width=2)
    assert band.lo[0] == 0 and band.hi[-1] == 11
    assert np.all(np.diff(band.lo) >= 0) and np.all(np.diff(band.hi) >= 0)
    for i, j in coarse:
        fi, fj = min(i * 4, 15), min(j * 4, 10)
        assert band.lo[fi] <= fj < band.hi[fi]
    assert band.size < 16 * 11


def test_banded_search_matches_full_search_when_path_inside() -> None:
    n = m = 40
    links = {(k, k) for k in range(n)}
    band = corridor([(k, k) for k in range(11)], n, m, 4, width=3)
    full = best_path(Band.full(n, m), bead_types(2), matrix_gain(links))
    banded = best_path(band, bead_types(2), matrix_gain(links))
    assert full == banded == [(k, k, k + 1, k + 1) for k in range(n)]


def test_band_nodes_layout() -> None:
    band = Band(2, 3, np.array([0, 1, 2]), np.array([2, 3, 4]))
    I, J = band.nodes()
    assert I.tolist() == [0, 0, 1, 1, 2, 2]
    assert J.tolist() == [0, 1, 1, 2, 2, 3]
    assert band.size == 6


def test_bead_types_longer_than_a_side_change_no_path() -> None:
    # a 2 x 2 paragraph pair searched with the 6-sentence beads of a small document: the types that fit no node are
    # left out, the path is the one the fitting types give
    for links in ({(0, 0), (1, 1)}, {(0, 0), (0, 1), (1, 1)}, {(1, 0)}, set()):
        wide = best_path(Band.full(2, 2), bead_types(6), matrix_gain(links))
        assert wide == best_path(Band.full(2, 2), bead_types(2), matrix_gain(links))

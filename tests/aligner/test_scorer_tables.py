"""The scorers' per-row and per-column tables against the bead-by-bead formulas they replace: the same values, bit
for bit (the search's ties and the medians depend on them)."""
from __future__ import annotations

import numpy as np
import pytest

from zhen_qa.aligner import csr
from zhen_qa.aligner.objective import Objective, Similarity
from zhen_qa.aligner.scorers.base import FeatureCosine, SparseCosine, _block_norms, _divide, _shifted_dots, rows_to_csr
from zhen_qa.aligner.scorers.length import MU, SIGMA0, SIGMA_SHORT, K, PreparedLength
from zhen_qa.aligner.search import Band, corridor, ending_nodes


def same(got: np.ndarray, want: np.ndarray) -> bool:
    """Equal bytes: value, sign of zero and dtype."""
    return got.dtype == want.dtype and got.shape == want.shape and got.tobytes() == want.tobytes()


def length_bead_by_bead(cz: np.ndarray, ce: np.ndarray, a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
    """The length score as it was computed for each bead (zhen-qa 0.21.0)."""
    lz = cz[I] - cz[I - a]
    le = ce[J] - ce[J - b]
    r = np.log((le + K) / (lz + K))
    var = SIGMA0**2 + SIGMA_SHORT**2 / (lz + K)
    out: np.ndarray = np.exp(-((r - MU) ** 2) / (2 * var))
    return out


def test_length_tables_give_the_bead_by_bead_scores() -> None:
    rng = np.random.default_rng(3)
    zl = rng.integers(0, 80, 40).astype(np.float64) - rng.random(40) * 3 * (rng.random(40) < 0.2)
    el = rng.integers(0, 200, 35).astype(np.float64)
    cz, ce = np.concatenate([[0.0], np.cumsum(zl)]), np.concatenate([[0.0], np.cumsum(el)])
    prepared = PreparedLength(cz, ce)
    band = Band.full(40, 35)
    for a in range(1, 5):
        for b in range(1, 5):
            _, I, J = ending_nodes(band, band.offsets(), a, b)
            assert same(prepared.score(a, b, I, J), length_bead_by_bead(cz, ce, a, b, I, J))
            assert same(prepared.score(a, b, I[:7], J[:7]), length_bead_by_bead(cz, ce, a, b, I[:7], J[:7]))


def sparse(n: int, cols: int, density: float, seed: int) -> tuple[np.ndarray, list[dict[int, float]]]:
    rng = np.random.default_rng(seed)
    # magnitudes far apart: float32 cells whose float64 sums round, so the order they are added in shows
    dense = rng.random((n, cols)) * 10.0 ** rng.integers(-9, 4, (n, cols)) * (rng.random((n, cols)) < density)
    return dense, [{k: float(v) for k, v in enumerate(r) if v} for r in dense]


def dot_bead_by_bead(cos: SparseCosine, a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
    """z_A . e_B from the cells, one index array a cell (zhen-qa 0.21.0)."""
    dot = np.zeros(I.shape, dtype=np.float64)
    for p in range(1, a + 1):
        at = cos.at[I - p] + J
        for q in range(1, b + 1):
            dot += cos.D[at - q]
    return dot


def cosine_bead_by_bead(cos: SparseCosine, a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
    dot = dot_bead_by_bead(cos, a, b, I, J)
    den = np.sqrt(cos.nz[a - 1][I - 1] * cos.ne[b - 1][J - 1])
    out = np.zeros(dot.shape, dtype=np.float64)
    np.divide(dot, den, out=out, where=den > 0)
    return out


@pytest.mark.parametrize("density", [0.5, 0.05])
def test_sparse_cosine_tables_give_the_bead_by_bead_values(density: float) -> None:
    n, m, S = 50, 40, 4
    _, zrows = sparse(n, 12, density, 4)
    _, erows = sparse(m, 12, density, 5)
    band = corridor([(0, 0), (4, 3), (9, 7), (13, 10)], n, m, 4, width=3)
    cos = SparseCosine(rows_to_csr(zrows, 12), rows_to_csr(erows, 12), band, S)
    start = band.offsets()
    for a in range(1, S + 1):
        for b in range(1, S + 1):
            _, I, J = ending_nodes(band, start, a, b)
            assert same(cos._dot(a, b, I, J), dot_bead_by_bead(cos, a, b, I, J))
            assert same(cos.cosine(a, b, I, J), cosine_bead_by_bead(cos, a, b, I, J))
            nz, ne = cos.norms(a, b, I, J)
            assert same(nz, cos.nz[a - 1][I - 1]) and same(ne, cos.ne[b - 1][J - 1])
    # row 0 and column 0 read the last sentence, as an index of -1 does
    assert same(cos.norms(1, 1, np.array([0]), np.array([0]))[0], cos.nz[0][np.array([-1])])


def test_a_bead_outside_the_band_is_read_as_indexing_would() -> None:
    n, m = 6, 6
    _, zrows = sparse(n, 5, 0.6, 6)
    _, erows = sparse(m, 5, 0.6, 7)
    band = Band(n, m, np.array([0, 0, 1, 2, 3, 4, 5]), np.array([2, 3, 4, 5, 6, 7, 7]))
    cos = SparseCosine(rows_to_csr(zrows, 5), rows_to_csr(erows, 5), band, 2)
    I, J = np.array([1, 2]), np.array([1, 0])  # (2, 0) is left of row 2's band: its cells come before D's start
    assert same(cos._dot(1, 2, I, J), dot_bead_by_bead(cos, 1, 2, I, J))
    with pytest.raises(IndexError):
        cos._dot(1, 1, np.array([6]), np.array([40]))
    with pytest.raises(IndexError):
        dot_bead_by_bead(cos, 1, 1, np.array([6]), np.array([40]))


def feature_bead_by_bead(feat: FeatureCosine, a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
    """FeatureCosine.score as it was (zhen-qa 0.21.0)."""
    cos = feat.cos
    nz, ne = cos.nz[a - 1][I - 1], cos.ne[b - 1][J - 1]
    out = np.where((nz <= 0) & (ne <= 0), feat.neutral, 0.0)
    both = np.flatnonzero((nz > 0) & (ne > 0))
    if len(both):
        nz, ne = nz[both], ne[both]
        dot = dot_bead_by_bead(cos, a, b, I[both], J[both])
        den = np.sqrt(nz * ne)
        q = np.zeros(dot.shape, dtype=np.float64)
        np.divide(dot, den, out=q, where=den > 0)
        out[both] = q
    return out


def test_feature_cosine_sides_read_per_row_give_the_same_scores() -> None:
    n, m, S = 60, 50, 3
    _, zrows = sparse(n, 6, 0.08, 8)
    _, erows = sparse(m, 6, 0.08, 9)
    band = corridor([(0, 0), (5, 4), (10, 9), (15, 13)], n, m, 4, width=3)
    feat = FeatureCosine(SparseCosine(rows_to_csr(zrows, 6), rows_to_csr(erows, 6), band, S), 0.5)
    kinds = set()
    for a in range(1, S + 1):
        for b in range(1, S + 1):
            _, I, J = ending_nodes(band, band.offsets(), a, b)
            got = feat.score(a, b, I, J)
            assert same(got, feature_bead_by_bead(feat, a, b, I, J))
            kinds |= {float(v) for v in got if v in (0.0, 0.5)} | ({"cosine"} if ((got > 0) & (got != 0.5)).any()
                                                                  else set())
    assert kinds == {0.0, 0.5, "cosine"}


def test_divide_without_an_empty_side_is_the_plain_quotient() -> None:
    dot = np.array([0.0, 1.5, -0.0, 2.0, 3.0])
    for den in (np.array([1.0, 3.0, 2.0, 7.0, 1e-300]), np.array([1.0, 0.0, 2.0, 7.0, 1.0]),
                np.array([1.0, np.nan, 2.0, 7.0, 1.0]), np.array([1.0, -0.0, 2.0, np.inf, 1.0])):
        want = np.zeros(dot.shape)
        np.divide(dot, den, out=want, where=den > 0)
        assert same(_divide(dot, den), want)
    assert same(_divide(np.zeros(0), np.zeros(0)), np.zeros(0))


class Scores:
    """A prepared scorer of fixed per-bead values (a fresh array each call)."""

    def __init__(self, seed: int) -> None:
        self.rng = np.random.default_rng(seed)
        self.values: dict[tuple[int, int], np.ndarray] = {}

    def score(self, a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
        table = self.values.setdefault((a, b), self.rng.random((20, 20)))
        out: np.ndarray = table[I, J]
        return out


def test_similarity_and_quote_cut_give_the_formula_values() -> None:
    scorers = [(Scores(1), 1.0), (Scores(2), 0.5), (Scores(3), 1.0), (Scores(4), 0.25)]
    I, J = np.repeat(np.arange(2, 20), 18), np.tile(np.arange(2, 20), 18)
    for chunk in (7, 1 << 17):
        got = Similarity(scorers, chunk)(2, 1, I, J)
        want = np.zeros(I.shape)
        for p, w in scorers:
            want += w * p.score(2, 1, I, J)
        want /= sum(w for _, w in scorers)
        assert same(got, want)
    rng = np.random.default_rng(5)
    for zh_open, en_open in ((False, False), (True, False), (False, True), (True, True)):
        open_zh = (rng.random(20) < 0.3) & zh_open
        open_en = (rng.random(20) < 0.3) & en_open
        gain = Objective(Similarity(scorers), open_zh, open_en, null_gain=-0.2, gamma=0.5, merge_penalty=0.1,
                         quote_cut=0.15)
        s = Similarity(scorers)(2, 1, I, J)
        want = (s - float(np.median(s))) * 3 ** 0.5 - 0.1 * 1
        np.subtract(want, 0.15, out=want, where=open_en[J] != open_zh[I])
        got = gain(2, 1, I, J)
        assert same(got, want)
        assert (got != (s - float(np.median(s))) * 3 ** 0.5 - 0.1).any() == (zh_open or en_open)


@pytest.mark.parametrize("density", [0.4, 0.01])
def test_band_cells_are_the_same_floats_whatever_the_block_of_rows(density: float) -> None:
    from zhen_qa.aligner.scorers.base import _band_cells

    n, m = 300, 260
    _, zrows = sparse(n, 40, density, 10)
    _, erows = sparse(m, 40, density, 11)
    Z, E = rows_to_csr(zrows, 40), rows_to_csr(erows, 40)
    band = corridor([(0, 0), (20, 15), (45, 40), (75, 65)], n, m, 4, width=6)
    rows = np.arange(n)
    clo = np.maximum(band.lo[np.minimum(rows + 1, n)] - 3, 0)
    chi = np.maximum(np.minimum(band.hi[np.minimum(rows + 3, n)], m), clo)
    start = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(chi - clo, out=start[1:])
    want = _band_cells(Z, E, clo, chi, start, step=n)  # one product for all rows
    assert np.count_nonzero(want) > 10
    dense = (Z @ E.T).toarray()
    assert np.array_equal(want, np.concatenate([dense[r, clo[r]:chi[r]] for r in range(n)]))
    for step in (1, 7, 128, 512, None):
        assert same(_band_cells(Z, E, clo, chi, start, step=step), want)


def block_norms_all_terms(X: csr.Csr, k_max: int) -> list[np.ndarray]:
    """`_block_norms` as zhen-qa 0.24.0 computed it: every term of every block size added, rows before 0 as zeros
    (a 2-sentence paragraph read with 6-sentence beads added 56 arrays, 53 of them zeros)."""
    n = X.shape[0]
    dots = [_shifted_dots(X, k) for k in range(k_max)]
    out = []
    for k in range(1, k_max + 1):
        total = np.zeros(n, dtype=np.float64)
        for p in range(k):
            for q in range(p, k):
                shifted = np.zeros(n)
                if n > q:
                    shifted[q:] = dots[q - p][: n - q]
                total += shifted if p == q else 2.0 * shifted
        out.append(total)
    return out


@pytest.mark.parametrize("n", [1, 2, 3, 5, 9])
def test_block_norms_without_the_terms_of_rows_before_0_are_the_same_floats(n: int) -> None:
    _, rows = sparse(n, 7, 0.6, 11 + n)
    X = csr.from_rows(rows, 7)
    got, want = _block_norms(X, 6), block_norms_all_terms(X, 6)
    assert len(got) == len(want) == 6
    assert all(same(g, w) for g, w in zip(got, want))

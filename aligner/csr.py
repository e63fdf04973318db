"""Sparse rows held in numpy arrays, laid out entry for entry as scipy.sparse lays them out.

Short documents (an article's abstract, a pair of medical abstracts, a chapter) are scored with these
instead of `scipy.sparse`, whose import alone (0.15-0.2 s: scipy 1.17's array-API layer imports numpy's
f2py, testing and ma) costs more than aligning them. Each function reproduces the scipy routine the
long-document path calls: the same entries in the same order and every float32 sum added in the same
order, so that both paths give bit-identical scores (`tests/aligner/test_csr.py` compares them):

- `matmul`: sparsetools' `csr_matmat` (each output cell a float32 left fold over the left row's entries;
  the output row lists its columns in reverse order of their first contribution, zeros dropped);
- `elementwise_row_sums`: `X.multiply(Y).sum(axis=1)`: `csr_elmul_csr` (sorted merge when both sides are
  canonical, else reverse first-insertion order) and numpy's `add.reduceat` over each row;
- `band_cells`: `(Z @ E.T).toarray()` read at the cells of a band.
"""
from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, eq=False)
class Csr:
    """A (rows x cols) float32 matrix in compressed-row layout: row r's entries are
    indices[indptr[r]:indptr[r+1]] (columns, in stored order) and data[...] (values). No `==` (arrays)."""

    indptr: np.ndarray
    """(rows + 1,) int64."""
    indices: np.ndarray
    """(nnz,) int64."""
    data: np.ndarray
    """(nnz,) float32."""
    shape: tuple[int, int]

    def row_of_entries(self) -> np.ndarray:
        """(nnz,) the row of each stored entry."""
        return np.repeat(np.arange(self.shape[0]), np.diff(self.indptr))

    def rows(self, r0: int, r1: int) -> Csr:
        """Rows [r0, r1) (scipy's `X[r0:r1]`: entries in the same order)."""
        lo, hi = int(self.indptr[r0]), int(self.indptr[r1])
        return Csr(self.indptr[r0:r1 + 1] - lo, self.indices[lo:hi], self.data[lo:hi], (r1 - r0, self.shape[1]))

    def with_columns(self, ncols: int) -> Csr:
        """The same entries in a wider matrix (scipy's `hstack` with an empty block on the right)."""
        return Csr(self.indptr, self.indices, self.data, (self.shape[0], ncols))


def _indptr(rows: np.ndarray, nrows: int) -> np.ndarray:
    """Row pointers of entries whose rows are `rows` (non-decreasing)."""
    out = np.zeros(nrows + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=nrows), out=out[1:])
    return out


def from_entries(rows: np.ndarray, cols: np.ndarray, vals: np.ndarray, shape: tuple[int, int]) -> Csr:
    """scipy's `csr_matrix((vals, (rows, cols)), shape)`: entries sorted by row, then column; repeated cells summed."""
    key = np.asarray(rows, dtype=np.int64) * shape[1] + np.asarray(cols, dtype=np.int64)
    uniq, inv = np.unique(key, return_inverse=True)
    data = np.zeros(len(uniq), dtype=np.float32)
    np.add.at(data, inv, np.asarray(vals, dtype=np.float32))
    return Csr(_indptr(uniq // max(shape[1], 1), shape[0]), uniq % max(shape[1], 1), data, shape)


def from_rows(rows: Sequence[dict[int, float]], ncols: int) -> Csr:
    """One {column: value} dict per row, entries in dict order (scipy's csr_matrix((data, indices, indptr)))."""
    lengths = np.fromiter(map(len, rows), dtype=np.int64, count=len(rows))
    indptr = np.zeros(len(rows) + 1, dtype=np.int64)
    np.cumsum(lengths, out=indptr[1:])
    indices = np.fromiter(itertools.chain.from_iterable(rows), dtype=np.int64, count=int(indptr[-1]))
    data = np.fromiter(itertools.chain.from_iterable(r.values() for r in rows), dtype=np.float64,
                       count=int(indptr[-1])).astype(np.float32)
    return Csr(indptr, indices, data, (len(rows), max(ncols, 1)))


def counts(docs: Sequence[Sequence[str]]) -> tuple[dict[str, int], Csr]:
    """(item ids in order of first occurrence, (len(docs) x items) count matrix with sorted columns)."""
    flat = list(itertools.chain.from_iterable(docs))
    vocab = {t: k for k, t in enumerate(dict.fromkeys(flat))}
    ids = np.fromiter(map(vocab.__getitem__, flat), dtype=np.int64, count=len(flat))
    lengths = np.fromiter(map(len, docs), dtype=np.int64, count=len(docs))
    rows = np.repeat(np.arange(len(docs)), lengths)
    ncols = max(len(vocab), 1)
    uniq, n = np.unique(rows * ncols + ids, return_counts=True)
    return vocab, Csr(_indptr(uniq // ncols, len(docs)), uniq % ncols, n.astype(np.float32), (len(docs), ncols))


def diagonal(w: np.ndarray) -> Csr:
    """The (k x k) diagonal matrix of float32 `w` (scipy's `diags(w)` in compressed rows: zeros left out)."""
    keep = np.flatnonzero(w)
    return Csr(_indptr(keep, len(w)), keep, w[keep].astype(np.float32), (len(w), len(w)))


def matmul(A: Csr, B: Csr) -> Csr:
    """A @ B as sparsetools' `csr_matmat` computes it.

    For each row i it walks A's entries (i, k, v) in stored order and, for each, B's row k in stored order,
    adding v * b into the output cell (float32 products and sums, each cell starting from 0); the output row
    lists its columns in reverse order of their first contribution, and a cell whose sum is 0 is dropped.
    """
    nb = np.diff(B.indptr)
    k = A.indices
    reps = nb[k]
    total = int(reps.sum())
    # product t pairs A entry a[t] with B entry b[t]; products come in A's entry order, then B's
    a = np.repeat(np.arange(len(k)), reps)
    b = np.arange(total) - np.repeat(np.cumsum(reps) - reps, reps) + np.repeat(B.indptr[k], reps)
    products = A.data[a] * B.data[b]
    rows = A.row_of_entries()[a]
    ncols = max(B.shape[1], 1)
    uniq, first, inv = np.unique(rows * ncols + B.indices[b], return_index=True, return_inverse=True)
    sums = np.zeros(len(uniq), dtype=np.float32)
    np.add.at(sums, inv, products)  # in product order: each cell's additions in csr_matmat's order
    out_rows = uniq // ncols
    order = np.lexsort((-first, out_rows))
    order = order[sums[order] != 0]
    return Csr(_indptr(out_rows[order], A.shape[0]), (uniq % ncols)[order], sums[order], (A.shape[0], B.shape[1]))


def _canonical(X: Csr) -> bool:
    """Every row's columns strictly increasing (sparsetools' `csr_has_canonical_format`)."""
    if len(X.indices) < 2:
        return True
    rising = np.diff(X.indices) > 0
    starts = X.indptr[1:-1]
    starts = starts[(starts > 0) & (starts < len(X.indices))]
    rising[starts - 1] = True  # a new row may start anywhere
    return bool(rising.all())


def elementwise_row_sums(X: Csr, Y: Csr) -> np.ndarray:
    """(rows,) float32: the row sums of the elementwise product, `X.multiply(Y).sum(axis=1)` in scipy.

    The product's entries are the columns both rows hold (rows hold a column at most once here): in X's
    order when both matrices are canonical (sparsetools' sorted merge), else in reverse order of X's row
    (its general routine); each row is summed by numpy's `add.reduceat` over those entries, as scipy does.
    """
    xr = X.row_of_entries()
    if Y is X:  # each entry meets itself: the squares (a sentence vector's squared norm)
        products = X.data * X.data
    else:
        ncols = max(X.shape[1], 1)
        xkey = xr * ncols + X.indices
        ykey = Y.row_of_entries() * ncols + Y.indices
        by = np.argsort(ykey, kind="stable")
        ykey = ykey[by]
        pos = np.searchsorted(ykey, xkey)
        found = pos < len(ykey)
        found[found] = ykey[pos[found]] == xkey[found]
        products = np.zeros(len(xkey), dtype=np.float32)
        products[found] = X.data[found] * Y.data[by[pos[found]]]
    idx = np.flatnonzero(products)
    if not (_canonical(X) and _canonical(Y)):
        idx = idx[np.lexsort((-idx, xr[idx]))]  # rows in order, each row's entries reversed
    out = np.zeros(X.shape[0], dtype=np.float32)
    if len(idx):
        ptr = _indptr(xr[idx], X.shape[0])
        major = np.flatnonzero(np.diff(ptr))
        out[major] = np.add.reduceat(products[idx], ptr[major])
    return out


def band_cells(Z: Csr, E: Csr, clo: np.ndarray, chi: np.ndarray, start: np.ndarray) -> np.ndarray:
    """Flat float32 array of z_r . e_c for every row r of Z and column c in [clo[r], chi[r]), row r's cells
    from start[r]: the cells of `(Z @ E.T).toarray()` that scipy computes (products of Z's row r in its stored
    order, E's rows for one column in increasing order; float32 sums)."""
    m = E.shape[0]
    D = np.zeros(max(int(start[-1]), 1), dtype=np.float32)
    # E's entries by (column, row): for each Z entry (r, k), the E rows j in [clo[r], chi[r]) holding column k
    erow = E.row_of_entries()
    ekey = E.indices * m + erow
    by = np.argsort(ekey, kind="stable")
    ekey = ekey[by]
    zr = Z.row_of_entries()
    lo = np.searchsorted(ekey, Z.indices * m + clo[zr])
    hi = np.searchsorted(ekey, Z.indices * m + chi[zr])
    reps = np.maximum(hi - lo, 0)
    total = int(reps.sum())
    if not total:
        return D
    z = np.repeat(np.arange(len(zr)), reps)
    e = by[np.arange(total) - np.repeat(np.cumsum(reps) - reps, reps) + np.repeat(lo, reps)]
    r = zr[z]
    np.add.at(D, start[r] + erow[e] - clo[r], Z.data[z] * E.data[e])
    return D

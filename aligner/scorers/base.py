"""The scorer interface and the sparse-cosine machinery shared by the vector scorers.

A candidate bead is addressed by its type (a, b) and its end node (i, j): it holds Chinese
sentences [i-a, i) and English sentences [j-b, j). Scorers score many beads at once, given
equal-length integer arrays I and J of end nodes.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from zhen_qa.aligner import csr
from zhen_qa.aligner.lexicon import WHOLE_AFTER, Lexicon, en_stems, han_runs, load_lexicon, zh_tokens
from zhen_qa.aligner.search import Band

if TYPE_CHECKING:
    from typing import TypeAlias

    import scipy.sparse as sp

    Matrix: TypeAlias = csr.Csr | sp.csr_matrix
    """Sentence vectors: numpy rows (`aligner.csr`) for a short document, scipy's CSR for a long one."""

NUMPY_NODES = 1_500_000
"""Documents of at most this many search nodes ((n + 1) x (m + 1) for n Chinese and m English sentences) keep
their sentence vectors in numpy rows (`aligner.csr`, entry for entry what scipy.sparse computes); longer ones use
scipy.sparse, imported only then. At most `align.FULL_LIMIT`: the block-level first pass works in scipy.sparse."""


def numpy_rows(n: int, m: int) -> bool:
    """Whether a document of n Chinese and m English sentences keeps its vectors in numpy rows."""
    return (n + 1) * (m + 1) <= NUMPY_NODES


class Analysis:
    """Per-document token lists shared by the scorers, computed on first use."""

    def __init__(self, zh: Sequence[str], en: Sequence[str], lexicon: Lexicon | None = None) -> None:
        self.zh, self.en = zh, en
        self._lexicon = lexicon
        self.small = numpy_rows(len(zh), len(en))
        """Vectors in numpy rows (`aligner.csr`), not scipy.sparse."""
        self._zh_tokens: list[list[str]] | None = None
        self._en_stems: list[list[str]] | None = None
        self.cache: dict[str, Any] = {}
        """Per-document results scorers share (e.g. sparse vectors)."""

    @property
    def lexicon(self) -> Lexicon:
        """The lexicon (CC-CEDICT, plus the glossary when one was given)."""
        if self._lexicon is None:
            self._lexicon = load_lexicon()
        return self._lexicon

    @property
    def zh_tokens(self) -> list[list[str]]:
        """jieba tokens of each Chinese sentence, stop words dropped (equal sentences share one list: don't mutate)."""
        if self._zh_tokens is None:
            from zhen_qa.aligner.jieba_base import FAST_AFTER, cut_many, expect

            lexicon = self.lexicon
            distinct = dict.fromkeys(self.zh)
            chars = sum(map(len, distinct))
            expect(chars)  # a long document is cut by rjieba from its first sentence
            if chars > WHOLE_AFTER:
                lexicon.read_whole()
            cuts = None
            runs_of: dict[str, list[str]] = {}
            if chars > FAST_AFTER:  # all runs in one call of rjieba (a short one keeps `cut`'s memo for the checks)
                runs_of = {s: han_runs(s) for s in distinct}
                runs = list(dict.fromkeys(r for rs in runs_of.values() for r in rs))
                cuts = dict(zip(runs, cut_many(runs)))
            pieces: dict[str, tuple[str, ...]] = {}  # each jieba token split and filtered once
            # repeated sentences share one (read-only) list
            memo = {s: zh_tokens(s, lexicon, pieces, cuts, runs_of.get(s)) for s in distinct}
            self._zh_tokens = [memo[s] for s in self.zh]
        return self._zh_tokens

    @property
    def en_stems(self) -> list[list[str]]:
        """Content-word stems of each English sentence (equal sentences share one list: don't mutate)."""
        if self._en_stems is None:
            memo: dict[str, list[str]] = {}
            words: dict[str, str] = {}  # each word stemmed once
            self._en_stems = [memo[s] if s in memo else memo.setdefault(s, en_stems(s, words)) for s in self.en]
        return self._en_stems


class Prepared(Protocol):
    """A scorer bound to one document pair and one search band."""

    def score(self, a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
        """Scores in [0, 1], shape I.shape, for beads of type (a, b) ending at nodes (I, J); a, b >= 1."""


class Scorer(Protocol):
    """One kind of evidence; `prepare` does the per-document work once."""

    name: str

    def prepare(self, doc: Analysis, band: Band, max_side: int) -> Prepared:
        """Bind to the sentences of one document pair and the band the search will explore."""
        ...

    def useful(self, doc: Analysis) -> bool:
        """Whether this scorer has evidence to give in this document (default: yes)."""
        return True


SPARSE_ROWS = 0.25
"""SparseCosine skips the beads of all-zero rows when fewer than this share of its rows have a nonzero cell."""


class SparseCosine:
    """Cosine between summed sparse sentence vectors, for any bead inside a band.

    Z (n x V) and E (m x V) hold one row per sentence. Dot products of single sentence pairs
    are computed only for cells inside the band (row r, columns around the band of nodes
    r+1 .. r+max_side), so memory is linear in the band size; merged beads combine them:
    |sum z|^2 uses the dot products of nearby Chinese rows with each other, likewise English.
    """

    def __init__(self, Z: Matrix, E: Matrix, band: Band, max_side: int) -> None:
        n, m = Z.shape[0], E.shape[0]
        self.n, self.m, self.S = n, m, max_side
        # cell window per zh row r: columns [clo[r], chi[r]), stored one row after the other in the flat
        # float32 array D (row r from start[r]); every cell a bead ending at a band node needs falls inside
        # (lo and hi never decrease). Rows are as wide as their own window, not the widest one's.
        rows = np.arange(n)
        nxt = np.minimum(rows + 1, band.n)
        far = np.minimum(rows + max_side, band.n)
        clo = np.maximum(band.lo[nxt] - max_side, 0)
        chi = np.maximum(np.minimum(band.hi[far], m), clo)
        start = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(chi - clo, out=start[1:])
        cells = csr.band_cells if isinstance(Z, csr.Csr) else _band_cells
        self.D = D = cells(Z, E, clo, chi, start)
        self.at = start[:-1] - clo
        """Flat index of cell (r, c) in D: at[r] + c; shape (n,)."""
        live = np.zeros(n, dtype=bool)
        live[np.searchsorted(start, np.flatnonzero(D), side="right") - 1] = True
        self.live: np.ndarray | None = live if live.mean() < SPARSE_ROWS else None
        """Rows with a nonzero cell, kept when they are few (features such as anchors and names): a bead of
        other rows only has zero cells, and its dot product is 0 without reading them."""
        # norms and cell offsets as a bead ending at node row i (column j) reads them, i = 0..n: values[i - shift],
        # the index wrapping below 0 as numpy's does; `nz`, `ne` and `at` are views of these (no copy held twice)
        self._nz_node = [_wrapped(v) for v in _block_norms(Z, max_side)]
        self._ne_node = [_wrapped(v) for v in _block_norms(E, max_side)]
        self.nz = [v[1:] for v in self._nz_node]
        """nz[k-1][r] = |z_{r-k+1} + ... + z_r|^2; shapes (n,)."""
        self.ne = [v[1:] for v in self._ne_node]
        """ne[k-1][c] = |e_{c-k+1} + ... + e_c|^2; shapes (m,)."""
        self._at_ext = np.concatenate([self.at[n - max_side:], self.at]) if n >= max_side else None
        """at_ext[S + k] = at[k] for k = -S..n-1 (S = max_side), the index wrapping below 0."""

    def by_node(self, name: str, k: int) -> np.ndarray | None:
        """Per-row values read at an end node: for "at" and p, at[i - p]; for "nz" and a, nz[a - 1][i - 1]; for "ne"
        and b, ne[b - 1][j - 1]; for every node row i = 0..n (column j = 0..m), the index wrapping below 0 as numpy's
        does (what `values[I - shift]` gives a node), as a view. One gather a bead instead of a subtraction and a
        gather; None where there is no such table (a shift past the sentences: index as given)."""
        if name == "at":
            if self._at_ext is None or not 1 <= k <= self.S:
                return None
            return self._at_ext[self.S - k:self.S - k + self.n + 1]
        tables = self._nz_node if name == "nz" else self._ne_node
        return tables[k - 1] if 1 <= k <= len(tables) and len(tables[k - 1]) > 1 else None

    def norms(self, a: int, b: int, I: np.ndarray, J: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(|z_A|^2, |e_B|^2) for beads of type (a, b) ending at (I, J); shapes I.shape."""
        nz, ne = self.by_node("nz", a), self.by_node("ne", b)
        return (nz[I] if nz is not None else self.nz[a - 1][I - 1],
                ne[J] if ne is not None else self.ne[b - 1][J - 1])

    def cell(self, R: np.ndarray, C: np.ndarray) -> np.ndarray:
        """z_R . e_C for cells (R, C) that beads inside the band use."""
        cells: np.ndarray = self.D[self.at[R] + C]
        return cells

    def dot_and_norms(self, a: int, b: int, I: np.ndarray, J: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(z_A . e_B, |z_A|^2, |e_B|^2) for beads of type (a, b) ending at (I, J); shapes I.shape."""
        if self.live is None:
            dot = self._dot(a, b, I, J)
        else:  # the same sums where a row of the bead has a nonzero cell; +0.0 elsewhere, as zeros add up to
            live = self.live[I - 1]
            for p in range(2, a + 1):
                live |= self.live[I - p]
            some = np.flatnonzero(live)
            dot = np.zeros(I.shape, dtype=np.float64)
            dot[some] = self._dot(a, b, I[some], J[some])
        return (dot, *self.norms(a, b, I, J))

    def _dot(self, a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
        """z_A . e_B for beads of type (a, b) ending at (I, J): the cells added one by one, row I-1 first.

        Cell (I - p, J - q) is D[at - q] for at = self.at[I - p] + J; it is read as D[b - q:][at - b], one index
        array a row of the bead instead of one a cell (the same cells, added in the same order to 0.0). A bead
        whose index would fall before D (none of a band node's) is read by `_dot_indexed`, which wraps it as
        numpy's indexing does."""
        flat = self.D
        JB = J - b
        dot: np.ndarray | None = None
        for p in range(1, a + 1):
            rows = self.by_node("at", p)
            at = rows[I] if rows is not None else self.at[I - p]
            at += JB  # flat index of cell (I - p, J - b); cell (I - p, J - q) is D[b - q:][at]
            if len(at) and int(at.min()) < 0:
                return self._dot_indexed(a, b, I, J)
            for q in range(1, b + 1):
                cells = flat[b - q:].take(at)
                if dot is None:
                    dot = np.add(cells, 0.0, dtype=np.float64)  # 0.0 + cell, as added to zeros
                else:
                    dot += cells
        return dot if dot is not None else np.zeros(I.shape, dtype=np.float64)

    def _dot_indexed(self, a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
        """`_dot` with one index array a cell (any bead, the slow form)."""
        dot = np.zeros(I.shape, dtype=np.float64)
        flat = self.D
        for p in range(1, a + 1):
            at = self.at[I - p] + J  # flat index of cell (I - p, J - q) is at - q
            for q in range(1, b + 1):
                dot += flat[at - q]
        return dot

    def cosine(self, a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
        """Cosine of the summed vectors; 0 where either side has no features."""
        dot, nz, ne = self.dot_and_norms(a, b, I, J)
        return _divide(dot, np.sqrt(nz * ne))


class FeatureCosine:
    """Prepared scores of a sparse-feature cosine (anchors, names): `neutral` where neither side
    of a bead has any feature, so a bead is neither rewarded nor punished for lacking them."""

    def __init__(self, cos: SparseCosine, neutral: float) -> None:
        self.cos = cos
        self.neutral = neutral
        self._filled: dict[tuple[str, int], tuple[np.ndarray, np.ndarray] | None] = {}

    def filled(self, side: str, k: int) -> tuple[np.ndarray, np.ndarray] | None:
        """(norm > 0, norm <= 0) of the k sentences of `side` ("nz" Chinese, "ne" English) ending before each node
        row (column), as `SparseCosine.by_node` reads the norms; None where it has no table."""
        key = (side, k)
        if key not in self._filled:
            norms = self.cos.by_node(side, k)
            self._filled[key] = None if norms is None else (norms > 0, norms <= 0)
        return self._filled[key]

    def score(self, a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
        """Cosine of the beads (I, J) ending at node (a, b); `neutral` where both sides are empty.

        Features are rare (Bible 006: anchors in 5 % of the Chinese sentences, names in 3 % of the English), so
        the dot products are summed only for the beads with features on both sides: elsewhere the cosine is 0
        (one side empty) or `neutral`, whatever the cells hold. Which side is empty is read per row and column
        (one byte a bead and side), the norms only for the beads with both.
        """
        cos = self.cos
        zs, es = self.filled("nz", a), self.filled("ne", b)
        if zs is None or es is None:
            nz, ne = cos.norms(a, b, I, J)
            out = np.where((nz <= 0) & (ne <= 0), self.neutral, 0.0)
            both = np.flatnonzero((nz > 0) & (ne > 0))
        else:
            out = np.where(zs[1][I] & es[1][J], self.neutral, 0.0)
            both = np.flatnonzero(zs[0][I] & es[0][J])
        if len(both):
            Ib, Jb = I[both], J[both]
            dot, nz, ne = cos.dot_and_norms(a, b, Ib, Jb)
            out[both] = _divide(dot, np.sqrt(nz * ne))
        return out


def _divide(dot: np.ndarray, den: np.ndarray) -> np.ndarray:
    """dot / den where den > 0, else 0 (a cosine with an empty side)."""
    if len(den) and den.min() > 0:  # no empty side (NaN fails the test): the plain quotient, a fresh array
        quotient: np.ndarray = np.divide(dot, den, dtype=np.float64)
        return quotient
    out = np.zeros(dot.shape, dtype=np.float64)
    np.divide(dot, den, out=out, where=den > 0)
    return out


def feature_cosine(
    za: Sequence[Sequence[str]],
    ea: Sequence[Sequence[str]],
    band: Band,
    max_side: int,
    neutral: float,
    weight: Callable[[str], float] = lambda key: 1.0,
) -> FeatureCosine:
    """FeatureCosine over per-sentence feature keys, each weighted by its idf over both sides times `weight`."""
    docs = [*za, *ea]
    w = idf(docs)
    vocab: dict[str, int] = {}
    rows = []
    for keys in docs:
        row: dict[int, float] = {}
        for k in keys:
            c = vocab.setdefault(k, len(vocab))
            row[c] = row.get(c, 0.0) + w[k] * weight(k)
        rows.append(row)
    n = len(za)
    to_matrix = csr.from_rows if numpy_rows(len(za), len(ea)) else rows_to_csr
    cos = SparseCosine(to_matrix(rows[:n], len(vocab)), to_matrix(rows[n:], len(vocab)), band, max_side)
    return FeatureCosine(cos, neutral)


BLOCK_ROWS = 128
"""Rows of Z whose band cells `_band_cells` takes from one product: its dense block spans the columns of all their
windows, so a corridor's block is mostly cells outside the band, the fewer the rows. Bible 006's lexical vectors:
512 rows 0.54 s, 128 rows 0.39 s over the seven products (64: slower again, more calls)."""
SPARSE_BLOCK_ROWS = 512
"""Rows a block for vectors of less than one stored entry a row (anchors, names): their products are nearly empty,
and the calls' own cost is what counts."""


def _band_cells(Z: sp.csr_matrix, E: sp.csr_matrix, clo: np.ndarray, chi: np.ndarray,
                start: np.ndarray, step: int | None = None) -> np.ndarray:
    """Flat float32 array of z_r . e_c for every row r and column c in [clo[r], chi[r]), row r from start[r]
    (scipy's products, block by block of `step` rows; None: by the vectors' density). Each cell is the same float32
    whatever the blocks: scipy sums z_r's entries in their order for every column it keeps."""
    n = Z.shape[0]
    widths = chi - clo
    D = np.zeros(max(int(start[-1]), 1), dtype=np.float32)
    Et = E.T.tocsc()
    if step is None:
        step = SPARSE_BLOCK_ROWS if Z.nnz < n else BLOCK_ROWS
    for r0 in range(0, n, step):
        r1 = min(n, r0 + step)
        c0, c1 = int(clo[r0:r1].min()), int(chi[r0:r1].max())
        if c1 <= c0:
            continue
        block = (_rows(Z, r0, r1) @ _rows(Et, c0, c1)).toarray()
        w = widths[r0:r1]
        R = np.repeat(np.arange(r1 - r0), w)  # block row of each stored cell of rows r0..r1
        C = np.arange(int(start[r1] - start[r0])) - np.repeat(start[r0:r1] - start[r0], w) \
            + np.repeat(clo[r0:r1] - c0, w)
        D[start[r0]:start[r1]] = block[R, C]
    return D


def _wrapped(values: np.ndarray) -> np.ndarray:
    """values[-1] followed by values (values[i - 1] for i = 0..len, as an index of -1 reads it); an empty array
    stays empty."""
    return np.concatenate([values[-1:], values])


def _block_norms(X: Matrix, k_max: int) -> list[np.ndarray]:
    """out[k-1][r] = |x_{r-k+1} + ... + x_r|^2 (rows before 0 count as empty); shapes (rows,)."""
    n = X.shape[0]
    dots = [_shifted_dots(X, k) for k in range(min(k_max, n))]
    out = []
    for k in range(1, k_max + 1):
        total = np.zeros(n, dtype=np.float64)
        for p in range(k):  # row r - p
            for q in range(p, min(k, n)):  # row r - q, q >= p; a row before 0 adds nothing
                # x_{r-q} . x_{r-p} = dots[q-p][r-q], added where r >= q (0.0 elsewhere: the sum unchanged)
                term = dots[q - p][: n - q]
                total[q:] += term if p == q else 2.0 * term
        out.append(total)
    return out


def _shifted_dots(X: Matrix, k: int) -> np.ndarray:
    """out[r] = x_r . x_{r+k} (0 past the end); shape (rows,)."""
    n = X.shape[0]
    out = np.zeros(n, dtype=np.float64)
    if n > k and isinstance(X, csr.Csr):
        out[: n - k] = csr.elementwise_row_sums(X, X) if k == 0 else csr.elementwise_row_sums(X.rows(0, n - k),
                                                                                              X.rows(k, n))
    elif n > k:
        out[: n - k] = np.asarray(_rows(X, 0, n - k).multiply(_rows(X, k, n)).sum(axis=1)).ravel()
    return out


def _rows(X: sp.csr_matrix | sp.csc_matrix, r0: int, r1: int) -> sp.csr_matrix | sp.csc_matrix:
    """Rows [r0, r1) of a CSR matrix (columns of a CSC one) as a matrix of the same format that shares X's data:
    the same entries as X[r0:r1] (X[:, r0:r1]), which copies them."""
    p0, p1 = int(X.indptr[r0]), int(X.indptr[r1])
    shape = (r1 - r0, X.shape[1]) if X.format == "csr" else (X.shape[0], r1 - r0)
    return type(X)((X.data[p0:p1], X.indices[p0:p1], X.indptr[r0:r1 + 1] - p0), shape=shape, copy=False)


def rows_to_csr(rows: Sequence[dict[int, float]], ncols: int) -> sp.csr_matrix:
    """A CSR matrix from one {column: value} dict per row."""
    import scipy.sparse as sp

    indptr = [0]
    indices: list[int] = []
    data: list[float] = []
    for row in rows:
        indices.extend(row.keys())
        data.extend(row.values())
        indptr.append(len(indices))
    return sp.csr_matrix((np.asarray(data, dtype=np.float32), np.asarray(indices, dtype=np.int32),
                          np.asarray(indptr, dtype=np.int64)), shape=(len(rows), max(ncols, 1)))


def idf(docs: Sequence[Sequence[str]]) -> dict[str, float]:
    """Smoothed inverse document frequency of each item over the sentences of one side."""
    df: dict[str, int] = {}
    for d in docs:
        for t in set(d):
            df[t] = df.get(t, 0) + 1
    n = len(docs)
    return {t: float(np.log((n + 1) / (c + 0.5))) for t, c in df.items()}

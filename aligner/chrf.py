"""Optional second pass: rescore candidate beads near the first-pass path with chrF.

Each Chinese sentence is glossed into English by the lexicon (the stems of the translations of
its tokens that occur somewhere in the English document); a bead's chrF (sacrebleu's CHRF,
character n-grams 1..6, beta 2) compares the gloss of its Chinese sentences, as hypothesis, with
the stems of its English sentences, as reference, so recall of the English weighs most. Only
beads that start and end within `WIDTH` of the first-pass path are scored (vectorised: calling
sacrebleu per bead costs about 0.2 ms), and the search is rerun in that narrow band.
"""
from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from zhen_qa.aligner import csr
from zhen_qa.aligner.scorers.base import Analysis
from zhen_qa.aligner.scorers.lexical import _translations
from zhen_qa.aligner.search import Band, corridor

if TYPE_CHECKING:
    import scipy.sparse as sp

    from zhen_qa.aligner.scorers.base import Matrix

log = logging.getLogger(__name__)

WIDTH = 1
"""Half-width, in sentences, of the band around the first-pass path that the second pass explores."""


def glosses(doc: Analysis) -> list[str]:
    """Dictionary gloss of each Chinese sentence: English stems of its tokens' translations present in the document."""
    present: dict[str, int] = {}
    for sent in doc.en_stems:
        for t in set(sent):
            present[t] = present.get(t, 0) + 1
    table = doc.lexicon.zh2en
    cache: dict[str, list[str]] = {}
    out = []
    for toks in doc.zh_tokens:
        words: list[str] = []
        for t in toks:
            tr = cache.get(t)
            if tr is None:
                tr = cache[t] = _translations(t, table, present)
            words.extend(tr)
        out.append(" ".join(words))
    return out


Counts = tuple[np.ndarray, np.ndarray, np.ndarray]
"""(orders x beads) float32 arrays: hypothesis n-grams, reference n-grams and the sum of |h - r| of each bead."""

ORDER, BETA = 6, 2.0
"""sacrebleu's CHRF defaults: character n-grams 1..6 (spaces removed), recall weighted by beta 2."""
CHUNK = 4096
"""Beads scored per batch of sparse products (bounds the memory of the batch)."""


def ngram_matrices(lines: Sequence[str], small: bool = False) -> list[Matrix]:
    """Per order n = 1..ORDER, a (lines x n-grams) matrix counting each line's character n-grams.

    As sacrebleu's `extract_all_char_ngrams` with whitespace removed, but vectorised: the lines are
    concatenated into one array of code points, and the n-grams of order n get ids from
    np.unique of (id of the (n-1)-gram, next code point), kept where the n-gram stays inside a line.
    `small`: numpy rows (`aligner.csr`), else scipy's CSR.
    """
    stripped = ["".join(line.split()) for line in lines]
    lens = np.array([len(x) for x in stripped], dtype=np.int64)
    codes = np.frombuffer("".join(stripped).encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    owner = np.repeat(np.arange(len(lines)), lens)
    pos = np.arange(len(codes)) - np.repeat(np.cumsum(lens) - lens, lens)  # position inside the line
    out = []
    ids = codes
    for n in range(1, ORDER + 1):
        if n > 1:  # extend each (n-1)-gram starting at i by the code point at i + n - 1
            ids = ids[:-1] * (1 << 21) + codes[n - 1:]
        valid = pos[: len(ids)] + n <= lens[owner[: len(ids)]]
        uniq, inv = np.unique(ids[valid], return_inverse=True)
        shape = (len(lines), max(len(uniq), 1))
        if small:
            out.append(csr.from_entries(owner[: len(ids)][valid], inv, np.ones(len(inv), dtype=np.float32), shape))
        else:
            import scipy.sparse as sp

            M = sp.csr_matrix((np.ones(len(inv), dtype=np.float32), (owner[: len(ids)][valid], inv)), shape=shape)
            M.sum_duplicates()
            out.append(M)
        ids = np.searchsorted(uniq, ids) if len(uniq) else ids  # compact ids (exact where valid)
    return out


def _bead_vectors(M: csr.Csr, I: np.ndarray, a: int, width: int) -> tuple[np.ndarray, np.ndarray]:
    """The summed rows I-a .. I-1 of M for each bead k, as sorted unique cells k * width + column and their
    counts (float64). M's rows have sorted columns, so the cells come in sorted runs (a stable sort merges them)."""
    rows = (I[:, None] - np.arange(a, 0, -1)[None, :]).ravel()
    sizes = M.indptr[rows + 1] - M.indptr[rows]
    at = np.repeat(M.indptr[rows] - np.cumsum(sizes) + sizes, sizes) + np.arange(int(sizes.sum()))
    cells = np.repeat(np.repeat(np.arange(len(I)), a), sizes) * width + M.indices[at]
    counts = M.data[at].astype(np.float64)
    if a == 1 or not len(cells):  # one row a bead: already sorted and unique
        return cells, counts
    order = np.argsort(cells, kind="stable")
    cells = cells[order]
    starts = np.flatnonzero(np.concatenate([[True], cells[1:] != cells[:-1]]))
    return cells[starts], np.add.reduceat(counts[order], starts)


def _selector(I: np.ndarray, a: int, size: int) -> sp.csr_matrix:
    """(len(I) x size) matrix summing rows I-a .. I-1 for each bead."""
    import scipy.sparse as sp

    k = len(I)
    rows = np.repeat(np.arange(k), a)
    cols = (I[:, None] - np.arange(1, a + 1)[None, :]).ravel()
    return sp.csr_matrix((np.ones(k * a, dtype=np.float32), (rows, cols)), shape=(k, size))


class ChrF:
    """chrF between the gloss of a bead's Chinese sentences and its English stems, 0..1.

    The statistics of sacrebleu's CHRF (per order: hypothesis, reference and matched n-gram counts;
    effective-order averaging of precision and recall, then F-beta) computed for many beads at once
    with sparse products: matched = (|h| + |r| - |h - r|) / 2 for count vectors h, r. A merged bead
    sums its sentences' counts, so n-grams across a sentence boundary are not counted (sacrebleu,
    given the joined text, would count them); for 1-1 beads the scores are sacrebleu's.
    """

    def __init__(self, doc: Analysis) -> None:
        self.zh = glosses(doc)
        self.en = [" ".join(s) for s in doc.en_stems]
        self.small = doc.small
        both = ngram_matrices(self.zh + self.en, self.small)  # one n-gram id space for both sides
        k = len(self.zh)
        self.H = [M.rows(0, k) if isinstance(M, csr.Csr) else M[:k] for M in both]
        self.R = [M.rows(k, M.shape[0]) if isinstance(M, csr.Csr) else M[k:] for M in both]
        self._numpy_counts = _NumpyCounts(self.H, self.R) if self.small else None

    def score(self, a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
        """chrF / 100 of beads of type (a, b) ending at (I, J); a, b >= 1."""
        out = np.zeros(I.shape)
        for c0 in range(0, len(I), CHUNK):
            out[c0:c0 + CHUNK] = self._score(a, b, I[c0:c0 + CHUNK], J[c0:c0 + CHUNK])
        return out

    def _score(self, a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
        eps = 1e-16
        n_hyp, n_ref, differ = (self._numpy_counts or self._scipy_counts)(a, b, I, J)
        # every order at once, element by element as one order at a time (float32), then summed order by order
        match = (n_hyp + n_ref - differ) / 2
        both = (n_hyp > 0) & (n_ref > 0)
        precs = np.where(both, match / np.where(both, n_hyp, 1), 0.0)
        recs = np.where(both, match / np.where(both, n_ref, 1), 0.0)
        prec = np.zeros(len(I))
        rec = np.zeros(len(I))
        eff = np.zeros(len(I))
        for k in range(len(n_hyp)):
            prec += precs[k]
            rec += recs[k]
            eff += both[k]
        prec = np.where(eff > 0, prec / np.maximum(eff, 1), 0.0)
        rec = np.where(eff > 0, rec / np.maximum(eff, 1), 0.0)
        f = BETA**2
        den = f * prec + rec
        return np.where(prec + rec > 0, (1 + f) * prec * rec / np.where(den > 0, den, eps), 0.0)

    def _scipy_counts(self, a: int, b: int, I: np.ndarray, J: np.ndarray) -> Counts:
        """(orders x beads) float32 arrays of the beads' hypothesis n-grams, reference n-grams and sum of |h - r|."""
        Sh, Sr = _selector(I, a, len(self.zh)), _selector(J, b, len(self.en))
        hyp, ref, differ = [], [], []
        for H, R in zip(self.H, self.R):
            X, Y = Sh @ H, Sr @ R
            hyp.append(np.asarray(X.sum(axis=1)).ravel())
            ref.append(np.asarray(Y.sum(axis=1)).ravel())
            differ.append(np.asarray(abs(X - Y).sum(axis=1)).ravel())
        return np.stack(hyp), np.stack(ref), np.stack(differ)


class _NumpyCounts:
    """`ChrF._scipy_counts` from numpy rows (the counts are whole numbers, exact in float32 in any order).

    A bead's hypothesis and reference totals come from cumulative row sums. Its matched count, sum min(h, r),
    needs only the n-grams both sides of the document hold: for each bead size a, the summed rows of every
    window of a sentences, restricted to those n-grams, are built once (sorted columns), and a bead reads its
    window's row. The orders share one matrix a side (order k's n-grams in columns from `offsets[k]`), so a
    call costs the same few array operations whatever the number of orders.
    """

    def __init__(self, H: Sequence[csr.Csr], R: Sequence[csr.Csr]) -> None:
        self.orders = len(H)
        self.totals = tuple(np.stack([np.concatenate([[0], np.cumsum(M.data, dtype=np.int64)])[M.indptr] for M in side])
                            for side in (H, R))
        """Per side, (orders x rows + 1): the n-grams of each order in the rows before each row."""
        self.offsets = np.concatenate([[0], np.cumsum([M.shape[1] for M in H])])
        self.width = int(self.offsets[-1])
        self.sides = (self._joined(H), self._joined(R))
        self.order_of = np.repeat(np.arange(self.orders, dtype=np.int64), np.diff(self.offsets))
        """The order of each column (an n-gram of order k + 1 lies in columns offsets[k] .. offsets[k + 1] - 1)."""
        self.shared: dict[int, csr.Csr] = {}
        self.windows: dict[tuple[int, int], tuple[csr.Csr, int]] = {}

    def _joined(self, mats: Sequence[csr.Csr]) -> csr.Csr:
        """One side's matrices side by side (rows keep sorted columns: each order's lie past the last's)."""
        rows = np.concatenate([M.row_of_entries() for M in mats])
        by = np.argsort(rows, kind="stable")
        cols = np.concatenate([M.indices + off for M, off in zip(mats, self.offsets)])[by]
        data = np.concatenate([M.data for M in mats])[by]
        return csr.Csr(np.searchsorted(rows[by], np.arange(mats[0].shape[0] + 1)), cols, data,
                       (mats[0].shape[0], self.width))

    def _shared(self, side: int) -> csr.Csr:
        """One side's matrix with only the n-grams the other side holds too (built once a side)."""
        if side not in self.shared:
            M, other = self.sides[side], self.sides[1 - side]
            keep = np.isin(M.indices, other.indices)
            rows = M.row_of_entries()[keep]
            self.shared[side] = csr.Csr(np.searchsorted(rows, np.arange(M.shape[0] + 1)), M.indices[keep],
                                        M.data[keep], M.shape)
        return self.shared[side]

    def window(self, side: int, a: int) -> tuple[csr.Csr, int]:
        """Row I-1 (I = a .. n) the sum of rows I-a .. I-1 of one side's matrix, shared n-grams only
        (rows before a-1 are empty), its counts as whole numbers (int64); and the bits of its largest count."""
        key = (side, a)
        if key not in self.windows:
            M = self._shared(side)
            ends = np.arange(a, M.shape[0] + 1)
            cells, counts = _bead_vectors(M, ends, a, self.width)
            whole = counts.astype(np.int64)
            W = csr.Csr(np.searchsorted(cells // self.width, np.arange(1 - a, M.shape[0] - a + 2)),
                        cells % self.width, whole, M.shape)
            self.windows[key] = W, int(whole.max()).bit_length() if len(whole) else 0
        return self.windows[key]

    def __call__(self, a: int, b: int, I: np.ndarray, J: np.ndarray) -> Counts:
        """(orders x beads) float32 arrays of the beads' hypothesis n-grams, reference n-grams and sum of |h - r|."""
        (H, h_bits), (R, r_bits) = self.window(0, a), self.window(1, b)
        bits = max(h_bits, r_bits, 1)
        step = _beads_per_merge(self.width, bits)
        common = np.concatenate([_common(H, R, I[c0:c0 + step], J[c0:c0 + step], self.width, bits, self.order_of,
                                         self.orders) for c0 in range(0, len(I), step)]
                                or [np.zeros((0, self.orders), dtype=np.int64)])
        hyp = self.totals[0][:, I] - self.totals[0][:, I - a]
        ref = self.totals[1][:, J] - self.totals[1][:, J - b]
        # sum |h - r| = |h| + |r| - 2 sum min(h, r)
        return hyp.astype(np.float32), ref.astype(np.float32), (hyp + ref - 2 * common.T).astype(np.float32)


def _beads_per_merge(width: int, bits: int) -> int:
    """Beads whose keys (`_keys`: cell ids below beads * width, shifted left by `bits`) fit in 62 bits (at least 1)."""
    return max((1 << (62 - bits)) // max(width, 1), 1)


def _keys(M: csr.Csr, rows: np.ndarray, width: int, bits: int) -> np.ndarray:
    """Row rows[k] of M (whole-number counts, sorted columns) for each bead k, as sorted keys
    (k * width + column) << bits | count."""
    sizes = M.indptr[rows + 1] - M.indptr[rows]
    at = np.repeat(M.indptr[rows] - np.cumsum(sizes) + sizes, sizes) + np.arange(int(sizes.sum()))
    keys = np.repeat(np.arange(len(rows), dtype=np.int64) * width, sizes)
    keys += M.indices[at]
    keys <<= bits
    keys |= M.data[at]
    return keys


def _common(H: csr.Csr, R: csr.Csr, I: np.ndarray, J: np.ndarray, width: int, bits: int,
            order_of: np.ndarray, orders: int) -> np.ndarray:
    """(beads x orders) sum of min(h, r) over the n-grams of each order (`order_of` each column's), h row I[k]-1
    of H and r row J[k]-1 of R.

    Each side's keys (`_keys`) are sorted and name each (bead, n-gram) once, so after one merge (a stable sort of
    two sorted runs) a cell both sides hold is two neighbouring keys, the smaller count first."""
    keys = np.concatenate([_keys(H, I - 1, width, bits), _keys(R, J - 1, width, bits)])
    keys.sort(kind="stable")
    cell = keys >> bits
    both = np.flatnonzero(cell[1:] == cell[:-1])
    cells = cell[both]
    least = keys[both] & ((1 << bits) - 1)
    return np.bincount(cells // width * orders + order_of[cells % width], weights=least,
                       minlength=len(I) * orders).astype(np.int64).reshape(len(I), orders)


def path_band(path: Sequence[tuple[int, int, int, int]], n: int, m: int, width: int = WIDTH) -> Band:
    """A band of half-width `width` around the nodes of a fine path."""
    nodes = [(i0, j0) for i0, j0, _, _ in path] + [(path[-1][2], path[-1][3])]
    return corridor(nodes, n, m, 1, width)

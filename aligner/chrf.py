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

import numpy as np
import scipy.sparse as sp

from zhen_qa.aligner.scorers.base import Analysis
from zhen_qa.aligner.scorers.lexical import _translations
from zhen_qa.aligner.search import Band, corridor

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


ORDER, BETA = 6, 2.0
"""sacrebleu's CHRF defaults: character n-grams 1..6 (spaces removed), recall weighted by beta 2."""
CHUNK = 4096
"""Beads scored per batch of sparse products (bounds the memory of the batch)."""


def ngram_matrices(lines: Sequence[str]) -> list[sp.csr_matrix]:
    """Per order n = 1..ORDER, a (lines x n-grams) matrix counting each line's character n-grams.

    As sacrebleu's `extract_all_char_ngrams` with whitespace removed, but vectorised: the lines are
    concatenated into one array of code points, and the n-grams of order n get ids from
    np.unique of (id of the (n-1)-gram, next code point), kept where the n-gram stays inside a line.
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
        M = sp.csr_matrix((np.ones(len(inv), dtype=np.float32), (owner[: len(ids)][valid], inv)),
                          shape=(len(lines), max(len(uniq), 1)))
        M.sum_duplicates()
        out.append(M)
        ids = np.searchsorted(uniq, ids) if len(uniq) else ids  # compact ids (exact where valid)
    return out


def _selector(I: np.ndarray, a: int, size: int) -> sp.csr_matrix:
    """(len(I) x size) matrix summing rows I-a .. I-1 for each bead."""
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
        both = ngram_matrices(self.zh + self.en)  # one n-gram id space for both sides
        k = len(self.zh)
        self.H = [M[:k] for M in both]
        self.R = [M[k:] for M in both]

    def score(self, a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
        """chrF / 100 of beads of type (a, b) ending at (I, J); a, b >= 1."""
        out = np.zeros(I.shape)
        for c0 in range(0, len(I), CHUNK):
            out[c0:c0 + CHUNK] = self._score(a, b, I[c0:c0 + CHUNK], J[c0:c0 + CHUNK])
        return out

    def _score(self, a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
        eps = 1e-16
        Sh, Sr = _selector(I, a, len(self.zh)), _selector(J, b, len(self.en))
        prec = np.zeros(len(I))
        rec = np.zeros(len(I))
        eff = np.zeros(len(I))
        for H, R in zip(self.H, self.R):
            X, Y = Sh @ H, Sr @ R
            n_hyp = np.asarray(X.sum(axis=1)).ravel()
            n_ref = np.asarray(Y.sum(axis=1)).ravel()
            match = (n_hyp + n_ref - np.asarray(abs(X - Y).sum(axis=1)).ravel()) / 2
            both = (n_hyp > 0) & (n_ref > 0)
            prec += np.where(both, match / np.where(both, n_hyp, 1), 0.0)
            rec += np.where(both, match / np.where(both, n_ref, 1), 0.0)
            eff += both
        prec = np.where(eff > 0, prec / np.maximum(eff, 1), 0.0)
        rec = np.where(eff > 0, rec / np.maximum(eff, 1), 0.0)
        f = BETA**2
        den = f * prec + rec
        return np.where(prec + rec > 0, (1 + f) * prec * rec / np.where(den > 0, den, eps), 0.0)


def path_band(path: Sequence[tuple[int, int, int, int]], n: int, m: int, width: int = WIDTH) -> Band:
    """A band of half-width `width` around the nodes of a fine path."""
    nodes = [(i0, j0) for i0, j0, _, _ in path] + [(path[-1][2], path[-1][3])]
    return corridor(nodes, n, m, 1, width)

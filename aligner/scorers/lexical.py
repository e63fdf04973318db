"""Lexical translation evidence from the lexicon (CC-CEDICT plus glossary), in both directions.

`ZhToEn` glosses each Chinese token into the English stems of its dictionary translations
and compares with the English sentence; `EnToZh` glosses each English stem into the Chinese
words that translate it and compares with the Chinese sentence. Only translations that
occur somewhere in the other side of the document are kept, so a word with many senses is
not diluted by senses the document never uses. Tokens with no translation in the document
keep their weight on a private dimension: they count against coverage but never match.
Weights are smoothed idf over the sentences of one side, so rare words outweigh common ones.
The score is the cosine of the summed vectors of a bead's sentences (0..1).
"""
from __future__ import annotations

import itertools
import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, cast

import numpy as np

from zhen_qa.aligner import csr
from zhen_qa.aligner.lexicon import token_glosses
from zhen_qa.aligner.scorers.base import Analysis, Scorer, SparseCosine
from zhen_qa.aligner.search import Band

if TYPE_CHECKING:
    import scipy.sparse as sp

    from zhen_qa.aligner.scorers.base import Matrix

MAX_SENSES = 8
"""At most this many translations of one word count (those most frequent in the document)."""


def _translations(tok: str, table: Mapping[str, tuple[str, ...]], present: dict[str, int]) -> list[str]:
    found = [t for t in dict.fromkeys(token_glosses(tok, table)) if t in present]
    if len(found) > MAX_SENSES:
        found = sorted(found, key=lambda t: -present[t])[:MAX_SENSES]
    return found


def glossed_stems(tokens: Sequence[str], table: Mapping[str, tuple[str, ...]], present: dict[str, int]) -> set[str]:
    """The stems of `present` (stem -> document frequency) that Chinese `tokens` gloss into through `table`."""
    return {t for tok in tokens for t in _translations(tok, table, present)}


def _counts(docs: Sequence[Sequence[str]], small: bool = False) -> tuple[dict[str, int], Matrix, np.ndarray]:
    """(item ids, count matrix of shape (len(docs), items), smoothed idf of each item; shape (items,)).
    `small`: the matrix in numpy rows (`aligner.csr`), else scipy's."""
    C: Matrix
    if small:
        vocab, C = csr.counts(docs)
    else:
        vocab, C = _scipy_counts(docs)
    df = np.bincount(C.indices, minlength=C.shape[1])
    w = np.log((len(docs) + 1) / (df + 0.5)).astype(np.float32)
    return vocab, C, w


def _scipy_counts(docs: Sequence[Sequence[str]]) -> tuple[dict[str, int], sp.csr_matrix]:
    """`csr.counts` in scipy.sparse."""
    import scipy.sparse as sp

    flat = list(itertools.chain.from_iterable(docs))
    vocab = {t: k for k, t in enumerate(dict.fromkeys(flat))}  # ids in order of first occurrence
    ids = list(map(vocab.__getitem__, flat))
    indptr = np.concatenate([np.zeros(1, dtype=np.int64), np.cumsum([len(d) for d in docs], dtype=np.int64)])
    C = sp.csr_matrix(
        (np.ones(len(ids), dtype=np.float32), np.asarray(ids, dtype=np.int32), np.asarray(indptr, dtype=np.int64)),
        shape=(len(docs), max(len(vocab), 1)),
    )
    C.sum_duplicates()
    return vocab, C


Counts = tuple[dict[str, int], "Matrix", np.ndarray]
"""What `_counts` gives for one side: item ids, count matrix, idf."""


def doc_counts(doc: Analysis, side: str) -> Counts:
    """`_counts` of a document's Chinese tokens (side "zh") or English stems ("en"), computed once: both
    directions of glossing count the same two sides."""
    key = "counts_" + side
    if key not in doc.cache:
        doc.cache[key] = _counts(doc.zh_tokens if side == "zh" else doc.en_stems, doc.small)
    return cast("Counts", doc.cache[key])


def gloss_matrices(
    src: Sequence[Sequence[str]], tgt: Sequence[Sequence[str]], table: Mapping[str, tuple[str, ...]],
    counts: tuple[Counts, Counts] | None = None,
) -> tuple[Matrix, Matrix]:
    """(source rows glossed into the target vocabulary, target rows), sparse, with the same columns.

    Columns are target items plus one private column per source item that has no translation
    in the target document. A row sums idf-weighted counts; a source item with k translations
    gives each of them its weight / sqrt(k). `counts`: `_counts` of (src, tgt) when already known (in numpy
    rows or scipy's: the result is of the same kind).
    """
    (sv, Cs, ws), (tv, Ct, wt) = counts or (_counts(src), _counts(tgt))
    df = np.bincount(Ct.indices, minlength=Ct.shape[1])
    present = {t: int(df[k]) for t, k in tv.items()}
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    base = len(tv)
    for s, k in sv.items():
        tr = _translations(s, table, present)
        if tr:
            share = 1.0 / math.sqrt(len(tr))
            rows.extend([k] * len(tr))
            cols.extend(tv[t] for t in tr)
            vals.extend([share] * len(tr))
        else:
            rows.append(k)
            cols.append(base + k)
            vals.append(1.0)
    ncols = base + Cs.shape[1]
    if isinstance(Cs, csr.Csr):  # the scipy lines below, entry for entry
        M = csr.from_entries(np.asarray(rows), np.asarray(cols), np.asarray(vals, dtype=np.float32),
                             (Cs.shape[1], ncols))
        return (csr.matmul(csr.matmul(Cs, csr.diagonal(ws)), M),
                csr.matmul(Ct, csr.diagonal(wt)).with_columns(ncols))
    import scipy.sparse as sp

    M = sp.csr_matrix((np.asarray(vals, dtype=np.float32), (rows, cols)), shape=(Cs.shape[1], ncols))
    S = (Cs @ sp.diags(ws) @ M).tocsr()
    T = sp.hstack([Ct @ sp.diags(wt), sp.csr_matrix((Ct.shape[0], ncols - Ct.shape[1]), dtype=np.float32)]).tocsr()
    return S, T


class _Cosine:
    def __init__(self, cos: SparseCosine) -> None:
        self.cos = cos

    def score(self, a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
        """Cosine of the bead's summed vectors."""
        return self.cos.cosine(a, b, I, J)


class ZhToEn(Scorer):
    """Chinese tokens glossed into English stems, against the English stems."""

    name = "lex_zh_en"

    def vectors(self, doc: Analysis) -> tuple[Matrix, Matrix]:
        """Sparse rows (zh, en) in the English stem space (computed once per document)."""
        if "zh_en" not in doc.cache:
            doc.cache["zh_en"] = gloss_matrices(doc.zh_tokens, doc.en_stems, doc.lexicon.zh2en,
                                                (doc_counts(doc, "zh"), doc_counts(doc, "en")))
        return cast("tuple[Matrix, Matrix]", doc.cache["zh_en"])

    def prepare(self, doc: Analysis, band: Band, max_side: int) -> _Cosine:
        """Build the sparse vectors of both sides and the band's dot products."""
        Z, E = self.vectors(doc)
        return _Cosine(SparseCosine(Z, E, band, max_side))


class EnToZh(Scorer):
    """English stems glossed into Chinese words, against the Chinese tokens."""

    name = "lex_en_zh"

    def vectors(self, doc: Analysis) -> tuple[Matrix, Matrix]:
        """Sparse rows (zh, en) in the Chinese token space."""
        E, Z = gloss_matrices(doc.en_stems, doc.zh_tokens, doc.lexicon.en2zh,
                              (doc_counts(doc, "en"), doc_counts(doc, "zh")))
        return Z, E

    def prepare(self, doc: Analysis, band: Band, max_side: int) -> _Cosine:
        """Build the sparse vectors of both sides and the band's dot products."""
        Z, E = self.vectors(doc)
        return _Cosine(SparseCosine(Z, E, band, max_side))

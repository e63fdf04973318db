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

import math
from typing import Sequence

import numpy as np
import scipy.sparse as sp

from aligner.lexicon import split_unknown
from aligner.scorers.base import Analysis, SparseCosine, idf, rows_to_csr
from aligner.search import Band


class _Vocab(dict):  # type: ignore[type-arg]
    def id(self, key: str) -> int:
        k = self.get(key)
        if k is None:
            k = self[key] = len(self)
        return k


MAX_SENSES = 8
"""At most this many translations of one word count (those most frequent in the document)."""


def _translations(tok: str, table: dict[str, tuple[str, ...]], present: dict[str, int]) -> list[str]:
    tr = table.get(tok)
    if tr is None and len(tok) > 1 and not tok.isascii():
        out: list[str] = []
        for piece in split_unknown(tok, table):
            out.extend(table.get(piece, ()))
        tr = tuple(out)
    found = [t for t in dict.fromkeys(tr or ()) if t in present]
    if len(found) > MAX_SENSES:
        found = sorted(found, key=lambda t: -present[t])[:MAX_SENSES]
    return found


def gloss_vectors(
    src: Sequence[Sequence[str]], tgt: Sequence[Sequence[str]], table: dict[str, tuple[str, ...]]
) -> tuple[list[dict[int, float]], list[dict[int, float]], int]:
    """Rows for the source side glossed into the target vocabulary, and rows for the target side.

    Returns (source rows, target rows, number of columns); columns are target items plus
    one private column per source item that has no translation in the target document.
    """
    present: dict[str, int] = {}
    for sent in tgt:
        for t in set(sent):
            present[t] = present.get(t, 0) + 1
    w_src, w_tgt = idf(src), idf(tgt)
    vocab = _Vocab()
    tgt_rows: list[dict[int, float]] = []
    for sent in tgt:
        row: dict[int, float] = {}
        for t in sent:
            k = vocab.id(t)
            row[k] = row.get(k, 0.0) + w_tgt[t]
        tgt_rows.append(row)
    cache: dict[str, list[str]] = {}
    src_rows: list[dict[int, float]] = []
    for sent in src:
        row = {}
        for s in sent:
            tr = cache.get(s)
            if tr is None:
                tr = cache[s] = _translations(s, table, present)
            w = w_src[s]
            if tr:
                share = w / math.sqrt(len(tr))
                for t in tr:
                    k = vocab.id(t)
                    row[k] = row.get(k, 0.0) + share
            else:
                k = vocab.id("\0" + s)
                row[k] = row.get(k, 0.0) + w
        src_rows.append(row)
    return src_rows, tgt_rows, len(vocab)


class _Cosine:
    def __init__(self, cos: SparseCosine) -> None:
        self.cos = cos

    def score(self, a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
        """Cosine of the bead's summed vectors."""
        return self.cos.cosine(a, b, I, J)


class ZhToEn:
    """Chinese tokens glossed into English stems, against the English stems."""

    name = "lex_zh_en"

    def vectors(self, doc: Analysis) -> tuple[sp.csr_matrix, sp.csr_matrix]:
        """Sparse rows (zh, en) in the English stem space (computed once per document)."""
        if "zh_en" in doc.cache:
            return doc.cache["zh_en"]
        zrows, erows, ncols = gloss_vectors(doc.zh_tokens, doc.en_stems, doc.lexicon.zh2en)
        doc.cache["zh_en"] = rows_to_csr(zrows, ncols), rows_to_csr(erows, ncols)
        return doc.cache["zh_en"]

    def prepare(self, doc: Analysis, band: Band, max_side: int) -> _Cosine:
        """Build the sparse vectors of both sides and the band's dot products."""
        Z, E = self.vectors(doc)
        return _Cosine(SparseCosine(Z, E, band, max_side))


class EnToZh:
    """English stems glossed into Chinese words, against the Chinese tokens."""

    name = "lex_en_zh"

    def vectors(self, doc: Analysis) -> tuple[sp.csr_matrix, sp.csr_matrix]:
        """Sparse rows (zh, en) in the Chinese token space."""
        erows, zrows, ncols = gloss_vectors(doc.en_stems, doc.zh_tokens, doc.lexicon.en2zh)
        return rows_to_csr(zrows, ncols), rows_to_csr(erows, ncols)

    def prepare(self, doc: Analysis, band: Band, max_side: int) -> _Cosine:
        """Build the sparse vectors of both sides and the band's dot products."""
        Z, E = self.vectors(doc)
        return _Cosine(SparseCosine(Z, E, band, max_side))

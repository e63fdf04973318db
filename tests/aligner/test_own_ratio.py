"""The document's own length ratio (`aligner.own_ratio`) and an English edge judged against it
(`refine.split_unsupported`'s `en_similarity`)."""
from __future__ import annotations

import math

import numpy as np

from zhen_qa.aligner.own_ratio import own_ratio
from zhen_qa.aligner.refine import split_unsupported
from zhen_qa.aligner.scorers.length import MU, K, PreparedLength


def test_own_ratio_counts_paired_beads_only() -> None:
    """Two 1-1 beads whose English runs e^1.5 times the Chinese, and an English sentence alone (an addition) that
    would raise the ratio if it counted."""
    zh = np.array([100.0, 100.0])
    en = np.array([math.exp(1.5) * 102 - K, math.exp(1.5) * 102 - K, 400.0])
    path = [(0, 0, 1, 1), (1, 1, 2, 2), (2, 2, 2, 3)]
    assert own_ratio(path, zh, en) == math.log((en[:2].sum() + K) / (zh.sum() + K))
    assert MU < own_ratio(path, zh, en) < 1.51  # with the addition counted: 1.87


def test_own_ratio_is_never_below_mu() -> None:
    """English shorter than a translation's throughout (a condensed abstract) gets no stricter test than before."""
    zh, en = np.array([100.0, 100.0]), np.array([150.0, 150.0])
    assert own_ratio([(0, 0, 1, 1), (1, 1, 2, 2)], zh, en) == MU


def test_own_ratio_of_a_document_without_pairs_is_mu() -> None:
    assert own_ratio([(0, 0, 1, 0), (1, 0, 1, 1)], np.array([50.0]), np.array([80.0])) == MU


def test_length_scored_against_the_documents_ratio() -> None:
    """A bead whose English runs e^1.4 times its Chinese is implausibly long against MU and typical against 1.4."""
    cz = np.array([0.0, 98.0])
    ce = np.array([0.0, math.exp(1.4) * 100 - K])
    base = PreparedLength(cz, ce)
    own = base.with_ratio(1.4)
    I, J = np.array([1]), np.array([1])
    assert abs(float(own.score(1, 1, I, J)[0]) - 1.0) < 1e-9
    assert float(base.score(1, 1, I, J)[0]) < 0.5


def length_like(long_en: float):
    """A toy similarity: the 1-2 bead (0, 0, 1, 2) scores 0.5 against the global ratio (its English looks too long)
    and 0.7 against the document's own (`long_en` the bead's score there); its 1-1 rest scores 0.6 either way."""

    def sim(a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
        out = []
        for i, j in zip(I.tolist(), J.tolist()):
            if (a, b, i, j) == (1, 2, 1, 2):
                out.append(long_en)
            elif (a, b, i, j) == (1, 1, 1, 1):
                out.append(0.6)
            elif (a, b) == (1, 1):
                out.append(0.3)
            else:
                out.append(0.4)
        return np.array(out)

    return sim


def test_an_english_edge_is_judged_against_the_documents_own_ratio() -> None:
    """One Chinese sentence written as two English sentences in a document whose English runs long: against the
    global ratio dropping the second English sentence gains 0.1 (length alone), against the document's own it
    loses; the bead stays whole."""
    path = [(0, 0, 1, 2), (1, 2, 2, 3)]
    assert split_unsupported(path, length_like(0.5), max_rate=1.0) == [(0, 0, 1, 1), (1, 1, 1, 2), (1, 2, 2, 3)]
    assert split_unsupported(path, length_like(0.5), max_rate=1.0, en_similarity=length_like(0.7)) == path


def test_an_english_edge_without_words_of_the_chinese_keeps_the_plain_test() -> None:
    """`en_judged` says the second English sentence carries none of the bead's Chinese words (an English keyword with
    no Chinese keyword): the length against the document's ratio does not keep it, it is split off as before."""
    path = [(0, 0, 1, 2), (1, 2, 2, 3)]
    split = [(0, 0, 1, 1), (1, 1, 1, 2), (1, 2, 2, 3)]
    assert split_unsupported(path, length_like(0.5), max_rate=1.0, en_similarity=length_like(0.7),
                             en_judged=lambda b, j: False) == split
    assert split_unsupported(path, length_like(0.5), max_rate=1.0, en_similarity=length_like(0.7),
                             en_judged=lambda b, j: True) == path

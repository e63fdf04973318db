from __future__ import annotations

import numpy as np

from zhen_qa.aligner.edge_pairs import pair_edges

# a Chinese sentence left alone (Y) before a bead X-(f, E) whose first English sentence f pairs better with Y than
# with X by the 1-1 similarity (X is one long sentence the English writes as two: f scores low against all of X)
PATH = [(0, 0, 1, 0), (1, 0, 2, 2)]


def _similarity(a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
    if (a, b) == (1, 1):
        return np.where(I == 1, 1.0, 0.2)  # Chinese sentence 0 (Y) with anything: 1.0; X: 0.2
    return np.full(I.shape, 0.1)


def test_an_edge_sentence_goes_to_the_sentence_alone_by_similarity() -> None:
    assert pair_edges(PATH, _similarity) == [(0, 0, 1, 1), (1, 1, 2, 2)]  # type: ignore[arg-type]


def test_an_edge_sentence_rendering_its_own_chinese_stays() -> None:
    assert pair_edges(PATH, _similarity, contained=lambda j, x, y: (j, x, y) == (0, 0, 1)) == PATH  # type: ignore[arg-type]

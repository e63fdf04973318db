"""The alignment objective alone: gains of hand-made scores, no lexicon and no search."""
from __future__ import annotations

import numpy as np
import pytest

from zhen_qa.aligner.objective import Objective, Rescored, Similarity
from zhen_qa.aligner.search import Band


class Constant:
    """A prepared scorer (or metric) giving every bead of type (a, b) the score table[(a, b)] + J / 100."""

    def __init__(self, table: dict[tuple[int, int], float]) -> None:
        self.table = table
        self.calls = 0

    def score(self, a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
        self.calls += 1
        return np.full(I.shape, self.table[(a, b)]) + J / 100


def _objective(quote_cut: float = 0.0, open_zh: list[bool] | None = None) -> Objective:
    sim = Similarity([(Constant({(1, 1): 0.6, (1, 2): 0.2}), 1.0), (Constant({(1, 1): 0.2, (1, 2): 0.2}), 3.0)])
    zh_open = np.array(open_zh or [False] * 4)
    return Objective(sim, zh_open, np.zeros(4, dtype=bool), null_gain=-0.2, gamma=0.5, merge_penalty=0.1,
                     quote_cut=quote_cut)


def test_similarity_is_the_weighted_mean() -> None:
    sim = Similarity([(Constant({(1, 1): 0.6}), 1.0), (Constant({(1, 1): 0.2}), 3.0)])
    got = sim(1, 1, np.array([1, 2]), np.array([0, 0]))
    assert got == pytest.approx([0.3, 0.3])


def test_null_beads_get_the_null_gain() -> None:
    gain = _objective()
    assert gain(1, 0, np.array([1, 2, 3]), np.array([0, 0, 0])).tolist() == [-0.2] * 3
    assert gain(0, 1, np.array([1]), np.array([1])).tolist() == [-0.2]


def test_gain_is_size_weighted_distance_from_the_median_of_its_type() -> None:
    gain = _objective()
    I, J = np.array([1, 2, 3]), np.array([1, 2, 3])
    g = gain(1, 1, I, J)  # similarity 0.3 + J/100: median at J = 2
    assert g == pytest.approx(2 ** 0.5 * np.array([-0.01, 0.0, 0.01]))
    assert gain.medians == {(1, 1): pytest.approx(0.32)}
    later = gain(1, 1, np.array([1]), np.array([3]))  # the median of the first call stays
    assert later == pytest.approx([2 ** 0.5 * 0.01])
    merged = gain(1, 2, np.array([1]), np.array([2]))  # one sentence more: merge penalty
    assert merged == pytest.approx([-0.1])


def test_quotation_open_on_one_side_only_costs_quote_cut() -> None:
    gain = _objective(quote_cut=0.15, open_zh=[False, True, False, False])
    g = gain(1, 1, np.array([1, 2]), np.array([2, 2]))
    plain = _objective()(1, 1, np.array([1, 2]), np.array([2, 2]))
    assert g == pytest.approx(plain - [0.15, 0.0])


def test_rescored_adds_the_metric_inside_the_band_only() -> None:
    base = _objective()
    metric = Constant({(1, 1): 0.5})
    band = Band(3, 3, np.array([0, 0, 1, 2]), np.array([2, 3, 4, 4]))  # node row i allows j in [lo, hi)
    gain = Rescored(base, metric, band, weight=0.3, gamma=0.5)
    I, J = np.array([1, 2, 3]), np.array([1, 2, 3])
    g = gain(1, 1, I, J)
    b = _objective()(1, 1, I, J)
    # bead (1,1) ending at (3,3) starts at (2,2): inside row 2's [1, 4); all three start inside the band
    assert g == pytest.approx(b + 0.3 * 2 ** 0.5 * (np.array([0.51, 0.52, 0.53]) - 0.52))
    outside = gain(1, 1, np.array([1]), np.array([3]))  # starts at (0, 2): row 0 allows j < 2 only
    assert outside.tolist() == [-np.inf]
    assert gain(1, 0, np.array([1]), np.array([0])).tolist() == [-0.2]


def test_the_gains_of_a_small_document_are_scored_once() -> None:
    # the chrF pass asks again for the gains of beads the first search scored: they are not scored again
    scorer = Constant({(1, 1): 0.6, (1, 2): 0.2})
    gain = Objective(Similarity([(scorer, 1.0)]), np.zeros(4, dtype=bool), np.zeros(4, dtype=bool), null_gain=-0.2,
                     gamma=0.5, merge_penalty=0.1, quote_cut=0.0)
    I, J = np.array([1, 2, 3, 3]), np.array([1, 2, 2, 3])
    first = gain(1, 1, I, J)
    again = gain(1, 1, I[1:3], J[1:3])
    assert scorer.calls == 1
    assert again.tolist() == first[1:3].tolist()
    again[0] = 9.0  # a fresh array: the caller may write into it
    assert gain(1, 1, I[1:2], J[1:2]).tolist() == first[1:2].tolist()
    gain(1, 1, np.array([2]), np.array([3]))  # a node not scored yet is scored
    assert scorer.calls == 2

from __future__ import annotations

import numpy as np

from zhen_qa.aligner.edge_pairs import pair_across, pair_edges


def bead_table(table: dict[tuple[int, int, int, int], float]):
    """Similarity of a bead (i0, j0, i1, j1) looked up in `table` (0 when absent)."""

    def sim(a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
        return np.array([table.get((i - a, j - b, i, j), 0.0) for i, j in zip(I.tolist(), J.tolist())])

    return sim


def test_a_closing_line_merged_into_the_paragraph_before_pairs_with_the_chinese_line_left_alone() -> None:
    """zh 0 = en 0, and en 1 (a short closing line) translates zh 1; the search put en 1 in zh 0's bead (which
    its length raises a little) and left zh 1 alone."""
    sim = bead_table({(0, 0, 1, 1): 0.60, (0, 0, 1, 2): 0.62, (0, 1, 1, 2): 0.10, (1, 1, 2, 2): 0.30})
    assert pair_edges([(0, 0, 1, 2), (1, 2, 2, 2)], sim) == [(0, 0, 1, 1), (1, 1, 2, 2)]


def test_the_null_before_the_merged_bead_and_a_chinese_edge_move_alike() -> None:
    sim = bead_table({(1, 1, 2, 2): 0.60, (0, 1, 2, 2): 0.62, (0, 1, 1, 2): 0.10, (0, 0, 1, 1): 0.30})
    assert pair_edges([(0, 0, 0, 1), (0, 1, 2, 2)], sim) == [(0, 0, 1, 1), (1, 1, 2, 2)]
    sim = bead_table({(0, 0, 1, 1): 0.60, (0, 0, 2, 1): 0.62, (1, 0, 2, 1): 0.10, (1, 1, 2, 2): 0.30})
    assert pair_edges([(0, 0, 2, 1), (2, 1, 2, 2)], sim) == [(0, 0, 1, 1), (1, 1, 2, 2)]


def test_a_deleted_translation_beside_a_sentence_written_as_two_moves_nothing() -> None:
    """zh 0 is written as en 0 and en 1; zh 1's translation was deleted: en 1 pairs better with zh 0, and zh 0's bead
    loses evidence without it."""
    path = [(0, 0, 1, 2), (1, 2, 2, 2)]
    sim = bead_table({(0, 0, 1, 1): 0.45, (0, 0, 1, 2): 0.60, (0, 1, 1, 2): 0.40, (1, 1, 2, 2): 0.10})
    assert pair_edges(path, sim) == path
    # en 1 pairs a little better with zh 1, but zh 0's bead needs it
    sim = bead_table({(0, 0, 1, 1): 0.45, (0, 0, 1, 2): 0.60, (0, 1, 1, 2): 0.10, (1, 1, 2, 2): 0.30})
    assert pair_edges(path, sim) == path


def test_a_bead_gives_one_sentence_to_the_null_it_pairs_best_with() -> None:
    sim = bead_table({(1, 0, 2, 2): 0.60, (1, 1, 2, 3): 0.60, (1, 0, 2, 3): 0.62, (1, 0, 2, 1): 0.05,
                      (1, 2, 2, 3): 0.05, (0, 0, 1, 1): 0.30, (2, 2, 3, 3): 0.40})
    path = [(0, 0, 1, 0), (1, 0, 2, 3), (2, 3, 3, 3)]
    assert pair_edges(path, sim) == [(0, 0, 1, 0), (1, 0, 2, 2), (2, 2, 3, 3)]


def test_a_sentence_is_not_paired_across_groups() -> None:
    sim = bead_table({(0, 0, 1, 1): 0.60, (0, 0, 1, 2): 0.62, (0, 1, 1, 2): 0.10, (1, 1, 2, 2): 0.30})
    path = [(0, 0, 1, 2), (1, 2, 2, 2)]
    assert pair_edges(path, sim, groups=(np.array([0, 1]), np.array([0, 0]))) == path
    assert pair_edges(path, sim, groups=(np.array([0, 0]), np.array([0, 0]))) == [(0, 0, 1, 1), (1, 1, 2, 2)]


def test_two_nulls_around_a_pair_whose_sentence_pairs_as_well_with_the_one_before_are_re_paired() -> None:
    """en 0 and en 1 are near-identical: zh 0 pairs with both alike; the search left en 0 and zh 1 alone rather
    than pair zh 1 weakly with en 1."""
    path = [(0, 0, 0, 1), (0, 1, 1, 2), (1, 2, 2, 2)]
    sim = bead_table({(0, 0, 1, 1): 0.40, (0, 1, 1, 2): 0.41, (1, 1, 2, 2): 0.08, (1, 0, 2, 1): 0.08})
    assert pair_across(path, sim) == [(0, 0, 1, 1), (1, 1, 2, 2)]
    assert pair_across(path, sim, groups=(np.array([0, 0]), np.array([0, 1]))) == path


def test_a_real_extra_sentence_beside_a_real_untranslated_one_stays_alone() -> None:
    path = [(0, 0, 1, 0), (1, 0, 2, 1), (2, 1, 2, 2)]  # zh 0 untranslated, zh 1 = en 0, en 1 has no Chinese
    sim = bead_table({(0, 0, 1, 1): 0.05, (1, 0, 2, 1): 0.50, (1, 1, 2, 2): 0.05, (0, 1, 1, 2): 0.05})
    assert pair_across(path, sim) == path
    sim = bead_table({(0, 0, 1, 1): 0.45, (1, 0, 2, 1): 0.50, (1, 1, 2, 2): 0.40, (0, 1, 1, 2): 0.05})
    assert pair_across(path, sim) == [(0, 0, 1, 1), (1, 1, 2, 2)]

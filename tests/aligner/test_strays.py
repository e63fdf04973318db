"""Which neighbours may take a 1-1 bead's English, and the beads after the move (`aligner.strays`)."""
from __future__ import annotations

from zhen_qa.aligner.strays import given_to, open_neighbours

PATH = [(0, 0, 1, 1), (1, 1, 2, 2), (2, 2, 3, 2), (3, 2, 4, 5)]
"""zh/en start and end of four beads: 1-1, 1-1, a Chinese sentence alone, 1-3."""


def test_neighbours_before_first_and_only_open_ones() -> None:
    assert list(open_neighbours(PATH, 1, set(), max_side=3)) == [0]  # bead 2 has no English
    assert list(open_neighbours(PATH, 0, set(), max_side=3)) == [1]
    assert list(open_neighbours(PATH, 1, {0}, max_side=3)) == []  # bead 0 already changed
    assert list(open_neighbours([(0, 0, 1, 1), (1, 1, 2, 2), (2, 2, 3, 3)], 1, set(), max_side=3)) == [0, 2]
    assert list(open_neighbours(PATH, 2, set(), max_side=3)) == [1]  # bead 3's three English sentences are too many
    assert list(open_neighbours(PATH, 2, set(), max_side=4)) == [1, 3]


def test_the_english_moves_and_the_chinese_is_left_alone() -> None:
    x, before, after = (1, 1, 2, 2), (0, 0, 1, 1), (2, 2, 3, 3)
    assert given_to(x, before, True) == ((0, 0, 1, 2), (1, 2, 2, 2))
    assert given_to(x, after, False) == ((2, 1, 3, 3), (1, 1, 2, 1))

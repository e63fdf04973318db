"""Moving a 1-1 bead's English to a neighbouring bead (`number_strays`, `clause_strays`): which neighbours can take
it, and the two beads after the move, the Chinese of the bead left alone."""
from __future__ import annotations

from collections.abc import Iterator

from zhen_qa.aligner.refine import PathBead


def open_neighbours(path: list[PathBead], k: int, changed: set[int], max_side: int) -> Iterator[int]:
    """The beads next to bead `k`, the one before first, that may take its English: not changed yet, with both
    sides, and an English side shorter than `max_side` sentences."""
    for n in (k - 1, k + 1):
        if not 0 <= n < len(path) or n in changed:
            continue
        y = path[n]
        if y[0] == y[2] or y[1] == y[3] or y[3] - y[1] >= max_side:
            continue
        yield n


def given_to(x: PathBead, y: PathBead, before: bool) -> tuple[PathBead, PathBead]:
    """Bead `y` grown by `x`'s English (`y` is the bead `before` x or after it), and `x` left with its Chinese alone."""
    if before:
        return (y[0], y[1], y[2], x[3]), (x[0], x[3], x[2], x[3])
    return (y[0], x[1], y[2], y[3]), (x[0], x[1], x[2], x[1])

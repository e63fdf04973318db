"""The alignment objective: the gain the search maximises, as small typed objects that can be tested alone.

Every object here is a gain function in the sense of `aligner.search.GainFn`: called with a bead
type (a Chinese, b English sentences) and int arrays I, J of the nodes the beads end at (a bead
covers Chinese sentences I-a..I-1 and English sentences J-b..J-1), it returns one float per bead,
shape I.shape. The per-type medians are taken over the first call for that type, which the search
makes once with every node of its band. They hold arrays and functions, so they compare by identity
(`eq=False`: no `__eq__` or `__hash__` generated at import).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from zhen_qa.aligner.median import median
from zhen_qa.aligner.scorers.base import Prepared
from zhen_qa.aligner.search import Band, GainFn


class BeadScore(Protocol):
    """Scores of beads of type (a, b) ending at nodes (I, J), shape I.shape; a, b >= 1."""

    def score(self, a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
        """One score per bead."""
        ...


KNOWN_NODES = 1 << 16
"""Documents of at most this many nodes ((n + 1) x (m + 1)) keep every gain `Objective` computed (9 bytes a node
and bead type, 12 MB at most), so that the chrF pass does not score the first pass's beads again: a paragraph pair of an
abstract (2 x 2 sentences) costs ~0.7 ms less."""


@dataclass(frozen=True, eq=False)
class Similarity:
    """The combined bead score in [0, 1]: the weighted mean of the prepared scorers' scores."""

    scorers: Sequence[tuple[Prepared, float]]
    """Each prepared scorer with its weight."""
    chunk: int = 1 << 17
    """Beads scored per call of the scorers: their temporaries stay small (and in cache) however large the band."""

    def __call__(self, a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
        """Scores of beads of type (a, b) ending at (I, J) (1-D); a, b >= 1. A fresh array each call.

        Every score is elementwise, so scoring `chunk` beads at a time gives the same values.
        """
        total: float = sum(w for _, w in self.scorers)
        out = np.empty(I.shape, dtype=np.float64)
        for c0 in range(0, len(I), self.chunk):
            Ic, Jc = I[c0:c0 + self.chunk], J[c0:c0 + self.chunk]
            acc = out[c0:c0 + self.chunk]  # summed in place
            acc.fill(0.0)
            for p, w in self.scorers:
                s = p.score(a, b, Ic, Jc)
                acc += s if w == 1.0 else w * s  # 1.0 * s is s, value for value
            acc /= total
        return out


@dataclass(eq=False)
class Objective:
    """Gain of a bead: (a + b) ** gamma * (score - median score of its type) - merge_penalty * (a + b - 2)
    - quote_cut where a quotation is open at its end on one side only; `null_gain` for 1-0 and 0-1 beads.

    `open_zh[i]` / `open_en[j]`: a quotation is open after Chinese sentence i-1 / English sentence j-1
    (length n + 1 / m + 1, node indices).
    """

    similarity: GainFn
    """Scores of beads; must return a fresh array (the gain is computed in place on it)."""
    open_zh: np.ndarray
    open_en: np.ndarray
    null_gain: float
    gamma: float
    merge_penalty: float
    quote_cut: float
    groups: tuple[np.ndarray, np.ndarray] | None = None
    """A group number per Chinese and per English sentence: a bead with both sides must lie in one group
    (-inf otherwise); None: no constraint."""
    medians: dict[tuple[int, int], float] = field(default_factory=dict)
    """Median score of each bead type over the first call for it (the search's whole band)."""
    _open_sides: tuple[bool, bool] | None = field(default=None, init=False, repr=False)
    _known: dict[tuple[int, int], tuple[np.ndarray, np.ndarray]] = field(default_factory=dict, init=False, repr=False)
    """Per bead type of a small document, (gains, computed?) at every node: the chrF pass asks again for gains of
    beads the first search scored (`Rescored`'s base), and every gain is elementwise (`Similarity`)."""

    def _cut(self, I: np.ndarray, J: np.ndarray) -> np.ndarray | None:
        """open_en[J] != open_zh[I], reading only a side where a quotation is ever open (None: no bead is cut)."""
        if self._open_sides is None:
            self._open_sides = (bool(self.open_zh.any()), bool(self.open_en.any()))
        zh, en = self._open_sides
        if zh and en:
            cut: np.ndarray = self.open_en[J] != self.open_zh[I]
            return cut
        return self.open_zh[I] if zh else self.open_en[J] if en else None

    def __call__(self, a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
        """Gains of beads of type (a, b) ending at (I, J)."""
        if a == 0 or b == 0:
            return np.full(I.shape, self.null_gain)
        known = self._known.get((a, b))
        if known is not None and known[1][I, J].all():
            again: np.ndarray = known[0][I, J]  # a fresh array, as computing them gives
            return again
        s = self.similarity(a, b, I, J)
        if (a, b) not in self.medians:
            self.medians[(a, b)] = median(s) if len(s) else 0.0
        # in place on the fresh similarity array: the same values as
        # (a + b) ** gamma * (s - median) - merge_penalty * (a + b - 2) - quote_cut * [cut], fewer temporaries
        s -= self.medians[(a, b)]
        s *= (a + b) ** self.gamma
        s -= self.merge_penalty * (a + b - 2)
        cut = self._cut(I, J)
        if cut is not None:
            np.subtract(s, self.quote_cut, out=s, where=cut)
        if self.groups is not None:
            s[~inside_groups(a, b, I, J, *self.groups)] = -np.inf
        self._keep(a, b, I, J, s)
        return s

    def _keep(self, a: int, b: int, I: np.ndarray, J: np.ndarray, s: np.ndarray) -> None:
        """Remember the gains `s` of beads (a, b) ending at (I, J) for a document of at most `KNOWN_NODES` nodes."""
        shape = (len(self.open_zh), len(self.open_en))
        if shape[0] * shape[1] > KNOWN_NODES:
            return
        if (a, b) not in self._known:
            self._known[(a, b)] = (np.zeros(shape), np.zeros(shape, dtype=bool))
        gains, done = self._known[(a, b)]
        gains[I, J] = s
        done[I, J] = True


def inside_groups(a: int, b: int, I: np.ndarray, J: np.ndarray, gz: np.ndarray, ge: np.ndarray) -> np.ndarray:
    """For beads of type (a, b) ending at nodes (I, J), a, b >= 1: True where all their sentences share one group."""
    first = gz[I - a]
    out: np.ndarray = (first == gz[I - 1]) & (first == ge[J - b]) & (first == ge[J - 1])
    return out


@dataclass(eq=False)
class Rescored:
    """A second-pass gain: `base` plus weight * (a + b) ** gamma * (metric - its median per type).

    Only beads that start inside `band` can lie on a path there; the others get -inf and are not
    scored by `metric` (the chrF pass: `aligner.chrf.ChrF`). 1-0 and 0-1 beads keep their base gain.
    """

    base: GainFn
    metric: BeadScore
    band: Band
    weight: float
    gamma: float
    medians: dict[tuple[int, int], float] = field(default_factory=dict)

    def __call__(self, a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
        """Gains of beads of type (a, b) ending at (I, J)."""
        g = self.base(a, b, I, J)
        if a == 0 or b == 0:
            return g
        live = (J - b >= self.band.lo[I - a]) & (J - b < self.band.hi[I - a])
        c = self.metric.score(a, b, I[live], J[live])
        if (a, b) not in self.medians:
            self.medians[(a, b)] = median(c) if len(c) else 0.0
        out = np.full(I.shape, -np.inf)
        out[live] = g[live] + self.weight * (a + b) ** self.gamma * (c - self.medians[(a, b)])
        return out

"""The median of a score array, as `np.median` computes it, without importing `numpy.ma`.

`np.median` checks its result for NaN through `np.ma.isMaskedArray`, and its first call imports numpy's masked
arrays (about 15 ms, more than aligning a short abstract's sentences costs).
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def median(values: np.ndarray | Sequence[float]) -> float:
    """`float(np.median(values))` of a non-empty one-dimensional array: the middle element after partitioning
    (the mean of the two middle ones for an even count), NaN when the values hold a NaN."""
    a = np.asarray(values)
    n = a.size
    half = n // 2
    part = np.partition(a, [half - 1, half, -1] if n % 2 == 0 else [half, -1])
    if np.isnan(part[-1]):  # NaN sorts last
        return float(part[-1])
    return float(part[half - 1:half + 1].mean() if n % 2 == 0 else part[half:half + 1].mean())

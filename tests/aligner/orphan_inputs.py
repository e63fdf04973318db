"""Small glossed inputs for the orphan tests (shared by tests/aligner/test_orphans.py and test_unspoken.py)."""
from __future__ import annotations

import numpy as np
import scipy.sparse as sp


def chars(*n: float) -> np.ndarray:
    """Character counts of sentences."""
    return np.array(n, dtype=np.float64)


def lexical(
    zh_rows: list[dict[int, float]], en_rows: list[dict[int, float]], cols: int = 8
) -> tuple[sp.csr_matrix, sp.csr_matrix]:
    """(Z, E): Chinese and English sentences as rows of `cols` glossed stems ({column: weight})."""
    def csr(rows: list[dict[int, float]]) -> sp.csr_matrix:
        m = np.zeros((len(rows), cols))
        for r, row in enumerate(rows):
            for c, v in row.items():
                m[r, c] = v
        return sp.csr_matrix(m)

    return csr(zh_rows), csr(en_rows)

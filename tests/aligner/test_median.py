from __future__ import annotations

import numpy as np
import pytest

from zhen_qa.aligner.median import median


@pytest.mark.parametrize("seed", range(5))
def test_median_is_numpys_to_the_bit(seed: int) -> None:
    rng = np.random.default_rng(seed)
    for n in range(1, 30):
        values = rng.normal(size=n) * rng.choice([1e-6, 1.0, 1e6])
        for a in (values, values.astype(np.float32), np.round(values, 1), values.tolist()):
            assert np.float64(median(a)).tobytes() == np.float64(np.median(a)).tobytes()


def test_median_of_values_with_a_nan_is_nan() -> None:
    assert np.isnan(median([1.0, float("nan"), 0.5])) and np.isnan(np.median([1.0, float("nan"), 0.5]))
    assert median([3.0, 1.0, 2.0, 10.0]) == 2.5 and median([7.0]) == 7.0

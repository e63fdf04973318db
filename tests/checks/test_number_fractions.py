"""checks.number_fractions: a Chinese fraction and an English count over a total."""
from __future__ import annotations

from zhen_qa.aligner.numbers import extract_numbers, number_key
from zhen_qa.checks.number_fractions import fraction_parts, rates


def keys(*values: float) -> set[str]:
    return {number_key(v) for v in values}


def test_fraction_parts_give_numerator_denominator_and_percentage() -> None:
    assert fraction_parts(extract_numbers("概率为千分之四。", "zh")) == keys(4, 1000, 0.4)
    assert fraction_parts(extract_numbers("发生率为万分之3。", "zh")) == keys(3, 10000, 0.03)
    assert fraction_parts(extract_numbers("百分之三十一的患者和31例", "zh")) == set()  # a percentage already


def test_rates_are_counts_over_totals() -> None:
    assert rates("4 per 1000 and 3 in 10,000 patients, 2/5 of them") == keys(0.004, 0.0003, 0.4)
    assert rates("1,000 of 4 groups and 4 per 1,000.5 mg") == set()  # a total below its count; a decimal total

"""checks.number_fractions: a Chinese fraction and an English count over a total."""
from __future__ import annotations

from tests.checks.numbers_kit import check
from zhen_qa.aligner.numbers import extract_numbers, number_key
from zhen_qa.checks.number_fractions import fraction_parts, rates


def keys(*values: float) -> set[str]:
    return {number_key(v) for v in values}


def test_fraction_parts_give_numerator_denominator_and_percentage() -> None:
    assert fraction_parts(extract_numbers("概率为千分之四。", "zh")) == keys(4, 1000, 0.4)
    assert fraction_parts(extract_numbers("发生率为万分之3。", "zh")) == keys(3, 10000, 0.03)
    assert fraction_parts(extract_numbers("百分之三十一的患者和31例", "zh")) == set()  # a percentage already


def test_rates_are_counts_over_totals() -> None:
    # each with its percentage: 0.4%, 0.03%, 40%
    assert rates("4 per 1000 and 3 in 10,000 patients, 2/5 of them") == keys(0.004, 0.0003, 0.4, 0.03, 40)
    assert rates("1,000 of 4 groups and 4 per 1,000.5 mg") == set()  # a total below its count; a decimal total


def test_a_fraction_matches_its_rounded_percentage() -> None:
    assert check("三分之一的患者复发。", "33% of patients relapsed.") == []
    assert check("33.3%的患者复发。", "A third of patients relapsed.") == []
    assert check("约20%的患者复发。", "About 1 in 5 patients relapsed.") == []
    assert check("三分之一的患者复发。", "35% of patients relapsed.") != []
    (f,) = check("约20%的患者复发。", "About 1 in 4 patients relapsed.")
    assert '"4"' in f.message

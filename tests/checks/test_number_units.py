"""checks.number_units: a duration in the neighbouring units of time."""
from __future__ import annotations

from tests.checks.test_numbers import check
from zhen_qa.aligner.numbers import number_key
from zhen_qa.checks.number_units import other_units


def keys(*values: float) -> set[str]:
    return {number_key(v) for v in values}


def test_other_units() -> None:
    assert other_units("after a week and two days", "en") == keys(7, 48)
    assert other_units("Follow-up lasted 36 months and 120 minutes", "en") == keys(3, 2)
    assert other_units("随访3年，治疗一周，14天", "zh") == keys(36, 7, 2, 336)
    assert other_units("2019年10月，35个月", "zh") == set()  # a calendar year; no whole number of years


def test_a_duration_in_other_units_is_no_mismatch() -> None:
    assert check("治疗7天后复查。", "Patients were re-examined after a week of treatment.") == []
    assert check("随访3年。", "Follow-up lasted 36 months.") == []
    (f,) = check("治疗8天后复查。", "Patients were re-examined after a week of treatment.")
    assert f.message.startswith('"8" in the Chinese is missing from the English')
    (f,) = check("随访3年。", "Follow-up lasted 35 months.")
    assert f.message.startswith('"3" in the Chinese is "35" in the English')

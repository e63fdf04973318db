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


def test_a_day_counted_from_an_event_is_one_more_than_the_days_after_it() -> None:
    assert check("患者于入院后第3日出现发热。", "Fever developed two days after admission.") == []
    assert check("入院第9日复查CT。", "CT was repeated 8 days after admission.") == []
    assert check("术后第三天拔管。", "The tube was removed 2 days after surgery.") == []
    assert check("入院后第3日出现发热。", "Fever developed on hospital day 3.") == []
    (f,) = check("入院后第3日出现发热。", "Fever developed five days after admission.")
    assert f.message.startswith('"3" in the Chinese is missing from the English')
    (f,) = check("术后第三天拔管。", "The tube was removed 4 days after surgery.")
    assert f.message.startswith('"4" in the English is missing from the Chinese')


def test_half_a_unit_of_time_in_the_next_smaller_unit() -> None:
    assert check("随访半年。", "They were followed for 6 months.") == []
    assert check("治疗后30分钟测量。", "It was measured half an hour after treatment.") == []
    assert check("随访半年。", "They were followed for 8 months.") != []


def test_a_rate_per_100000_said_in_chinese_words_is_no_mismatch() -> None:
    assert check("男性的死亡率为20.2例每十万人年。",
                 "The mortality rate for men is 20.2 per 100,000 per year.") == []

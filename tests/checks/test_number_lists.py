"""number-mismatch: list and section numbers that one side numbers its own way are not quantities."""
from __future__ import annotations

from tests.checks.numbers_kit import check, numbers


def test_a_chinese_item_label_numbered_as_a_section_in_english_is_no_number() -> None:
    assert check("症状2：咳嗽伴发热。", "1.2 Symptom: cough with fever.") == []
    (f,) = check("症状2：咳嗽伴发热3天。", "1.2 Symptom: cough with fever for 4 days.")  # a real change is kept
    assert numbers([f]) == ["3/4"]
    (g,) = check("症状2：咳嗽伴发热。", "Symptom one: cough with fever.")  # no section number: still reported
    assert numbers([g]) == ["2/"]


def test_an_item_number_glued_to_the_next_number_is_the_label_and_that_number() -> None:
    # 6.2周岁以下 is item 6 and "under 2 years", which the English numbers as section 3.6
    assert check("6.2周岁以下的儿童需要观察。", "3.6 Children under the age of 2 years need observation.") == []
    (f,) = check("6.2周岁以下的儿童需要观察。", "3.6 Children under the age of 4 years need observation.")
    assert f.rule == "number-mismatch"


def test_an_english_section_number_before_a_chinese_list_number_is_no_number() -> None:
    zh = "2.患者出院后应继续隔离14天。"
    assert check(zh, "2.2. After discharge, patients should stay isolated for 14 days.") == []
    (f,) = check(zh, "2.2. After discharge, patients should stay isolated for 7 days.")
    assert numbers([f]) == ["14/7"]

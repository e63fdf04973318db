"""Tests of checks.term_course through term-missing: an English therapy counted in courses, 疗程 in Chinese."""
from __future__ import annotations

from tests.checks.terms_kit import gl, only, run
from zhen_qa.glossary.model import Concept

CHEMOTHERAPY = Concept("chemotherapy", "化疗", "chemotherapy")
RADIOTHERAPY = Concept("radiotherapy", "放疗", "radiotherapy")
EN = "The onset chemotherapy time was mainly distributed in 2 to 4 courses."
MISSING = "“chemotherapy” has no 「化疗」 in the aligned Chinese"


def missing(zh: str, en: str = EN) -> list[str]:
    return [f.message for f in only(run(gl(CHEMOTHERAPY, RADIOTHERAPY), [zh], [en]), "term-missing")]


def test_the_therapy_counted_in_courses_is_said_by_liaocheng() -> None:
    assert missing("发病时间主要分布在2-4个疗程。") == []
    assert missing("患者均完成6个疗程。", "All patients completed six cycles of chemotherapy.") == []


def test_no_liaocheng_or_no_count_in_english_is_still_missing() -> None:
    assert missing("发病时间主要分布在2-4周。") == [MISSING]
    assert missing("发病时间主要分布在2-4个疗程。", "The onset time was mainly after chemotherapy.") == [MISSING]


def test_another_therapy_named_in_chinese_is_still_missing() -> None:
    # the pair is reported once, from the Chinese side (the English says another therapy)
    assert missing("发病时间主要分布在放疗2-4个疗程。") == [
        "「放疗」 has no “radiotherapy” in the aligned English (it has “chemotherapy”)"]

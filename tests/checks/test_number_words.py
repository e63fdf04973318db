"""number-mismatch: numbers in forms the number reader does not take, as evidence."""
from __future__ import annotations

from tests.checks.numbers_kit import check, numbers


def test_counts_in_chinese_numerals_before_any_noun() -> None:
    assert check("利用一份72题（共八面向）之问卷。", "using a 72 item questionnaire with 8 subscales.") == []
    assert check("比较两模型间的曲线下面积。", "The AUC was compared between the 2 models.") == []
    assert numbers(check("比较两模型间的曲线下面积。", "The AUC was compared between the 3 models.")) == ["/3"]


def test_dimensions_in_chinese_numerals_match_digits() -> None:
    assert check("二维超声与四维超声均可用于检查。", "2D and 4-dimensional ultrasound can both be used.") == []
    assert check("采用三维重建技术。", "A 3D reconstruction technique was used.") == []
    assert check("补充维生素D 5天。", "Vitamin D was given for 6 days.") != []


def test_ordinals_in_words_match_digits() -> None:
    assert check("第2阶段于第11周开始。", "The second stage began in the eleventh week.") == []
    assert check("第21次会议。", "The Twenty-first meeting.") == []
    assert check("第二阶段于第十一周开始。", "Stage 2 began in week 11.") == []
    assert check("第3阶段开始。", "The second stage began.") != []

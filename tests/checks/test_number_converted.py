"""checks.number_converted: a quantity given again in another unit in parentheses."""
from __future__ import annotations

from tests.checks.numbers_kit import check
from zhen_qa.checks.number_converted import conversion_unit


def test_conversion_unit() -> None:
    text = "可注视远至 8 英寸 （约 20 厘米） 以外"
    at = text.index("20")
    assert conversion_unit(text, at, at + 2)
    text = "Feed 2 ounces (60 mL) each time."
    at = text.index("60")
    assert conversion_unit(text, at, at + 2)
    text = "共有 8 人（20 人）"  # no unit of measurement: no conversion
    at = text.index("20")
    assert not conversion_unit(text, at, at + 2)
    text = "剂量 8 毫克（20 毫克）"  # the same unit: no conversion
    at = text.index("20")
    assert not conversion_unit(text, at, at + 2)


def test_a_conversion_the_translation_adds_in_parentheses_is_no_mismatch() -> None:
    assert check("婴儿可注视远至 8 英寸 （约 20 厘米） 以外的物体。", "Babies can focus on things up to eight inches away.") == []
    assert check("体温超过 100.5 华氏度（38 摄氏度）。", "A temperature over 100.5°F.") == []
    assert check("每次喂 2 盎司。", "Feed 2 ounces (60 mL) each time.") == []
    # the quantity converted is itself changed: both are reported
    (f,) = check("婴儿可注视远至 9 英寸 （约 20 厘米） 以外的物体。", "Babies can focus on things up to eight inches away.")
    assert f.message.startswith('"9", "20" in the Chinese are missing from the English')
    # a parenthesis in the same unit is no conversion
    (f,) = check("共有 8 人（20 人）入组。", "Eight people were enrolled.")
    assert f.message.startswith('"20" in the Chinese is missing from the English')

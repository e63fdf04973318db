"""checks.number_converted: a quantity given again in another unit in parentheses."""
from __future__ import annotations

from pathlib import Path

from tests.checks.numbers_kit import check
from zhen_qa.checks.number_converted import conversion_unit
from zhen_qa.checks.run import Flags, check_file

EN = "Babies can focus on things up to eight inches away."


def test_conversion_unit() -> None:
    def converts(text: str, number: str) -> bool:
        at = text.index(number)
        return conversion_unit(text, at, at + len(number), float(number))

    assert converts("可注视远至 8 英寸 （约 20 厘米） 以外", "20")
    assert converts("Feed 2 ounces (60 mL) each time.", "60")
    assert converts("体温超过 100.5 华氏度（38 摄氏度）", "38")
    assert converts("Stay six feet (1.8 meters) apart.", "1.8")
    assert not converts("可注视远至 8 英寸 （约 30 厘米） 以外", "30")  # a wrong conversion
    assert not converts("共有 8 人（20 人）", "20")  # no unit of measurement: no conversion
    assert not converts("剂量 8 毫克（20 毫克）", "20")  # the same unit: no conversion


def test_a_conversion_the_translation_adds_in_parentheses_is_no_mismatch() -> None:
    assert check("可注视远至 8 英寸 （约 20 厘米） 以外的物体。", EN) == []
    assert check("体温超过 100.5 华氏度（38 摄氏度）。", "A temperature over 100.5°F.") == []
    assert check("每次喂 2 盎司。", "Feed 2 ounces (60 mL) each time.") == []
    # the quantity converted is itself changed: both are reported
    (f,) = check("可注视远至 9 英寸 （约 20 厘米） 以外的物体。", EN)
    assert f.message.startswith('"9", "20" in the Chinese are missing from the English')
    # a wrong conversion is reported
    (f,) = check("可注视远至 8 英寸 （约 30 厘米） 以外的物体。", EN)
    assert f.message.startswith('"30" in the Chinese is missing from the English')
    # a parenthesis in the same unit is no conversion
    (f,) = check("共有 8 人（20 人）入组。", "Eight people were enrolled.")
    assert f.message.startswith('"20" in the Chinese is missing from the English')


def test_a_temperature_conversion_is_right_within_a_degree_not_a_share() -> None:
    def converts(text: str, number: str) -> bool:
        at = text.index(number)
        return conversion_unit(text, at, at + len(number), float(number))

    assert converts("体温超过 100.5 华氏度（38 摄氏度）", "38")
    assert converts("体温超过 38 摄氏度（100 华氏度）", "100")
    assert not converts("体温超过 100.5 华氏度（42 摄氏度）", "42")  # 12% of 38 °C is 4.6 degrees: another fever
    assert not converts("Room temperature, 10 °C (45 °F).", "45")  # 50 °F


def test_two_different_conversions_of_one_quantity_are_a_mismatch() -> None:
    # each language converts the same 8 inches, about rightly, into another number: the numbers differ
    (f,) = check("可注视远至 8 英寸（约 20 厘米）以外的物体。",
                 "Babies can focus on things up to 8 inches (22 cm) away.")
    assert f.message.startswith('"20" in the Chinese is "22" in the English')
    (f,) = check("患者体温为 100.5 华氏度（42 摄氏度）。", "The patient had a temperature of 100.5 °F (38 °C).")
    assert f.message.startswith('"42" in the Chinese is missing from the English')


def test_a_conversion_only_one_language_adds_stays_excused_beside_two_that_differ() -> None:
    # the 8 inches are converted on both sides, differently: reported; the ounces only in Chinese: a writer's aid
    (f,) = check("可注视远至 8 英寸（约 20 厘米），每次喂 2 盎司（60 毫升）。",
                 "Babies see 8 inches (22 cm) away and feed 2 ounces each time.")
    assert f.message.startswith('"20" in the Chinese is "22" in the English')


def test_conversions_of_a_read_file_are_excused(tmp_path: Path) -> None:
    """Through `check_file`, on hard-wrapped sentences read from files (a sentence joined across lines maps its
    characters by a list, so a mention is no dict key: d9b13d7 failed with "unhashable type: 'list'")."""
    zh, en = tmp_path / "a.zh.txt", tmp_path / "a.en.txt"
    zh.write_text("宝宝出生后，每次\n喂 2 盎司。\n", encoding="utf-8")
    en.write_text("After birth, feed your baby\n2 ounces (60 mL) each time.\n", encoding="utf-8")
    assert [f for f in check_file(str(zh), str(en), Flags()).findings if f.rule == "number-mismatch"] == []

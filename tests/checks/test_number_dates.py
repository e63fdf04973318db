"""number-mismatch: a year and month written as one dotted number (checks.number_dates)."""
from __future__ import annotations

from tests.checks.numbers_kit import check


def test_a_year_and_month_written_as_a_dotted_number_is_the_date_by_name() -> None:
    """目前（2024.7） = "As of July 2024": YYYY.M is a date, the English names the month. Another year or no month
    on the other side is still reported."""
    zh = "目前（2024.7）屏幕驱动和摄像头驱动是一起初始化的。"
    assert check(zh, "As of July 2024, the display driver is initialized together with the camera driver.") == []
    assert len(check(zh, "As of July 2023, the display driver is initialized together with the camera driver.")) == 1
    assert len(check(zh, "As of 2024, the display driver is initialized together with the camera driver.")) == 1


def test_a_year_written_by_its_last_two_digits_before_nian_is_the_year_in_full() -> None:
    """自14年完成后 = "since 2014", （18年中） = "at the middle of 2018": a year written by its last two digits."""
    zh = "这个类的核心部分自14年完成后很少改动。"
    assert check(zh, "The core of this class has rarely changed since 2014.") == []
    assert check("目前支持的协议类型（18年中）如下：", "The protocols supported (at the middle of 2018) are:") == []


def test_a_two_digit_year_beside_another_year_a_duration_or_no_year_is_still_reported() -> None:
    """A changed year (2015), a year the English leaves out, a duration changed beside a year both sides give."""
    zh = "这个类的核心部分自14年完成后很少改动。"
    assert len(check(zh, "The core of this class has rarely changed since 2015.")) == 1
    assert len(check(zh, "The core of this class has rarely changed since it was finished.")) == 1
    assert len(check("这个项目持续了14年，2014年结束。", "The project lasted 15 years and ended in 2014.")) == 1

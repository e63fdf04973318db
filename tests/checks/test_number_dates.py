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

"""Numbers of one English sentence cut into two CAT units, the reference translated whole in one of them."""
from __future__ import annotations

from pathlib import Path

from tests.cat_files import tmx_numbers

EARLIER = ("Valves wear out fast, as the survey found (Lee et al., 2015, p.", "正如调查所发现的，阀门磨损很快")
OTHER = ("Pumps are cheap.", "泵很便宜。")


def test_a_number_on_the_other_side_of_the_cut_is_the_same_number(tmp_path: Path) -> None:
    later = ("334) and they fail in the cold.", "（Lee 等，2015，第334页），而且在寒冷中会失效。")
    assert tmx_numbers(tmp_path, [later, OTHER, EARLIER]) == []  # a memory sorted by source: the halves apart


def test_an_author_year_cut_at_et_al(tmp_path: Path) -> None:
    earlier = ("Answering the call from Jones et al.", "对于琼斯等人（2016）的呼吁，")
    later = ("(2016) for a more open focus in research, I pushed for change.", "我推动了变革，使研究更加开放。")
    assert tmx_numbers(tmp_path, [earlier, OTHER, later]) == []


def test_a_number_changed_beside_the_cut_is_still_reported(tmp_path: Path) -> None:
    later = ("334) and they fail in the cold.", "（Lee 等，2016，第334页），而且在寒冷中会失效。")
    found = tmx_numbers(tmp_path, [later, OTHER, EARLIER])
    assert any("2016" in m for m in found) and any("2015" in m for m in found)


def test_a_number_missing_from_a_unit_no_cut_touches_is_reported(tmp_path: Path) -> None:
    later = ("The survey covered 120 valves.", "调查覆盖了阀门。")
    earlier = ("Valves wear out fast, the survey of 120 found", "调查发现阀门磨损很快")
    assert any("120" in m for m in tmx_numbers(tmp_path, [later, earlier]))


KEEP = ("Keep the newest copies of the log files", "保留日志文件最新的 7 份副本")  # a number added
LABEL = ("Open the main window", "打开主窗口")
WAIT = ("wait 7 minutes before the job starts again", "在任务重新开始之前等待")  # a number dropped


def test_two_unrelated_units_losing_and_adding_a_number_are_both_reported(tmp_path: Path) -> None:
    assert len(tmx_numbers(tmp_path, [KEEP, LABEL, WAIT])) == 2  # a label without an end mark is no cut half
    assert len(tmx_numbers(tmp_path, [KEEP, WAIT])) == 2  # neighbours, but the 7 is not at the cut


def test_neighbours_cut_at_a_number_share_it(tmp_path: Path) -> None:
    earlier = ("The valves in the north wing were replaced after 12", "北翼的阀门")
    later = ("years of service by the new team.", "在使用 12 年后由新团队更换。")
    assert tmx_numbers(tmp_path, [earlier, later]) == []

"""defects.py places a defect injected into a sentence hard-wrapped over lines on all of its lines."""
from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import defects  # noqa: E402


def _finding(line: int, column: int, end_line: int, end_column: int) -> SimpleNamespace:
    loc = SimpleNamespace(path="zh.txt", line=line, column=column, end_line=end_line, end_column=end_column)
    return SimpleNamespace(rule="number-mismatch", location=loc, data=())


TEXT = "第一句。将这个时间记\n录下来，作为 24 小时尿检的开始。\n下一句。"


def test_a_wrapped_sentence_ends_on_its_last_line() -> None:
    start = TEXT.index("将")
    end = TEXT.index("始。") + 2
    assert defects._place("zh.txt", TEXT, start, end) == ("zh.txt", 1, 5, 2, 19)


def test_a_finding_on_the_wrapped_line_hits() -> None:
    place = defects._place("zh.txt", TEXT, TEXT.index("将"), TEXT.index("始。") + 2)
    assert defects.hits([_finding(2, 8, 2, 10)], "number-mismatch", [place])
    assert not defects.hits([_finding(3, 1, 3, 4)], "number-mismatch", [place])
    assert not defects.hits([_finding(1, 1, 1, 4)], "number-mismatch", [place])


def test_one_line_places_are_unchanged() -> None:
    place = defects._place("zh.txt", TEXT, 0, 4)
    assert place == ("zh.txt", 1, 1, 1, 5)
    assert defects.hits([_finding(1, 4, 1, 6)], "number-mismatch", [place])
    assert not defects.hits([_finding(1, 5, 1, 6)], "number-mismatch", [place])


def test_a_mark_among_the_places_of_a_house_style_finding_hits() -> None:
    place = defects._place("zh.txt", TEXT, TEXT.index("，"), TEXT.index("，") + 1)
    mark = SimpleNamespace(path="zh.txt", line=2, column=4, end_line=2, end_column=5)
    f = _finding(1, 2, 1, 3)
    assert not defects.hits([f], "number-mismatch", [place])
    f.data = (("places", ((mark, "，"),)),)
    assert defects.hits([f], "number-mismatch", [place])

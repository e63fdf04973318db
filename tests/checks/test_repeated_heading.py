"""A heading or label over text that starts with its word is no doubled word; a slip across a line break is."""
from __future__ import annotations

from zhen_qa.checks.repeated_heading import heading_over_text
from zhen_qa.manuscript.source import Location, SourceText


def _doubling(text: str, word: str) -> tuple[SourceText, Location]:
    """The source and the location of the first `word` ending a line and the `word` starting the next line."""
    source = SourceText.from_text("leaflet.txt", text)
    start = text.index(word + "\n")
    nxt = start + len(word) + 1
    second = nxt + len(text[nxt:]) - len(text[nxt:].lstrip())
    return source, source.location(start, second + len(word))


def test_a_heading_alone_over_its_paragraph() -> None:
    source, loc = _doubling("were checked.\nSurgery\nSurgery is done to remove the cancer.\n", "Surgery")
    assert heading_over_text(source, loc)
    source, loc = _doubling("的活动。\n脑震荡\n脑震荡是最常见的脑损伤类型。它是在摔倒\n", "脑震荡")
    assert heading_over_text(source, loc)


def test_a_short_heading_ending_in_the_word() -> None:
    source, loc = _doubling("Breast Cancer\nCancer cells are abnormal cells. Cancer \n", "Cancer")
    assert heading_over_text(source, loc)
    source, loc = _doubling("正常的膝关节\n膝关节是铰式接合，是\n", "膝关节")
    assert heading_over_text(source, loc)


def test_a_slip_across_a_wrap_is_still_one() -> None:
    source, loc = _doubling("You will need to remove the\nthe lump and some tissue around it.\n", "the")
    assert not heading_over_text(source, loc)
    source, loc = _doubling("您需要在检查前于医生的指导下从\n从脊髓周围的空腔中抽取少量体液。\n", "从")
    assert not heading_over_text(source, loc)
    source, loc = _doubling("Take the pills with Advil\nAdvil and water each day as directed.\n", "Advil")
    assert not heading_over_text(source, loc)

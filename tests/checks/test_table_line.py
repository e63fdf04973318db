"""table_line: the source line a sentence's character stands on, shared by the table-row readers."""
from __future__ import annotations

from zhen_qa.checks.table_line import CELL_BAR, source_line
from zhen_qa.manuscript.document import Role, Sentence
from zhen_qa.manuscript.source import MappedText, SourceText

TEXT = "Intro.\n\n| a | b \\| c |\n| x | Delete asset |\nLast line"


def _sentence(word: str) -> Sentence:
    start = TEXT.index(word)
    return Sentence(MappedText.span(SourceText.from_text("t.md", TEXT), start, start + len(word)), "en", Role.PARAGRAPH)


def test_the_line_of_a_character_and_its_offsets() -> None:
    found = source_line(_sentence("Delete asset"), 7)  # the "a" of "asset"
    assert found is not None
    assert found.line == "| x | Delete asset |"
    assert found.start == TEXT.index("| x |") and found.at == TEXT.index("asset")
    assert found.source == TEXT


def test_the_last_line_has_no_newline_and_an_index_outside_the_sentence_is_none() -> None:
    last = _sentence("Last line")
    found = source_line(last, 0)
    assert found is not None and found.line == "Last line"
    assert source_line(last, len("Last line")) is None and source_line(last, -1) is None


def test_an_escaped_bar_is_no_cell_boundary() -> None:
    assert len(CELL_BAR.findall("| a | b \\| c |")) == 3

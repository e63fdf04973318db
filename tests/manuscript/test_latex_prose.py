"""The paragraph collector of the LaTeX reader: whitespace as TeX reads it, offsets into the file."""
from __future__ import annotations

from zhen_qa.manuscript.latex_prose import Prose, wide
from zhen_qa.manuscript.source import SourceText


def test_whitespace_collapses_and_line_breaks_between_chinese_vanish() -> None:
    text = "研究\n结果  shows\n  the  point"
    prose = Prose(SourceText.from_text("a.tex", text))
    prose.add(text, 0)
    mt = prose.take()
    assert mt is not None
    assert mt.text == "研究结果 shows the point"
    assert [text[o] for o in mt.offsets if not text[o].isspace()] == [c for c in mt.text if not c.isspace()]
    assert prose.take() is None  # taking resets the paragraph


def test_text_printed_by_a_macro_keeps_the_macro_offset() -> None:
    prose = Prose(SourceText.from_text("a.tex", r"A\ldots B"))
    prose.add("A", 0)
    prose.add("…", 1, spread=False)
    prose.add(" B", 7)
    mt = prose.take()
    assert mt is not None and mt.text == "A… B"
    assert list(mt.offsets) == [0, 1, 7, 8]


def test_wide_characters() -> None:
    assert wide("中") and wide("，") and wide("Ａ")
    assert not wide("a") and not wide("")

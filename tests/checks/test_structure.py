"""monolingual-section: one info finding per Chinese body section without English."""
from __future__ import annotations

from zhen_qa.checks import structure
from zhen_qa.checks.context import CheckContext
from zhen_qa.manuscript.document import Manuscript, MonolingualSection, Role, Sentence
from zhen_qa.manuscript.source import MappedText, SourceText


def _manuscript(with_section: bool) -> Manuscript:
    text = "1. 引言\n\n分泌组很重要。它由多种分子组成。\n"
    src = SourceText.from_text("m.md", text)
    a = text.index("分泌组")
    sents = (
        Sentence(MappedText.span(src, a, a + 7), "zh", Role.PARAGRAPH),
        Sentence(MappedText.span(src, a + 7, a + 16), "zh", Role.PARAGRAPH),
    )
    secs = (MonolingualSection("1. 引言", src.location(0, len(text) - 1), sents),) if with_section else ()
    return Manuscript("m.md", (src,), (), (), secs)


def test_one_finding_per_section_with_span_and_count() -> None:
    findings = list(structure.run(CheckContext(_manuscript(True))))
    assert len(findings) == 1
    f = findings[0]
    assert f.rule == "monolingual-section" and f.severity.value == "info"
    assert (f.location.line, f.location.end_line) == (1, 3)
    assert dict(f.data)["sentences"] == 2
    assert "1. 引言" in f.message


def test_no_finding_when_every_section_is_paired() -> None:
    assert list(structure.run(CheckContext(_manuscript(False)))) == []

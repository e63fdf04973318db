"""monolingual-section: one info finding per Chinese body section without English."""
from __future__ import annotations

from pathlib import Path

from zhen_qa.checks import structure
from zhen_qa.checks.context import CheckContext
from zhen_qa.manuscript.document import Manuscript, MonolingualSection, Role, Sentence
from zhen_qa.manuscript.source import MappedText, SourceText
from zhen_qa.report.findings import Finding


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


def test_a_section_of_one_sentence_on_one_line_is_counted_in_the_singular() -> None:
    text = "分泌组很重要。\n"
    src = SourceText.from_text("m.md", text)
    sents = (Sentence(MappedText.span(src, 0, 7), "zh", Role.PARAGRAPH),)
    m = Manuscript("m.md", (src,), (), (), (MonolingualSection("引言", src.location(0, 7), sents),))
    (f,) = structure.run(CheckContext(m))
    assert f.message == "section '引言' (line 1, 1 sentence) has no English counterpart"


def test_counts_of_one_are_singular_in_the_command_line_summaries(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from zhen_qa.cli import main

    glossary = tmp_path / "g.csv"
    glossary.write_text("id,zh,en\nsecretome,分泌组,secretome\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["glossary", "validate", str(glossary)], catch_exceptions=False)
    assert result.output.startswith(f"{glossary}: 1 concept, valid (")


def test_no_finding_when_every_section_is_paired() -> None:
    assert list(structure.run(CheckContext(_manuscript(False)))) == []


ZH_DUP = (
    "分泌组由细胞分泌的全部蛋白质组成，包括生长因子和细胞因子。它在组织修复中起重要作用，尤其是在创伤愈合的早期阶段。\n\n"
    "我们收集了30例患者的血清样本。其中12例为男性，18例为女性。\n\n"
    "分泌组由细胞分泌的全部蛋白质组成,包括生长因子和细胞因子。它在组织修复中起重要作用，尤其是在创伤愈合的早期阶段。\n\n"
    "结果显示，45%的样本中检出了生长因子。\n"
)
EN_DUP = (
    "The secretome consists of all proteins secreted by cells, including growth factors and cytokines. "
    "It plays an important role in tissue repair, especially in the early phase of wound healing.\n\n"
    "We collected serum samples from 30 patients. Of these, 12 were men and 18 were women.\n\n"
    "Growth factors were detected in 45% of the samples.\n"
)


def _checked(zh: str, en: str) -> tuple[Manuscript, list[Finding]]:
    from zhen_qa.aligner.build import build_from_texts
    from zhen_qa.checks.engine import check_manuscript

    m = build_from_texts(zh, en, presplit=False)
    return m, check_manuscript(m)


def test_a_repeated_passage_is_one_finding_and_stays_out_of_the_alignment() -> None:
    m, findings = _checked(ZH_DUP.replace(",", "，", 1), EN_DUP)
    (pair,) = m.pairs
    assert [(b.zh, b.en) for b in pair.beads] == [((i,), (i,)) for i in range(5)]
    assert [f.rule for f in findings] == ["duplicated-passage"]
    f = findings[0]
    assert (f.location.line, f.location.column, f.location.end_line, f.location.end_column) == (5, 1, 5, 57)
    assert f.message.startswith("line 5 repeats line 1 (2 sentences)")
    assert f.lang == "zh" and dict(f.data)["original_line"] == 1


def test_the_copy_is_left_out_of_the_other_checks() -> None:
    """A half-width comma in the original and its copy is reported once, at the original."""
    m, findings = _checked(ZH_DUP.replace("成，包", "成,包", 1), EN_DUP)
    rules = sorted(f.rule for f in findings)
    assert rules == ["duplicated-passage", "punctuation-width"]
    (width,) = [f for f in findings if f.rule == "punctuation-width"]
    assert (width.location.line, width.location.column) == (1, 17)


def test_a_passage_both_sides_repeat_is_the_documents_own_and_aligned_as_written() -> None:
    en_copy = EN_DUP.replace("Growth factors", EN_DUP.split("\n\n")[0] + "\n\nGrowth factors")
    m, findings = _checked(ZH_DUP.replace(",", "，", 1), en_copy)
    assert findings == []
    assert [(b.zh, b.en) for b in m.pairs[0].beads] == [((i,), (i,)) for i in range(7)]


def test_a_repetition_the_other_side_rewords_a_little_is_still_the_documents_own() -> None:
    """The English repeats a paragraph; the Chinese translated the repetition with one word less."""
    en_copy = EN_DUP.replace("Growth factors", EN_DUP.split("\n\n")[0] + "\n\nGrowth factors")
    head, _, tail = ZH_DUP.replace(",", "，", 1).rpartition("起重要作用")
    zh = head + "起作用" + tail
    m, findings = _checked(zh, en_copy)
    assert findings == []
    assert [(b.zh, b.en) for b in m.pairs[0].beads] == [((i,), (i,)) for i in range(7)]

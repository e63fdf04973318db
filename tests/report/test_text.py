from __future__ import annotations

from tests.report.conftest import build
from zhen_qa.report.model import FileResult, Report
from zhen_qa.report.text import render_text


def test_one_line_per_finding_then_summaries(sample: Report) -> None:
    out = render_text(sample).decode("utf-8")
    lines = out.splitlines()
    assert lines[0] == "paper.md:5:4: warning [term-variant] 分泌物 is a deprecated variant of 分泌组"
    assert lines[1].startswith("paper.md:5:23: error [number-mismatch] 12 in Chinese")
    assert lines[2].startswith("paper.md:5:29: warning [untranslated] ")
    assert lines[3] == (
        "paper.md:9:1: info [monolingual-section] Section 1 引言 (lines 9-10, 1 sentence) has no English side"
    )
    assert lines[4] == ""
    assert lines[5] == "paper.md: 4 findings (1 error, 2 warnings, 1 info)"
    assert lines[6] == ("By rule (worst severity first, then as zhen-qa rules lists them): "
                        "number-mismatch 1 (error); term-variant 1, untranslated 1 (warning); "
                        "monolingual-section 1 (info)")
    assert lines[7] == "Total: 4 findings (1 error, 2 warnings, 1 info) in 1 file"
    assert "\x1b[" not in out


def test_colour_only_when_asked(sample: Report) -> None:
    coloured = render_text(sample, color=True).decode("utf-8")
    assert "\x1b[1;31merror\x1b[0m" in coloured
    stripped = coloured
    for code in ("\x1b[0m", "\x1b[1m", "\x1b[2m", "\x1b[1;31m", "\x1b[33m", "\x1b[36m"):
        stripped = stripped.replace(code, "")
    assert stripped == render_text(sample).decode("utf-8")


def test_control_characters_stay_on_one_line() -> None:
    report, _ = build()
    fr = report.files[0]
    f = fr.findings[0]
    from dataclasses import replace

    bad = replace(f, message="two\nlines\x1b[31m")
    out = render_text(Report((FileResult(fr.path, None, fr.pairs, (bad,)),), report.rules)).decode()
    first = out.splitlines()[0]
    assert first.endswith("two lines\ufffd[31m")


def test_per_file_summary_for_several_files() -> None:
    a, _ = build("a.md")
    b, _ = build("b.md")
    empty = FileResult("c.md", "c.en.md", (), ())
    report = Report(a.files + b.files + (empty,), a.rules)
    lines = render_text(report).decode().splitlines()
    assert "a.md: 4 findings (1 error, 2 warnings, 1 info)" in lines
    assert "b.md: 4 findings (1 error, 2 warnings, 1 info)" in lines
    assert "c.md + c.en.md: 0 findings (0 errors, 0 warnings, 0 infos)" in lines
    assert lines[-1] == "Total: 8 findings (2 errors, 4 warnings, 2 infos) in 3 files"


def test_a_file_not_checked_is_named_once_on_its_line() -> None:
    a, _ = build("a.md")
    bad = FileResult("d.txt", None, (), (), error="d.txt: not a text manuscript (binary data or NUL bytes)")
    half = FileResult("e.zh.txt", "e.en.txt", (), (), error="e.en.txt: not a text manuscript")
    lines = render_text(Report(a.files + (bad, half), a.rules)).decode().splitlines()
    assert "d.txt: not checked: not a text manuscript (binary data or NUL bytes)" in lines
    assert "e.zh.txt + e.en.txt: not checked: e.en.txt: not a text manuscript" in lines  # which half it was


def _f(path: str, line: int, col: int, rule: str, msg: str, related: tuple[str, int, int] | None = None):
    from zhen_qa.manuscript.source import Location
    from zhen_qa.report.findings import Finding, Severity

    rel = Location(related[0], related[1], related[2], related[1], related[2] + 1) if related else None
    return Finding(rule, Severity.WARNING, msg, Location(path, line, col, line, col + 1), "zh", related=rel)


def test_two_file_findings_in_chinese_reading_order_and_grouped_by_line() -> None:
    """English findings sit at their Chinese partner; the same finding recurring on one line is one line, and a
    different finding of the same rule on that line keeps its own line."""
    findings = (
        _f("d.en", 9, 4, "number-mismatch", '"3" in the Chinese is "4" in the English', ("d.zh", 2, 7)),
        _f("d.zh", 1, 12, "punctuation-width", 'half-width "," in Chinese text'),
        _f("d.zh", 1, 30, "punctuation-width", 'half-width "," in Chinese text'),
        _f("d.zh", 1, 5, "punctuation-width", 'half-width "(" in Chinese text'),
        _f("d.zh", 3, 1, "untranslated", "no English for: 三。"),
        _f("d.en", 12, 1, "extra-target", "no Chinese for: Extra."),
    )
    report = Report((FileResult("d.zh", "d.en", (), findings),), ())
    lines = render_text(report).decode().splitlines()
    assert lines[:5] == [
        'd.zh:1:5: warning [punctuation-width] half-width "(" in Chinese text',
        'd.zh:1:12: warning [punctuation-width] half-width "," in Chinese text (+1 more on this line, column 30)',
        'd.en:9:4: warning [number-mismatch] "3" in the Chinese is "4" in the English',
        "d.zh:3:1: warning [untranslated] no English for: 三。",
        "d.en:12:1: warning [extra-target] no Chinese for: Extra.",
    ]
    assert lines[-1] == "Total: 6 findings (0 errors, 6 warnings, 0 infos) in 1 file"


def test_in_a_word_document_more_findings_are_in_this_paragraph() -> None:
    findings = (_f("m.docx", 3, 12, "punctuation-width", 'half-width "," in Chinese text'),
                _f("m.docx", 3, 30, "punctuation-width", 'half-width "," in Chinese text'))
    lines = render_text(Report((FileResult("m.docx", None, (), findings),), ())).decode().splitlines()
    assert lines[0] == ('m.docx (paragraph 3, character 12): warning [punctuation-width] half-width "," in Chinese '
                        "text (+1 more in this paragraph, character 30)")


def test_the_summary_says_which_rules_carry_the_findings_meaning_first() -> None:
    """"91 findings (82 warnings)" did not say that 80 of the seed's warnings are half-width commas and one is a term:
    a line before the total names each rule with its count, worst severity first and, within one severity, terms and
    untranslated text before punctuation however many commas there are (the HTML page's order)."""
    from dataclasses import replace

    from zhen_qa.report.findings import Severity

    report, _ = build()
    fr = report.files[0]
    term = fr.findings[0]
    commas = tuple(replace(term, rule="punctuation-width", message=f"half-width comma {k}") for k in range(5))
    info = replace(term, rule="term-inconsistent", severity=Severity.INFO)
    out = render_text(Report((FileResult(fr.path, None, fr.pairs, (*commas, term, info)),), report.rules)).decode()
    assert out.splitlines()[-2] == ("By rule (worst severity first, then as zhen-qa rules lists them): "
                                    "term-variant 1, punctuation-width 5 (warning); term-inconsistent 1 (info)")


def test_no_rule_line_without_findings() -> None:
    report, _ = build()
    out = render_text(Report((FileResult("a.md", None, (), ()),), report.rules)).decode()
    assert out.splitlines() == ["a.md: 0 findings (0 errors, 0 warnings, 0 infos)",
                                "Total: 0 findings (0 errors, 0 warnings, 0 infos) in 1 file"]


def test_the_summary_names_the_glossary_the_terms_were_checked_against() -> None:
    report, _ = build()
    files = (FileResult("a.md", None, (), ()),)
    out = render_text(Report(files, report.rules, glossaries=("journal.csv (2 concepts)",))).decode().splitlines()
    assert out[-2:] == ["Glossary: journal.csv (2 concepts).",
                        "Total: 0 findings (0 errors, 0 warnings, 0 infos) in 1 file"]
    out = render_text(Report(files, report.rules, glossaries=())).decode().splitlines()
    assert out[-2].startswith("No glossary:")

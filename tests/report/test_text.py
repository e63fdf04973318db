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
    assert lines[6] == "Total: 4 findings (1 error, 2 warnings, 1 info) in 1 file"
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

"""The draft glossary: per-file extraction, merge across files, and the round trip through check."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from zhen_qa.checks.termlist import draft, extract_file, merge_files
from zhen_qa.cli import main

DOC = ("摘要: 帕金森病的治疗进展。帕金森病患者很多。\n\nAbstract: Progress in treating Parkinson's disease. "
       "Parkinson's disease patients are many.\n\n1. 引言\n\n帕金森氏症是一种疾病。帕金森病的运动症状。\n")


def test_extract_is_per_file_and_merge_counts_across_files(tmp_path: Path) -> None:
    a, b = tmp_path / "a.md", tmp_path / "b.md"
    a.write_text(DOC, encoding="utf-8")
    b.write_text(DOC, encoding="utf-8")
    ra, rb = extract_file(str(a)), extract_file(str(b))
    assert ra.stats.zh["帕金森氏症"].count == 1
    assert ra.stats.zh["帕金森氏症"].first == ((str(a), 7), 1, 6)
    merged = merge_files([ra, rb])
    assert merged.zh["帕金森氏症"].count == 2
    entries = draft([str(a), str(b)])
    group = entries[0].concept
    assert (group.zh, group.zh_deprecated) == ("帕金森病", ("帕金森氏症",))


def test_terms_csv_validates_and_gives_term_variant_back(tmp_path: Path) -> None:
    doc = tmp_path / "doc.md"
    doc.write_text(DOC, encoding="utf-8")
    before = doc.read_bytes()
    out = tmp_path / "draft.csv"
    runner = CliRunner()
    res = runner.invoke(main, ["terms", str(doc), "--output", str(out)], catch_exceptions=False)
    assert res.exit_code == 0
    assert runner.invoke(main, ["glossary", "validate", str(out)]).exit_code == 0
    res = runner.invoke(main, ["check", str(doc), "--glossary", str(out), "--select", "term-variant,term-inconsistent",
                               "--fail-on", "never"], catch_exceptions=False)
    lines = [ln for ln in res.output.splitlines() if "[term-" in ln]
    assert len(lines) == 1 and ":7:1: warning [term-variant]" in lines[0] and "帕金森氏症" in lines[0]
    assert doc.read_bytes() == before


def test_terms_bad_input_is_one_line_and_exit_2(tmp_path: Path) -> None:
    res = CliRunner().invoke(main, ["terms", str(tmp_path / "missing.md")])
    assert res.exit_code == 2 and res.output.count("\n") == 1 and "error" in res.output

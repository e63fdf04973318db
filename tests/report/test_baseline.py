from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from zhen_qa.manuscript.errors import InputError
from zhen_qa.manuscript.source import SourceText
from zhen_qa.report.baseline import filter_new, finding_keys, load_baseline, write_baseline
from zhen_qa.report.findings import Finding, Severity


def variant(src: SourceText, occurrence: int, word: str = "分泌物") -> Finding:
    """A term-variant finding at the n-th occurrence of `word`."""
    start = -1
    for _ in range(occurrence + 1):
        start = src.text.index(word, start + 1)
    return Finding("term-variant", Severity.WARNING, f"{word} is deprecated", src.location(start, start + len(word)),
                   "zh", excerpt=word)


def test_edits_elsewhere_do_not_resurrect(tmp_path: Path) -> None:
    old = SourceText.from_text("doc.md", "分泌物一。\n\n分泌物二。\n")
    base = tmp_path / "baseline.json"
    assert write_baseline([variant(old, 0), variant(old, 1)], base) == 2
    # three lines inserted above and text added on the same line: positions move, nothing is new
    new = SourceText.from_text("doc.md", "新的一行\n另一行\n\n前言 分泌物一。\n\n分泌物二。\n")
    moved = [variant(new, 0), variant(new, 1)]
    assert moved[0].location.line == 4
    assert filter_new(moved, load_baseline(base)) == []


def test_new_occurrence_and_new_text_are_reported(tmp_path: Path) -> None:
    old = SourceText.from_text("doc.md", "分泌物一。\n")
    base = tmp_path / "b.json"
    write_baseline([variant(old, 0)], base)
    new = SourceText.from_text("doc.md", "分泌物一。分泌物二。分泌体三。\n")
    current = [variant(new, 0), variant(new, 1), variant(new, 0, "分泌体")]
    fresh = filter_new(current, load_baseline(base))
    assert fresh == current[1:]


def test_other_rule_or_file_is_new(tmp_path: Path) -> None:
    src = SourceText.from_text("doc.md", "分泌物。\n")
    f = variant(src, 0)
    base = tmp_path / "b.json"
    write_baseline([f], base)
    b = load_baseline(base)
    other_rule = replace(f, rule="term-forbidden")
    other_file = replace(f, location=replace(f.location, path="other.md"))
    assert filter_new([f, other_rule, other_file], b) == [other_rule, other_file]


def test_paths_relative_to_baseline_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path)
    src = SourceText.from_text("sub/doc.md", "分泌物。\n")
    write_baseline([variant(src, 0)], "sub/b.json")
    doc = json.loads((tmp_path / "sub" / "b.json").read_text(encoding="utf-8"))
    assert doc["findings"][0]["path"] == "doc.md"
    # the same file named from inside sub/ matches
    monkeypatch.chdir(tmp_path / "sub")
    again = SourceText.from_text("doc.md", "分泌物。\n")
    assert filter_new([variant(again, 0)], load_baseline("b.json")) == []


def test_message_fallback_ignores_numbers() -> None:
    loc = SourceText.from_text("d.md", "x\n").location(0, 1)
    a = Finding("monolingual-section", Severity.INFO, "Section 引言 (lines 3-9, 4 sentences)", loc, "zh")
    b = replace(a, message="Section 引言 (lines 5-11, 4 sentences)")
    c = replace(a, message="Section 方法 (lines 5-11, 4 sentences)")
    ka, kb, kc = finding_keys([a, b, c], ".")
    assert ka[2] == kb[2] != kc[2]
    assert (ka[3], kb[3]) == (0, 1)  # identical keys are told apart by occurrence


def test_deterministic_file(tmp_path: Path) -> None:
    src = SourceText.from_text("doc.md", "分泌物一。分泌物二。\n")
    fs = [variant(src, 1), variant(src, 0)]
    write_baseline(fs, tmp_path / "a.json")
    write_baseline(list(reversed(fs)), tmp_path / "b.json")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


@pytest.mark.parametrize("content", ["", "{}", "[1]", '{"version": 1, "findings": [{"rule": "x"}]}', "\xff"])
def test_bad_baseline_is_input_error(tmp_path: Path, content: str) -> None:
    p = tmp_path / "bad.json"
    p.write_text(content, encoding="latin-1")
    with pytest.raises(InputError) as err:
        load_baseline(p)
    assert "\n" not in str(err.value) and "bad.json" in str(err.value)


def test_missing_baseline_is_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not found"):
        load_baseline(tmp_path / "none.json")


def test_a_file_that_is_not_a_baseline_is_said_without_an_exception_name(tmp_path: Path) -> None:
    # "not a zhen-qa baseline file (UnicodeDecodeError)" / "(JSONDecodeError)" named Python's exceptions
    binary, csv = tmp_path / "b.bin", tmp_path / "g.csv"
    binary.write_bytes(b"\xff\xfe\x00\x81")
    csv.write_text("zh,en\n分泌组,secretome\n", encoding="utf-8")
    for path, said in ((binary, "(not UTF-8 text: a baseline is the JSON --write-baseline writes)"),
                       (csv, "(not JSON: line 1, column 1: Expecting value; a baseline is the JSON")):
        with pytest.raises(InputError) as err:
            load_baseline(path)
        assert said in str(err.value) and "Error)" not in str(err.value)

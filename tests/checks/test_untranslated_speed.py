"""`untranslated`'s per-sentence work reads each sentence's file from its source, not from a line-and-column location:
a Bible-sized book has 40,000 sentences, and working out a location for each (twice) was a tenth of its check."""
from __future__ import annotations

from pathlib import Path

import pytest

from zhen_qa.aligner.build import build_from_texts, load_manuscript
from zhen_qa.checks.container_titles import english_titles
from zhen_qa.checks.context import CheckContext, Options
from zhen_qa.checks.untranslated import run
from zhen_qa.manuscript.source import Location, SourceText

ZH = ("# 指南\n\n这个选项已经废弃，请使用新的选项。\n\n你可以在配置文件中设置它。\n\n"
      "::: warning Deprecated since version 2\n适用于新的写法。\n:::\n")
EN = "# Guide\n\nThis option is deprecated, use the new option instead.\n\nYou can set it in the configuration file.\n"


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls = [0]
    located = SourceText.location

    def location(self: SourceText, start: int, end: int) -> Location:
        calls[0] += 1
        return located(self, start, end)

    monkeypatch.setattr(SourceText, "location", location)
    return calls


def test_container_titles_read_the_sentences_files_without_locating_each_sentence(
        monkeypatch: pytest.MonkeyPatch) -> None:
    m = build_from_texts(ZH, "", "zh.md", "en.md", presplit=False)
    calls = _counting(monkeypatch)
    found = [(where.line, title) for where, title, _ in english_titles(m)]
    assert found == [(7, "Deprecated since version 2")]
    assert calls[0] == 0


def test_spans_of_a_chinese_book_without_findings_locate_nothing(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "book.md"
    path.write_text(ZH.split(":::")[0], encoding="utf-8")
    m = load_manuscript(str(path))
    assert m.monolingual and not m.pairs  # a Chinese file checked alone: its sentences are monolingual
    calls = _counting(monkeypatch)
    assert list(run(CheckContext(m, options=Options()))) == []
    assert calls[0] == 0

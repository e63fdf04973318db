"""The HTML report's highlight covers the whole span a finding names, also where several shown characters stand for
one place in the file (`\\cite{a,b}` shown "[1,2]", an entity left as it is)."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.report.chromium import Browser, Page
from zhen_qa.cli import main
from zhen_qa.manuscript.source import MappedText, SourceText
from zhen_qa.report.findings import Finding, Severity
from zhen_qa.report.html_place import Placer

ZH_TEX = "\\section{引言}\n分泌组可促进组织修复\\cite{wang2020,li2021}。间充质干细胞分泌多种因子。\n"
EN_TEX = ("\\section{Introduction}\nThe secretome promotes tissue repair \\cite{wang2020}. "
          "Mesenchymal stem cells secrete many factors.\n")


def test_a_span_over_characters_shown_for_one_place_covers_them_all() -> None:
    src = SourceText.from_text("u.xlf", "<t>R&unknown;D</t>")
    a = src.text.index("&")
    # the reader keeps an entity it cannot decode as its text, every character at the "&"
    shown = MappedText("R&unknown;D", [a - 1, *[a] * 9, a + 9], src)
    placer = Placer([shown])
    whole = Finding("term-variant", Severity.WARNING, "m", src.location(a - 1, a + 10), "en")
    entity = Finding("term-variant", Severity.WARNING, "m", src.location(a, a + 9), "en")
    assert placer.place(whole) == (0, 0, 11)
    assert placer.place(entity) == (0, 1, 10)
    one = Finding("x", Severity.WARNING, "m", src.location(a + 9, a + 9), "en")  # at "D", an empty span
    assert placer.place(one) == (0, 10, 10)


def _report(tmp_path: Path) -> Path:
    (tmp_path / "p.zh.tex").write_text(ZH_TEX, encoding="utf-8")
    (tmp_path / "p.en.tex").write_text(EN_TEX, encoding="utf-8")
    out = tmp_path / "r.html"
    result = CliRunner().invoke(main, ["check", str(tmp_path / "p.zh.tex"), "--en", str(tmp_path / "p.en.tex"),
                                       "--format", "html", "--output", str(out)], catch_exceptions=False)
    assert result.exit_code == 1, result.output
    return out


def test_a_latex_citation_finding_highlights_the_whole_marker(tmp_path: Path) -> None:
    html = _report(tmp_path).read_text(encoding="utf-8")
    assert 'data-rule="citation-mismatch" data-severity="warning">[1,2]</span>' in html


@pytest.mark.slow
def test_in_headless_chromium_the_citation_highlight_is_the_marker(tmp_path: Path, browser: Browser) -> None:
    page = Page(browser)
    page.goto(_report(tmp_path).as_uri())
    assert page.eval("Array.from(document.querySelectorAll('span.hit[data-rule=\"citation-mismatch\"]'))"
                     ".map(s => s.textContent)") == ["[1,2]", "[1,2]"]  # the text and the side-by-side view
    assert page.console_errors() == []

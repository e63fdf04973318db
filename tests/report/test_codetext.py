"""Findings quote inline code as written in the file, never the prose view's mask (U+FFFC)."""
from __future__ import annotations

from pathlib import Path

from zhen_qa.aligner.build import load_manuscript
from zhen_qa.checks.engine import check_manuscript
from zhen_qa.report.codetext import MAX_CODE_SHOWN

ZH = ("# 标题\n\n图表的位置可以设置。\n\n组件的宽度可以用百分比表示。\n\n"
      "这个段落没有被翻译成英文，里面有 `setOption({grid: 1})` 和 `{left: 23}` 两段代码。\n")
EN = "# Title\n\nThe position of the chart can be set.\n\nThe width of a component can be a percentage.\n"


def test_a_message_quotes_the_code_of_the_file(tmp_path: Path) -> None:
    (tmp_path / "a.zh.md").write_text(ZH, encoding="utf-8")
    (tmp_path / "a.en.md").write_text(EN, encoding="utf-8")
    ms = load_manuscript(str(tmp_path / "a.zh.md"), str(tmp_path / "a.en.md"))
    found = [f for f in check_manuscript(ms, select=["untranslated"]) if "代码" in f.message]
    assert found, "the untranslated paragraph is reported"
    for f in found:
        assert "\ufffc" not in f.message + f.excerpt
        assert "`setOption({grid: 1})` 和 `{left: 23}`" in f.message


def test_long_code_is_shortened_with_an_ellipsis(tmp_path: Path) -> None:
    code = "x" * 30 + "y" * 30
    (tmp_path / "a.zh.md").write_text(ZH.replace("{left: 23}", code), encoding="utf-8")
    (tmp_path / "a.en.md").write_text(EN, encoding="utf-8")
    ms = load_manuscript(str(tmp_path / "a.zh.md"), str(tmp_path / "a.en.md"))
    (f,) = [f for f in check_manuscript(ms, select=["untranslated"]) if "代码" in f.message]
    shown = f.message.split("和 ")[1].split(" 两段")[0]
    assert shown.startswith("`xxx") and shown.endswith("yyy`") and "…" in shown
    assert len(shown) <= MAX_CODE_SHOWN + 2


def test_the_html_report_shows_the_code_not_the_mask(tmp_path: Path) -> None:
    from zhen_qa.checks.registry import RULES
    from zhen_qa.report.html import render_html
    from zhen_qa.report.model import FileResult, Report

    (tmp_path / "a.zh.md").write_text(ZH, encoding="utf-8")
    (tmp_path / "a.en.md").write_text(EN, encoding="utf-8")
    ms = load_manuscript(str(tmp_path / "a.zh.md"), str(tmp_path / "a.en.md"))
    findings = tuple(check_manuscript(ms, select=["untranslated"]))
    assert findings
    result = FileResult(ms.path, None, tuple(ms.pairs), findings, blocks=tuple(ms.blocks))
    page = render_html(Report((result,), tuple(RULES), {})).decode("utf-8")
    assert "\ufffc" not in page
    assert "setOption({grid: 1})" in page


def test_the_html_report_shows_a_latex_keyword_list_as_written(tmp_path: Path) -> None:
    # the LaTeX reader reads the list's separator "," as "，" (the template typesets it, the checks must not flag
    # it); the document view and an excerpt showed "分泌组， 再生医学", which is not in the file
    from zhen_qa.checks.registry import RULES
    from zhen_qa.report.html import render_html
    from zhen_qa.report.model import FileResult, Report

    tex = ("\\documentclass{thuthesis}\n\\thusetup{\n  keywords = {分泌组, 再生医学},\n"
           "  keywords* = {Secretome, Regenerative Medicine},\n}\n\\begin{document}\n"
           "\\begin{abstract}\n  分泌组是一种新的治疗手段,很有前景。\n\\end{abstract}\n"
           "\\begin{abstract*}\n  The secretome is a new therapy.\n\\end{abstract*}\n\\end{document}\n")
    (tmp_path / "main.tex").write_text(tex, encoding="utf-8")
    ms = load_manuscript(str(tmp_path / "main.tex"))
    assert any("分泌组，" in b.text.text for b in ms.blocks), "the reader widens the separator for the checks"
    findings = tuple(check_manuscript(ms))
    result = FileResult(ms.path, None, tuple(ms.pairs), findings, blocks=tuple(ms.blocks))
    page = render_html(Report((result,), tuple(RULES), {})).decode("utf-8")
    assert "分泌组, 再生医学" in page and "分泌组，" not in page

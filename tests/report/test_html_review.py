"""The review page without a browser: Markdown shown as text, excerpt spans, grouping, relative paths."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.report.test_html import parse
from zhen_qa.checks.run import Flags, run_check
from zhen_qa.report.baseline import load_baseline
from zhen_qa.report.html import render_html
from zhen_qa.report.html_text import excerpt_html, markdown_markup
from zhen_qa.report.model import Report

PAPER = """# 分泌组与**再生医学**

# The *secretome* and regenerative medicine

摘要: 分泌物在`再生医疗`中很重要,见[图1](http://example.invalid/f1)。

Abstract: The **secretome** matters in regenerative medicine.

## 1 引言

- 正文只有*中文*, 没有英文。
"""


def _shown(text: str) -> str:
    hidden = markdown_markup(text)
    return "".join(ch for i, ch in enumerate(text) if i not in hidden)


def test_markdown_markup_is_hidden_but_prose_kept() -> None:
    assert _shown("# 标题 **粗体**") == "标题 粗体"
    assert _shown("见`代码`与[图1](http://x.invalid/a \"t\")。") == "见代码与图1。"
    assert _shown("- 列表 *项*") == "列表 项"
    assert _shown("2*3 = 6 and a * b") == "2*3 = 6 and a * b"
    assert _shown("snake_case") == "snake_case"


def test_excerpt_marks_the_exact_span() -> None:
    text = "甲,乙,丙"
    assert excerpt_html(text, text, 3, 4) == '甲,乙<mark class="span">,</mark>丙'
    assert excerpt_html("…乙,丙", text, 3, 4) == '…乙<mark class="span">,</mark>丙'
    assert excerpt_html("<b>", None, 0, 0) == "&lt;b&gt;"


@pytest.fixture
def paper(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Report:
    (tmp_path / "paper.md").write_text(PAPER, encoding="utf-8")
    (tmp_path / "g.csv").write_text("id,zh,en,zh_admitted,en_admitted,zh_deprecated,en_deprecated,note\n"
                                    "secretome,分泌组,secretome,,,分泌物,,\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return run_check(["paper.md"], None, Flags(glossaries=("g.csv",)))


def test_document_in_reading_order_with_markdown_as_text(paper: Report) -> None:
    html = render_html(paper).decode("utf-8")
    start = html.index('<section class="document">')
    doc = parse(html[start:html.index("</section>", start)].encode("utf-8"))
    text = "".join(doc.text)
    assert "11正文只有中文4, 没有英文。" in text  # the Chinese body (no English side), finding 4 inline
    assert text.index("分泌组与再生医学") < text.index("正文只有中文")
    assert "**" not in text and "`" not in text and "http://example.invalid" not in text
    assert "见图1。" in text and "5摘要1: 分泌物" in text  # the half-width colon (finding 1) marked in its label
    blocks = [a for t, a in doc.tags if "blk" in (a.get("class") or "").split()]
    assert len(blocks) == len(paper.files[0].blocks)


def test_findings_grouped_by_rule_with_relative_paths(paper: Report, tmp_path: Path) -> None:
    html = render_html(paper, root=str(tmp_path)).decode("utf-8")
    doc = parse(html.encode("utf-8"))
    groups = [a["data-rule-group"] for t, a in doc.tags if a.get("data-rule-group")]
    rows = [a for t, a in doc.tags if "finding-row" in (a.get("class") or "").split()]
    members = sum(len(a.get("data-members", "n").split()) for a in rows)
    assert sorted(groups) == sorted({a["data-rule"] for a in rows}) and members == len(paper.findings)
    assert str(tmp_path) not in "".join(doc.text)  # paths shown relative
    assert "paper.md:" in "".join(doc.text)
    keys = [json.loads(a["data-key"]) for a in rows]
    assert {k["path"] for k in keys} == {"paper.md"}
    assert all(set(k) == {"rule", "path", "fingerprint", "occurrence", "line", "message"} for k in keys)


def test_a_baseline_may_name_its_root(tmp_path: Path) -> None:
    (tmp_path / "b.json").write_text(json.dumps({"version": 1, "root": "/elsewhere", "findings": []}))
    assert load_baseline(tmp_path / "b.json").base_dir == "/elsewhere"
    (tmp_path / "c.json").write_text(json.dumps({"version": 1, "findings": []}))
    assert load_baseline(tmp_path / "c.json").base_dir == str(tmp_path)


def test_the_same_finding_recurring_on_a_line_is_one_row_and_a_different_one_keeps_its_own(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Three half-width commas and a half-width colon on one line: one row for the commas (every comma keeps its
    number, its mark in the text, its baseline entry and a `list-N` anchor), one row for the colon."""
    (tmp_path / "p.md").write_text("# 标题\n\n甲,乙,丙:丁,戊。\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    report = run_check(["p.md"], None, Flags())
    widths = [f for f in report.files[0].findings if f.rule == "punctuation-width"]
    assert len(widths) == 4
    doc = parse(render_html(report))
    rows = [a for t, a in doc.tags if "finding-row" in (a.get("class") or "").split()
            and a["data-rule"] == "punctuation-width"]
    assert len(rows) == 2
    grouped = [a for a in rows if "data-members" in a]
    assert len(grouped) == 1 and len(grouped[0]["data-members"].split()) == 3
    keys = json.loads(grouped[0]["data-keys"])
    assert [k["message"] for k in keys] == ['half-width "," in Chinese text'] * 3
    anchors = {a["id"] for t, a in doc.tags if a.get("id", "").startswith("list-")}
    assert {f"list-{n}" for n in grouped[0]["data-members"].split()} <= anchors
    text = "".join(doc.text)
    assert "(+2 more on this line, columns" in text


def test_a_word_document_is_named_by_paragraph_and_character(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("标题")
    d.add_paragraph("甲,乙,丙。")
    d.save(str(tmp_path / "m.docx"))
    monkeypatch.chdir(tmp_path)
    report = run_check(["m.docx"], None, Flags())
    text = "".join(parse(render_html(report)).text)
    assert "m.docx (paragraph 2, character 2)" in text and "(+1 more in this paragraph, character 4)" in text
    assert "m.docx:2:2" not in text

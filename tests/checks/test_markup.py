"""Markup findings: an unescaped percent sign in LaTeX prose is one finding, its line checked as meant."""
from __future__ import annotations

from pathlib import Path

from zhen_qa.aligner.build import load_manuscript
from zhen_qa.checks.engine import check_manuscript

THESIS = r"""\documentclass{thuthesis}
\begin{document}
\begin{abstract}
优化使写入延迟降低了72.5\%，同时节省了28.4\%的磁盘资源和95.1\%的网络带宽。
\end{abstract}
\begin{abstract*}
The optimizations reduced write latency by 72.5%, while saving 28.4% of disk resources and 95.1% of
network bandwidth.
\end{abstract*}
\mainmatter
\chapter{引言}
正文的比例为 $10\%$，另一比例为 20\%。% 真正的注释
\end{document}
"""


def _findings(tmp_path: Path, text: str) -> list:  # type: ignore[type-arg]
    path = tmp_path / "main.tex"
    path.write_text(text, encoding="utf-8")
    return check_manuscript(load_manuscript(str(path)), None)


def test_one_finding_at_the_percent_and_no_consequences(tmp_path: Path) -> None:
    findings = [f for f in _findings(tmp_path, THESIS) if f.rule != "monolingual-section"]
    assert [(f.rule, f.location.line, f.location.column) for f in findings] == [("unescaped-percent", 7, 48)]
    (f,) = findings
    assert f.message.startswith("unescaped % after 72.5: TeX reads the rest of the line as a comment")
    assert "“, while saving 28.4% of disk resources and 95.1% of”" in f.message
    assert f.suggestion == "\\%" and f.lang == "en"


def test_escaped_percents_math_and_real_comments_are_not_reported(tmp_path: Path) -> None:
    fixed = THESIS.replace("72.5%", "72.5\\%").replace("28.4%", "28.4\\%").replace("95.1%", "95.1\\%")
    assert [f.rule for f in _findings(tmp_path, fixed) if f.rule == "unescaped-percent"] == []


def test_a_slip_in_chinese_prose_is_reported_once_per_line(tmp_path: Path) -> None:
    zh = THESIS.replace("降低了72.5\\%，同时节省了28.4\\%", "降低了72.5%，同时节省了28.4%")
    found = [(f.lang, f.location.line, f.location.column) for f in _findings(tmp_path, zh)
             if f.rule == "unescaped-percent"]
    assert found == [("zh", 4, 15), ("en", 7, 48)]

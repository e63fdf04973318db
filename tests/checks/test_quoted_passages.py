"""A passage a Chinese LaTeX document quotes in a quote environment is kept in its language: no English left."""
from __future__ import annotations

from pathlib import Path

from zhen_qa.aligner.build import load_manuscript
from zhen_qa.checks.engine import check_manuscript

THESIS = r"""\documentclass{ctexart}
\begin{document}
\section{方法}
我们把所有帧的描述按时间顺序拼接，作为提示词输入大语言模型，提示词如下：
\begin{quote}
Here is a sequence of frame captions from a video scene. Please summarize what happens in this scene.
\end{quote}
模型随后输出该场景的摘要。
\end{document}
"""


def _spans(tmp_path: Path, text: str) -> list[int]:
    path = tmp_path / "main.tex"
    path.write_text(text, encoding="utf-8")
    return [f.location.line for f in check_manuscript(load_manuscript(str(path)), None)
            if f.rule == "untranslated-span"]


def test_english_quoted_in_a_quote_environment_is_not_english_left_in_the_chinese(tmp_path: Path) -> None:
    assert _spans(tmp_path, THESIS) == []
    assert _spans(tmp_path, THESIS.replace("{quote}", "{quotation}")) == []


def test_the_same_english_outside_a_quotation_is_still_reported(tmp_path: Path) -> None:
    text = THESIS.replace("\\begin{quote}\n", "").replace("\\end{quote}\n", "")
    assert _spans(tmp_path, text) == [5]


def test_a_chinese_sentence_in_a_quote_environment_with_english_left_in_it_is_still_reported(tmp_path: Path) -> None:
    """review53 R15: the quoted passage is Chinese; the English phrase in it was left untranslated."""
    text = THESIS.replace(
        "Here is a sequence of frame captions from a video scene. Please summarize what happens in this scene.",
        "实验结果主要取决于 the quality of training data，而不是模型的规模。")
    assert _spans(tmp_path, text) == [6]

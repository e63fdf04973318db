"""A unit of only a discourse marker and code spans completes the sentence before it."""
from __future__ import annotations

import pytest

from zhen_qa.manuscript.segment import split_zh

CODE = "\ufffc"  # what inline code is in the Markdown prose view


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_zh(text)]


@pytest.mark.parametrize("tail", [f"例如 {CODE}。", f"如：{CODE}、{CODE}。", f"{CODE}和{CODE}。", "比如 fooBar.baz。"])
def test_a_code_example_stays_with_its_sentence(tail: str) -> None:
    assert sentences(f"宽度用 {CODE} 形式书写。{tail}下一句话。") == [f"宽度用 {CODE} 形式书写。{tail}", "下一句话。"]


@pytest.mark.parametrize("text", ["第一句话。OK！", f"第一句话。例如这样写 {CODE}。", f"第一句话。\n例如 {CODE}。"])
def test_other_short_units_stay_sentences(text: str) -> None:
    assert len(sentences(text)) == 2

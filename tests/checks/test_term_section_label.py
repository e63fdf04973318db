"""A Chinese term a short English label leaves to the heading of its section (`term_section_label`)."""
from __future__ import annotations

from pathlib import Path

from tests.checks.terms_kit import page_term_findings, page_term_lines
from zhen_qa.checks.term_section_label import is_label

GLOSSARY = "tp,类型提升,type promotion\n"
ZH = ("# 介绍\n\n运行 `paddle.add` 即可。\n\n## 类型提升使用方法\n\n1、对于支持隐式类型提升的情况\n\n"
      "```python\nc = a + b\n```\n\n以下是 Tensor 之间类型提升的样例：\n\n```python\nd = a - b\n```\n")
EN = ("# Introduction\n\nRun `paddle.add`.\n\n## How to Use Type Promotion\n\n1. For Supported Case\n\n```python\n"
      "c = a + b\n```\n\nSample Code:\n\n```python\nd = a - b\n```\n")


def test_a_label_under_a_heading_naming_the_term_on_both_sides(tmp_path: Path) -> None:
    """1、对于支持隐式类型提升的情况 = "1. For Supported Case", 以下是…类型提升的样例： = "Sample Code:" under
    "How to Use Type Promotion" (## 类型提升使用方法): the heading above says the term."""
    assert page_term_lines(tmp_path, ZH, EN, GLOSSARY, "zh") == []


BOTH = "「类型提升」 has no “type promotion” in the aligned English of 2 sentences (Chinese lines 7 and 13)"


def test_a_heading_that_does_not_name_the_term_keeps_the_finding(tmp_path: Path) -> None:
    zh = ZH.replace("## 类型提升使用方法", "## 使用方法")
    en = EN.replace("## How to Use Type Promotion", "## How to Use It")
    assert [f.message for f in page_term_findings(tmp_path, zh, en, GLOSSARY)] == [BOTH]


def test_a_sentence_keeps_the_finding(tmp_path: Path) -> None:
    """"The code below adds two tensors of different types." is a sentence that drops the term, no label."""
    en = EN.replace("Sample Code:", "The code below adds two tensors of different types.")
    assert page_term_lines(tmp_path, ZH, en, GLOSSARY, "zh") == [13]


def test_a_markdown_heading_is_left_to_the_heading_excuses(tmp_path: Path) -> None:
    """"### For Supported Case" titles a section of its own: not a label here."""
    zh = ZH.replace("1、对于", "### 1、对于")
    en = EN.replace("1. For Supported Case", "### 1. For Supported Case")
    assert page_term_lines(tmp_path, zh, en, GLOSSARY, "zh") == [7]


def test_a_label_is_a_few_words_without_a_full_stop() -> None:
    assert is_label("1. For Supported Case") and is_label("Sample Code:") and is_label("2、For Unsupported Case")
    assert not is_label("The code below adds two tensors.") and not is_label("See the table of all supported cases")

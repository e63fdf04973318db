"""checks.note_beside: a bracketed note after a Chinese sentence's 。, given by the English inside that sentence, is
translated; a note the English leaves out is still reported."""
from __future__ import annotations

from zhen_qa.aligner.build import build_from_texts
from zhen_qa.checks.engine import check_manuscript

ZH = """# 校验

## 规则

1. const，必须为指定值。
2. not_nil，该字段不能为空。（仅当字段为 optional 时合法）
3. in，表示可以使用的值。
"""
EN_INSIDE = """# Validation

## Rules

1. const, must be the specified value.
2. not_nil, the field cannot be empty (only valid if the field is optional).
3. in, the values that may be used.
"""
EN_LEFT_OUT = EN_INSIDE.replace(" (only valid if the field is optional)", "")


def _untranslated(zh: str, en: str) -> list[str]:
    ms = build_from_texts(zh, en, "a.zh.md", "a.en.md", presplit=False)
    return [f.excerpt for f in check_manuscript(ms, select=["untranslated"])]


def test_a_note_the_english_gives_inside_the_sentence_is_translated() -> None:
    assert _untranslated(ZH, EN_INSIDE) == []


def test_a_note_the_english_leaves_out_is_still_reported() -> None:
    assert _untranslated(ZH, EN_LEFT_OUT) == ["（仅当字段为 optional 时合法）"]


def test_a_parenthetical_rendering_only_part_of_the_note_leaves_it_reported() -> None:
    """review of maixpy pinmap zh 118 (a T row): the English "(source code here)" renders only the end of
    （有兴趣可以提交 PR 优化，源码在这里）; the request to submit a PR has no English, so the note stays reported."""
    zh = ZH.replace("（仅当字段为 optional 时合法）", "（有兴趣可以提交 PR 优化，源码在这里）")
    en = EN_INSIDE.replace("(only valid if the field is optional)", "(source code here)")
    assert _untranslated(zh, en) == ["（有兴趣可以提交 PR 优化，源码在这里）"]


def test_a_han_only_note_needs_more_than_one_word_said() -> None:
    """review62b R24: a note in Han only has no Latin token to tie it to the parenthetical, so one stem said
    ("value") is not enough: （服务端会忽略该字段的默认值） beside "(the value of the field must be set)" is left
    out."""
    zh = ZH.replace("（仅当字段为 optional 时合法）", "（服务端会忽略该字段的默认值）")
    en = EN_INSIDE.replace("(only valid if the field is optional)", "(the value of the field must be set)")
    assert _untranslated(zh, en) == ["（服务端会忽略该字段的默认值）"]

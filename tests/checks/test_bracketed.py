"""checks.bracketed: whether a run stands inside brackets or quotation marks."""
from __future__ import annotations

from zhen_qa.checks.bracketed import in_parentheses, inside_brackets, inside_quotes


def test_a_chinese_gloss_after_latin_text_is_in_parentheses() -> None:
    text = "the secretome (分泌组) of stem cells"
    start = text.index("分")
    assert in_parentheses(text, start, start + 3)
    assert not in_parentheses("(分泌组) first", 1, 4)  # no Latin text before the brackets
    bare = "the secretome 分泌组 of stem cells"
    assert not in_parentheses(bare, bare.index("分"), bare.index("分") + 3)


def test_an_open_bracket_before_a_run_encloses_it_a_closed_one_does_not() -> None:
    assert inside_brackets("纽约心脏学会（New York Heart Association", 7)
    assert not inside_brackets("纽约（NY）心脏学会 New York Heart Association", 11)


def test_an_open_quotation_mark_before_a_run_encloses_it() -> None:
    assert inside_quotes("出现 “failed to fetch", 4)
    assert inside_quotes('出现 "failed to fetch', 4)
    assert not inside_quotes("出现 “错误” failed to fetch", 7)

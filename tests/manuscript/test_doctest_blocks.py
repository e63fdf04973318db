"""Doctest blocks: a Python session whose code the translation keeps, its comments translated, is code."""
from __future__ import annotations

from zhen_qa.manuscript.doctest_blocks import is_doctest, same_session, session_code


def test_a_doctest_block_starts_with_the_prompt_and_a_blank_or_the_line_end() -> None:
    assert is_doctest(">>> n = 3\n>>> n\n3")
    assert is_doctest("\n>>>\n>>> 1")
    assert not is_doctest(">>>n = 3")  # docutils wants a blank after the prompt
    assert not is_doctest("Type `>>>` at the prompt.")
    assert not is_doctest("The prompt >>> appears.")


def test_the_code_is_the_prompt_lines_without_comments_and_the_output() -> None:
    text = (">>> s = 'a # b'  # a hash inside a string is code\n"
            ">>> t = \"it's\"  # an apostrophe inside a string\n"
            "... # only a comment\n"
            "'a # b'   ")
    assert session_code(text) == [">>> s = 'a # b'", ">>> t = \"it's\"", "...", "'a # b'"]


def test_a_triple_quoted_string_goes_on_over_continuation_lines() -> None:
    text = '>>> print("""\\\n... Usage: x [#opts]  # not a comment\n... """)  # a comment\nUsage: x [#opts]'
    assert session_code(text) == ['>>> print("""\\', '... Usage: x [#opts]  # not a comment', '... """)',
                                  "Usage: x [#opts]"]


def test_translated_comments_keep_the_session_but_changed_code_does_not() -> None:
    en = ">>> word[0:2]  # characters from position 0 (included) to 2 (excluded)\n'Py'"
    assert same_session(en, ">>> word[0:2]  # 从 0 号位 (含) 到 2 号位 (不含) 的字符\n'Py'")
    assert not same_session(en, ">>> word[0:3]  # 从 0 号位 (含) 到 3 号位 (不含) 的字符\n'Py'")  # code changed
    assert not same_session(en, ">>> word[0:2]\n'Pyt'")  # output changed
    assert not same_session(en, ">>> word[0:2]")  # output dropped
    assert not same_session(en, "切片的结果是 'Py'。")  # prose in place of the session
    assert not same_session("Slices give 'Py'.", "Slices give 'Py'.")  # no session: prose identical to the English

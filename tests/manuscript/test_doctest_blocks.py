"""Doctest blocks: a Python session whose code the translation keeps, its comments translated, is code."""
from __future__ import annotations

from zhen_qa.manuscript.doctest_blocks import is_doctest, kept_comments, same_session, session_code


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


def test_a_comment_kept_in_english_is_prose_left_untranslated() -> None:
    en = (">>> 7 % 3  # the remainder is what the division leaves\n1\n"
          ">>> 7 // 3  # the quotient is rounded down\n2")
    half = (">>> 7 % 3  # 余数是除法剩下的部分\n1\n"
            ">>> 7 // 3  # the quotient is rounded down\n2")
    assert kept_comments(en, en) == ["# the remainder is what the division leaves", "# the quotient is rounded down"]
    assert not same_session(en, en)  # copied whole, its comments in English: not translated
    assert kept_comments(en, half) == ["# the quotient is rounded down"]
    assert not same_session(en, half)  # one comment left in English
    assert same_session(en, half.replace("the quotient is rounded down", "商向下取整"))
    assert same_session(en, ">>> 7 % 3\n1\n>>> 7 // 3\n2")  # the comments left out: nothing left in English


def test_a_session_without_words_in_its_comments_is_the_same_session_when_copied() -> None:
    plain = ">>> n = 'Python'\n>>> n[0]\n'P'"
    assert same_session(plain, plain)  # no comment: nothing to translate
    marked = ">>> n[-1]  # -1\n'n'\n>>> print(n)  # doctest: +NORMALIZE_WHITESPACE\nPython"
    assert kept_comments(marked, marked) == []  # a comment without a word, a doctest directive
    assert same_session(marked, marked)

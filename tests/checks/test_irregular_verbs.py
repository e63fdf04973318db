"""irregular_verbs: the base of an irregular past or participle; other words have none."""
from __future__ import annotations

from zhen_qa.checks.irregular_verbs import irregular_base


def test_irregular_forms_give_their_base() -> None:
    assert irregular_base("built") == "build" and irregular_base("Written") == "write"
    assert irregular_base("rebuilt") == "rebuild" and irregular_base("chosen") == "choose"


def test_regular_forms_and_ambiguous_words_have_no_irregular_base() -> None:
    assert irregular_base("compiled") is None and irregular_base("build") is None
    assert irregular_base("left") is None and irregular_base("found") is None  # words of their own too

"""reStructuredText role prefixes in a unit's text: markup where docutils reads a role, text where it does not."""
from __future__ import annotations

import pytest

from zhen_qa.manuscript.rest_roles import role_prefixes, substitution_names


def _prefixes(text: str) -> list[str]:
    return [text[a:b] for a, b in role_prefixes(text)]


def test_a_role_set_off_by_blanks_or_punctuation_is_markup() -> None:
    assert _prefixes("按下 :kbd:`Ctrl` 键。") == [":kbd:"]
    assert _prefixes(":guilabel:`OK`") == [":guilabel:"]
    assert _prefixes("（:kbd:`Ctrl`）或“:menuselection:`文件 --> 打开`”") == [":kbd:", ":menuselection:"]
    assert _prefixes("参阅 :py:func:`open`，然后 :ref:`面板 <panel>`。") == [":py:func:", ":ref:"]


def test_a_role_glued_to_a_word_is_text() -> None:
    assert _prefixes("点击:guilabel:`OK`来登录") == []
    assert _prefixes("按 :guilabel:`锁定`按钮") == []
    assert _prefixes("由:guilabel:`远程浏览`和") == []


def test_colons_that_are_no_role_are_text() -> None:
    assert _prefixes("时间: 10:30，注意:`x` 是代码") == []
    assert _prefixes("按 :kbd:` Ctrl` 键") == []  # interpreted text may not start with a blank
    assert _prefixes("按 :kbd:Ctrl 键") == []


def test_the_rule_is_docutils_own() -> None:
    core = pytest.importorskip("docutils.core")
    texts = ["按 :code:`锁定` 按钮", "按 :code:`锁定`按钮", "由:code:`远程浏览`和", "按下 :code:`Ctrl`。",
             "（:code:`Ctrl`）", "计算机：:code:`Ctrl`，", "点击:code:`OK` 来", "a :code:`b`-c", "x—:code:`y`"]
    for text in texts:
        body = core.publish_parts(text, writer_name="html", settings_overrides={"report_level": 5})["body"]
        assert (":code:" not in body) == bool(role_prefixes(text)), text


def test_substitution_names_are_the_references_written_with_bars() -> None:
    texts = ["The |powered-on| (:guilabel:`Only`) button hides computers.", "Click |help-about|.",
             "|zoom|_ resizes", "File|Edit|View", "Open | Close", "Power on"]
    assert substitution_names(texts) == {"powered-on", "help-about", "zoom"}

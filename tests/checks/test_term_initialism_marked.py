"""Tests of checks.term_initialism_marked: the initialism of a term with its marked modifier."""
from __future__ import annotations

from tests.checks.terms_kit import gl, missing_with
from zhen_qa.glossary.model import Concept

SIGMOID = Concept("sigmoidoscopy", "乙状结肠镜", "sigmoidoscopy")
ZH = "软式乙状结肠镜检查结果为阳性则需行结肠镜。"


missing = missing_with(gl(SIGMOID))


def test_the_modified_term_as_one_initialism() -> None:
    assert missing(ZH, "A positive FS qualified for colonoscopy.") == []


def test_an_initialism_that_spells_something_else_renders_nothing() -> None:
    assert len(missing(ZH, "A positive FOBT qualified for colonoscopy.")) == 1
    # defined in parentheses: the words before it spell the term out and must render it
    assert len(missing(ZH, "A positive flexible substance (FS) qualified for colonoscopy.")) == 1
    # no marked modifier before the term: 收到 "receive" is a verb, not an attribute of the term
    assert len(missing("收到乙状结肠镜检查结果为阳性则需行结肠镜。", "A positive RS qualified for colonoscopy.")) == 1
    assert len(missing("乙状结肠镜检查结果为阳性则需行结肠镜。", "A positive FS qualified for colonoscopy.")) == 1

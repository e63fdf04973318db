"""Tests of checks.term_initialism_modified: the initialism of a term with the modifier the Chinese puts before it."""
from __future__ import annotations

from tests.checks.terms_kit import gl, only, run
from zhen_qa.glossary.model import Concept

SIGMOID = Concept("sigmoidoscopy", "乙状结肠镜", "sigmoidoscopy")


def missing(zh: str, en: str) -> list[str]:
    return [f.message for f in only(run(gl(SIGMOID), [zh], [en]), "term-missing")]


def test_the_modified_term_as_one_initialism() -> None:
    assert missing("软式乙状结肠镜检查结果为阳性则需行结肠镜。", "A positive FS qualified for colonoscopy.") == []


def test_an_initialism_that_spells_something_else_renders_nothing() -> None:
    # FOBT spells no gloss of 软 followed by "sigmoidoscopy"
    assert len(missing("软式乙状结肠镜检查结果为阳性则需行结肠镜。", "A positive FOBT qualified for colonoscopy.")) == 1
    # no modifier before the term in the Chinese: "FS" is not read as its initialism
    assert len(missing("乙状结肠镜检查结果为阳性则需行结肠镜。", "A positive FS qualified for colonoscopy.")) == 1

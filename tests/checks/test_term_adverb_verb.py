"""Tests of checks.term_adverb_verb: a two-word term (懒惰初始化, "lazy initialization") said as adverb + verb."""
from __future__ import annotations

from tests.checks.terms_kit import gl, term_missing
from zhen_qa.checks.term_adverb_verb import said_as_adverb_verb
from zhen_qa.glossary.model import Concept

LAZY = Concept("lazy-init", "懒惰初始化", "lazy initialization")


def missing(zh: str, en: str) -> list[str]:
    return term_missing(gl(LAZY), [zh], [en])


def test_the_term_said_as_adverb_and_verb_is_rendered() -> None:
    zh = "不是所有的模型都可以懒惰初始化。"
    assert missing(zh, "Not all models can be lazily initialized.") == []
    assert said_as_adverb_verb(["dynamic allocation"], "buffers are dynamically allocated at start")
    assert said_as_adverb_verb(["lazy initialization"], "the model is initialized lazily")


def test_a_word_of_the_term_left_out_or_changed_is_still_missing() -> None:
    zh = "不是所有的模型都可以懒惰初始化。"
    # the adjective dropped: a real drop of 懒惰
    assert len(missing(zh, "Not all models can be initialized.")) == 1
    # the adverb beside another verb: 初始化 is not said
    assert len(missing(zh, "Not all models can be lazily loaded.")) == 1
    # the adverb away from the verb says nothing of the term
    assert not said_as_adverb_verb(["lazy initialization"], "lazily, the code runs; initialization is separate")

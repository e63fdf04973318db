"""Tests of checks.term_own_derivation: an admitted alternative that is the preferred term's own noun of action."""
from __future__ import annotations

from tests.checks.terms_kit import only, run
from zhen_qa.checks.term_own_derivation import own_derivation
from zhen_qa.glossary.model import Concept, Glossary


def test_own_derivation_is_a_longer_noun_of_action_on_the_preferred_words_stem() -> None:
    assert own_derivation("compilation", "compile") and own_derivation("caching", "cache")
    assert own_derivation("checkpointing", "checkpoint") and own_derivation("Partitioning", "partition")
    # plurals, verb forms, shorter forms and other words are not
    assert not own_derivation("routes", "route") and not own_derivation("strategies", "strategy")
    assert not own_derivation("trained", "train") and not own_derivation("train", "training")
    assert not own_derivation("build", "compile") and not own_derivation("outcome", "prognosis")
    assert not own_derivation("using", "use")  # a stem shorter than STEM_MIN
    assert not own_derivation("model training", "model train")


def test_the_preferred_terms_own_noun_of_action_admitted_keeps_the_check() -> None:
    """"compilation" admitted for 编译 "compile" has many lexicon senses (汇编, 合辑), yet it is the preferred word's
    own noun: a Chinese sentence dropping 编译 beside it lacks the term (it started no finding before)."""
    g = Glossary.build([Concept("compile", "编译", "compile", en_admitted=("build", "compilation"))], "g.csv")
    en = "First, complete the local compilation according to the commands."
    (f,) = only(run(g, ["首先，根据构建命令完成源码和安装。"], [en]), "term-missing")
    assert f.lang == "en" and f.suggestion == "编译"
    assert only(run(g, ["首先，根据构建命令完成源码编译和安装。"], [en]), "term-missing") == []


def test_a_general_admitted_word_that_is_no_own_noun_still_starts_no_finding() -> None:
    """"build", also admitted for 编译, is another word (a building, a physique); "processes", admitted for 进程,
    is a plural used loosely ("training processes" said as 训练): neither starts a finding, as before."""
    g = Glossary.build([Concept("compile", "编译", "compile", en_admitted=("build", "compilation"))], "g.csv")
    assert only(run(g, ["首先，完成安装。"], ["First, finish the build and installation."]), "term-missing") == []
    g2 = Glossary.build([Concept("process", "进程", "process", en_admitted=("processes",))], "g.csv")
    assert only(run(g2, ["它会启动多个训练。"], ["It starts several training processes."]), "term-missing") == []

"""Tests of checks.term_fixed_phrase: a glossary word inside a fixed English phrase is no use of the term."""
from __future__ import annotations

from tests.checks.terms_kit import gl, only, run, term_missing
from zhen_qa.checks.term_fixed_phrase import in_fixed_phrase
from zhen_qa.glossary.model import Concept

INSTANCE = Concept("instance", "实例", "instance")
TABLE = Concept("table", "表格", "table")
COMPLETION = Concept("completion", "补全", "completion")
GLOSSARY = gl(INSTANCE, TABLE, COMPLETION)


def fixed(text: str, word: str) -> bool:
    start = text.lower().index(word)
    return in_fixed_phrase(text, start, start + len(word))


def test_for_instance_as_a_discourse_marker_is_no_term() -> None:
    # 例如 renders "for instance": "instance" has no 实例, and 例如 is no rendering of it
    assert term_missing(GLOSSARY, ["例如，`git` CLI 有 `git branch` 子命令。"],
                        ["For instance, the `git` CLI has a `git branch` subcommand."]) == []
    assert term_missing(GLOSSARY, ["例如，如果单个 API 使用多个命令，应定义一个集合。"],
                        ["For instance if a single API uses multiple commands, define a set."]) == []
    assert fixed("Imagine, for instance, attempting to assign a value.", "instance")
    assert fixed("For instance your DMG background image can include an arrow.", "instance")


def test_instance_as_a_noun_beside_for_is_still_missing() -> None:
    # the noun after "for" (instance creation, an instance-level setting, "for instance A") is the term: 实例 dropped
    # by a translation that says 创建 only is still reported
    assert len(term_missing(GLOSSARY, ["创建时调用 `new`。"], ["For instance creation, call `new`."])) == 1
    assert not fixed("For instance-level settings, use the config file.", "instance")
    assert not fixed("Allocate memory for instance A first.", "instance")


def test_a_real_instance_in_a_sentence_with_for_instance_is_still_missing() -> None:
    # only the phrase's word is dropped: the same sentence's own "instance" still needs its 实例
    found = term_missing(GLOSSARY, ["例如，每次重启都会清空缓存。"],
                         ["For instance, each restart of the instance clears the cache."])
    assert len(found) == 1


def test_table_of_contents_and_run_to_completion_are_no_terms() -> None:
    assert term_missing(GLOSSARY, ["# 目录"], ["# Table of Contents"]) == []
    assert term_missing(GLOSSARY, ["这将在新的 Nu 实例中运行脚本直至结束。"],
                        ["This will run the script to completion in a new instance of Nu."]) == []


def test_completion_as_a_noun_is_still_missing() -> None:
    # "switch to completion mode", "run … to completion scripts": the shell's completion, 补全 dropped
    assert len(term_missing(GLOSSARY, ["切换到该模式。"], ["Switch to completion mode."])) == 1
    assert not fixed("Run this command to add it to completion scripts.", "completion")


def test_for_instance_is_no_inconsistent_rendering() -> None:
    # 例如 for "for instance" in two sentences and 实例 for the noun: one rendering of the term, no term-inconsistent
    findings = run(GLOSSARY, ["例如，你可以重启。", "例如，你可以停止。", "重启实例。"],
                   ["For instance, you can restart.", "For instance, you can stop.", "Restart the instance."])
    assert only(findings, "term-inconsistent") == []
    assert only(findings, "term-missing") == []

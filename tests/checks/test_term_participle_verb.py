"""Tests of checks.term_participle_verb: an adjective term (分布式) used as the verb's participle ("distributed in")."""
from __future__ import annotations

from tests.checks.terms_kit import gl, term_missing
from zhen_qa.checks.term_participle_verb import participle_verb_said
from zhen_qa.glossary.model import Concept

DISTRIBUTED = Concept("distributed", "分布式", "distributed")


def missing(zh: str, en: str) -> list[str]:
    return term_missing(gl(DISTRIBUTED), [zh], [en])


def test_the_participle_before_a_preposition_is_the_verb_the_chinese_says() -> None:
    zh = "它可以让张量在训练过程中动态分布在存储空间内。"
    assert missing(zh, "It can make the tensor dynamically distributed in the storage space during training.") == []
    assert participle_verb_said("distributed", ["分布式"], "tensors distributed across devices", "张量分布在各设备上")


def test_the_adjective_or_a_dropped_verb_is_still_missing() -> None:
    # the adjective before a noun: 分布式 is the term, and the Chinese dropped it
    assert len(missing("它支持训练。", "It supports distributed training.")) == 1
    # the participle, but the Chinese says no 分布
    assert len(missing("它可以让张量在训练过程中动态存放在存储空间内。",
                       "It can make the tensor dynamically distributed in the storage space during training.")) == 1
    # 分布式 itself in the Chinese does not count as the verb; one 分布 for two participles leaves one dropped
    assert not participle_verb_said("distributed", ["分布式"], "distributed in A and distributed in B", "分布在A和B")
    assert not participle_verb_said("distributed", ["分布式"], "distributed training", "分布在")

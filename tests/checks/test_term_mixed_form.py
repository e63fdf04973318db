"""term_mixed_form: an English term the Chinese of documentation writes half in its English words, half in the listed
Chinese ("Schema Registry" = Schema 注册中心, 模式注册 listed); eventmesh-heldout-g (gm57)."""
from __future__ import annotations

from pathlib import Path

from tests.checks.terms_kit import page_term_missing as _check
from zhen_qa.checks.term_mixed_form import mixed_form_said
from zhen_qa.checks.term_rendered import zh2en

SCHEMA = "schema-registry,模式注册,schema registry,,\n"
CODE = "\n\n运行 `make`。\n"
CODE_EN = "\n\nRun `make`.\n"
# the page keeps Schema in English in its Chinese (two sentences, capitalised): its own usage
USAGE = "\n\n每个 Schema 都有版本。\n\n一个 Schema 描述一种格式。\n"
USAGE_EN = "\n\nEach schema has versions.\n\nA schema describes a format.\n"


def test_a_term_half_kept_in_english_is_rendered(tmp_path: Path) -> None:
    zh = "## Schema 注册中心\n\n本节介绍 Schema 注册中心的用法。\n"
    en = "## Schema Registry\n\nThis section introduces the usage of the Schema Registry.\n"
    assert _check(tmp_path, zh + USAGE + CODE, en + USAGE_EN + CODE_EN, SCHEMA) == []


def test_a_dropped_term_or_another_tail_is_still_missing(tmp_path: Path) -> None:
    en = "## Schema Registry\n\nThis section introduces the usage of the Schema Registry.\n"
    dropped = "## 注册中心\n\n本节介绍服务的用法。\n"
    assert len(_check(tmp_path, dropped + USAGE + CODE, en + USAGE_EN + CODE_EN, SCHEMA)) == 1  # both sentences
    other = "## Schema 管理\n\n本节介绍 Schema 管理的用法。\n"  # 管理 "management" is no part of 模式注册
    assert len(_check(tmp_path, other + USAGE + CODE, en + USAGE_EN + CODE_EN, SCHEMA)) == 1  # both sentences


def test_a_one_off_english_word_or_a_manuscript_without_code_is_not_excused(tmp_path: Path) -> None:
    zh = "## Schema 注册中心\n\n本节介绍它的用法。\n"
    en = "## Schema Registry\n\nThis section introduces its usage.\n"
    assert len(_check(tmp_path, zh + CODE, en + CODE_EN, SCHEMA)) == 1  # Schema kept once: no usage of the page
    assert len(_check(tmp_path, zh + USAGE, en + USAGE_EN, SCHEMA)) == 1  # no code: not documentation


def test_either_order_and_the_chinese_part_glossing_its_english() -> None:
    kept = lambda w: True  # noqa: E731 - every word is the page's usage here
    assert mixed_form_said(["模式注册"], ["schema registry"], "Schema 注册中心", kept, zh2en())
    assert mixed_form_said(["模型检查点"], ["model checkpoint"], "分片的模型 checkpoint", kept, zh2en())
    assert not mixed_form_said(["模式注册"], ["schema registry"], "Schema 注册中心", None, zh2en())
    assert not mixed_form_said(["模式注册"], ["schema registry"], "schema 模式", kept, zh2en())

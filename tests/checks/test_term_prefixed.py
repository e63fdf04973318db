"""term_prefixed: a Chinese term after a prefix character (子查询, 多租户) that the English says inside one closed word
of that prefix and the term's own word ("subquery", "multitenancy"); glos54 (hugegraph-g gremlin, dolphin-g
features)."""
from __future__ import annotations

from pathlib import Path

from tests.checks.terms_kit import page_term_missing as _check
from zhen_qa.checks.term_prefixed import prefixed_word

QUERY = "query,查询,query,,\n"
TENANT = "tenant,租户,tenant,,\n"


def test_the_term_after_a_prefix_character_is_said_inside_the_prefixed_word(tmp_path: Path) -> None:
    assert _check(tmp_path, "本地包装遍历的某个部分，类似于子查询。\n",
                  "Locally wraps a part of a traversal, similar to a subquery.\n", QUERY) == []
    assert _check(tmp_path, "支持多租户和在线资源管理。\n",
                  "Supports multitenancy and online resource management.\n", TENANT) == []


def test_the_term_dropped_or_another_prefixed_word_leaves_it_missing(tmp_path: Path) -> None:
    zh = "本地包装遍历的某个部分，类似于子查询。\n"
    for en in ("Locally wraps a part of a traversal, similar to a nested step.\n",  # the term really dropped
               "Locally wraps a part of a traversal, similar to a subtask.\n",  # the prefix on another word
               "Locally wraps a part of a traversal, similar to a superquery.\n"):  # another prefix than 子's
        assert len(_check(tmp_path, zh, en, QUERY)) == 1, en
    # the term without a prefix character before it is not excused by a prefixed English word
    assert len(_check(tmp_path, "支持租户和在线资源管理。\n",
                      "Supports multitenancy and online resource management.\n", TENANT)) == 1


def test_prefixed_word_counts_the_places() -> None:
    zh2en = {"子": ("son", "child"), "多": ("many", "multi"), "多次": ("many times",)}
    assert prefixed_word(["query"], "类似于子查询", 4, "similar to a subquery", 1, zh2en)
    assert prefixed_word(["query"], "类似于子查询", 4, "like subqueries", 1, zh2en)
    assert not prefixed_word(["query"], "类似于子查询", 4, "like a subquery", 2, zh2en)
    assert not prefixed_word(["use"], "多用", 1, "multiuse", 1, zh2en)  # too short a word
    assert not prefixed_word(["query"], "查询", 0, "subquery", 1, zh2en)  # no character before


def test_a_character_ending_another_word_is_no_prefix(tmp_path: Path) -> None:
    # review54 R4: 多次查询 is 多次 "many times" + 查询; "subquery" is a mistranslation, not 次 "sub-"
    assert len(_check(tmp_path, "该语句会多次查询数据库。\n", "This statement runs a subquery on the database.\n",
                      QUERY)) == 1
    assert not prefixed_word(["query"], "会多次查询", 3, "a subquery", 1, {"多次": ("many times",)})
    # a character the lexicon glosses with a prefix but no prefix character of Chinese (次 of 次级)
    assert not prefixed_word(["query"], "类似于次查询", 4, "similar to a subquery", 1, {})


def test_a_prefix_after_a_counts_measure_word_is_a_prefix(tmp_path: Path) -> None:
    """一个子查询 is 一个 + 子查询 though the lexicon knows 个子 ("height"): the measure word of a count closes it. A
    pair that is no count (个子很高的查询) and the term dropped from the English keep the finding."""
    assert _check(tmp_path, "它会先执行一个子查询。\n", "It first runs a subquery.\n", QUERY) == []
    assert prefixed_word(["query"], "执行一个子查询", 5, "runs a subquery", 1, {"个子": ("height",)})
    assert prefixed_word(["query"], "这种子查询", 3, "this subquery", 1, {"种子": ("seed",)})
    assert not prefixed_word(["query"], "他个子查询", 3, "a subquery", 1, {"个子": ("height",)})
    assert len(_check(tmp_path, "它会先执行一个子查询。\n", "It first runs a lookup.\n", QUERY)) == 1

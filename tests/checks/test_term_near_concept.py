from __future__ import annotations

from tests.checks.terms_kit import gl, only, run
from zhen_qa.checks.term_near_concept import near_concepts
from zhen_qa.glossary.model import Concept

TRACE = Concept("trace", "链路", "trace", en_admitted=("traces",))
TRACING = Concept("tracing", "追踪", "tracing", zh_admitted=("链路追踪",), en_admitted=("traced",))
METRIC = Concept("metric", "指标", "metric", en_admitted=("metrics",))


def test_near_concepts_are_one_words_noun_and_activity() -> None:
    g = gl(TRACE, TRACING, METRIC, Concept("tl", "追踪库", "tracing library"))
    assert near_concepts(g) == {"trace": frozenset({"tracing"}), "tracing": frozenset({"trace"})}


def test_the_near_concepts_word_on_the_other_side_is_no_dropped_term() -> None:
    # "metrics and traces" = 指标和追踪: 追踪 is listed for tracing, "traces" for trace; the word is there
    g = gl(TRACE, TRACING, METRIC)
    assert only(run(g, ["该组件导出指标和追踪。"], ["The component exports metrics and traces."]), "term-missing") == []
    # and the other way: "used in tracing" = 用于链路
    assert only(run(g, ["它用于链路。"], ["It is used in tracing."]), "term-missing") == []


def test_a_near_concept_claimed_by_its_own_chinese_leaves_the_term_dropped() -> None:
    # 链路 and 追踪 both written, the English says only "traces": the trace is 链路's, 追踪 (tracing) is dropped
    g = gl(TRACE, TRACING, METRIC)
    found = only(run(g, ["该组件导出链路和追踪。"], ["The component exports traces."]), "term-missing")
    assert len(found) == 1
    # neither concept in the English: dropped, reported
    found = only(run(g, ["该组件导出指标和追踪。"], ["The component exports metrics."]), "term-missing")
    assert len(found) == 1

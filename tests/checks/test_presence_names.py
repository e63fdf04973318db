"""Tests of checks.presence_names: an abbreviation the Chinese defines, written by the English in its parts."""
from __future__ import annotations

from tests.checks.terms_kit import gl, term_missing
from zhen_qa.checks.presence_names import abbreviated, zh_defined_abbreviations
from zhen_qa.glossary.model import Concept

DP = Concept("dp", "数据并行", "data parallelism", en_admitted=("data parallel",))
ZH = "插件可以用于零冗余优化器数据并行（ZeroDP）的训练。"


def test_a_mixed_case_abbreviation_written_by_its_parts_renders_the_term() -> None:
    # the Chinese defines ZeroDP for a name ending in the term; "zero-dp" is that abbreviation in lower case
    assert zh_defined_abbreviations([ZH]) == {"ZeroDP": "插件可以用于零冗余优化器数据并行"}  # the run before it
    assert term_missing(gl(DP), [ZH], ["The plugin can be used to train models with zero-dp."]) == []
    assert term_missing(gl(DP), [ZH], ["The plugin can be used to train models with Zero DP."]) == []
    assert term_missing(gl(DP), [ZH], ["The plugin can be used to train models with ZeroDP."]) == []


def test_a_dropped_term_beside_a_defined_abbreviation_is_still_missing() -> None:
    # the abbreviation not written, or only a part of it: the term is missing
    assert len(term_missing(gl(DP), [ZH], ["The plugin can be used to train models."])) == 1
    assert len(term_missing(gl(DP), [ZH], ["The plugin can be used to train models with zero redundancy."])) == 1
    assert len(term_missing(gl(DP), [ZH], ["The plugin can be used to train models with dp-zero."])) == 1


def test_a_run_of_capitals_is_matched_as_written_only() -> None:
    # ALL in lower case is a word ("all"): no abbreviation; a part of one letter (IoT) is too short to be spelled apart
    leukemia = [Concept("leuk", "白血病", "leukemia")]
    assert abbreviated(leukemia, "ALL was treated.", {"ALL": "急性淋巴细胞白血病"})
    assert not abbreviated(leukemia, "all were treated.", {"ALL": "急性淋巴细胞白血病"})
    assert not abbreviated(leukemia, "io-t devices", {"IoT": "物联网白血病"})

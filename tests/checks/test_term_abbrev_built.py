"""Tests of checks.term_abbrev_built through term-missing: an abbreviation inside a longer one kept in the Chinese."""
from __future__ import annotations

from tests.checks.terms_kit import gl, missing_with
from zhen_qa.glossary.model import Concept

CCT = Concept("cct", "计算机化分类测验", "computerized classification testing", en_admitted=("CCT",))


missing = missing_with(gl(CCT))


def test_the_longer_abbreviation_on_both_sides_renders_it() -> None:
    zh = "针对已有MCCT终止规则的不足，提出两种新规则。"
    en = "Researchers then built multidimensional CCT termination rules (i.e., MCCT)."
    assert missing(zh, en) == []


def test_no_shared_longer_abbreviation_is_missing() -> None:
    en = "Researchers then built multidimensional CCT termination rules (i.e., MCCT)."
    assert len(missing("针对已有终止规则的不足，提出两种新规则。", en)) == 1
    # the English does not write the longer one: no shared name
    assert len(missing("针对已有MCCT终止规则的不足，提出两种新规则。",
                       "Researchers then built multidimensional CCT termination rules.")) == 1
    # more than EXTRA letters added is another abbreviation
    assert len(missing("针对已有ABCCCT终止规则的不足。", "Researchers built CCT rules (ABCCCT).")) == 1

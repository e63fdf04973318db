"""Tests of checks.term_defined_otherwise through term-missing: an English abbreviation the text defines as another
name than the glossary's concept."""
from __future__ import annotations

from types import SimpleNamespace
from typing import cast

from tests.checks.terms_kit import gl, only, run
from zhen_qa.checks.term_defined_otherwise import defined_otherwise
from zhen_qa.checks.term_excuses import switched
from zhen_qa.checks.term_hits import Hit
from zhen_qa.glossary.model import Concept

ASD = Concept("asd", "自闭症谱系障碍", "autism spectrum disorder", en_admitted=("ASD",))
ZH = ["闪回是急性应激障碍和创伤后应激障碍的典型症状。", "本研究考察了闪回的影响因素。"]
MISSING = "“ASD” has no 「自闭症谱系障碍」 in the aligned Chinese"


def missing(en: list[str], zh: list[str] = ZH) -> list[str]:
    return [f.message for f in only(run(gl(ASD), zh, en), "term-missing")]


def test_an_abbreviation_the_text_defines_as_another_name_is_not_the_concept() -> None:
    en = ["Flashback is a typical symptom of acute stress disorder (ASD) and PTSD.",
          "This study examined what drives flashbacks in ASD."]
    assert missing(en) == []
    with switched(["defined-otherwise"]):
        assert [m[:len(MISSING)] for m in missing(en)] == [MISSING]


def test_the_concepts_own_abbreviation_or_an_undefined_one_is_still_missing() -> None:
    defined = ["Flashback is a typical symptom of autism spectrum disorders (ASD).",
               "This study examined what drives flashbacks in ASD."]
    assert len(missing(defined)) == 1  # the concept itself, defined: the Chinese lacks it
    undefined = ["Flashback is a typical symptom of ASD.", "This study examined what drives flashbacks."]
    assert missing(undefined) == [MISSING]


def test_an_abbreviation_the_chinese_defines_gives_no_english_name_to_compare() -> None:
    hit = cast(Hit, SimpleNamespace(lang="en", surface="ASD"))
    forms = ASD.accepted("en")
    assert not defined_otherwise(hit, forms, {"ASD": "社交缺陷是自闭症谱系障碍"})  # the Chinese's definition
    assert defined_otherwise(hit, forms, {"ASD": "acute stress disorder"})
    assert not defined_otherwise(hit, forms, {"ASD": "autism spectrum disorders"})
    assert not defined_otherwise(hit, forms, {})

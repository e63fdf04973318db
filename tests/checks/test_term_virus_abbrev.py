"""Tests of checks.term_virus_abbrev through term-missing: a virus family said by its abbreviation inside a name."""
from __future__ import annotations

from tests.checks.terms_kit import gl, only, run
from zhen_qa.checks.term_virus_abbrev import NAMED
from zhen_qa.glossary.model import Concept

CORONAVIRUS = Concept("cov", "冠状病毒", "coronavirus")
G = gl(CORONAVIRUS)


def missing(zh: str, en: str) -> list[str]:
    return [f.message for f in only(run(G, [zh], [en]), "term-missing")]


def test_the_family_spelled_out_in_a_name_the_english_abbreviates() -> None:
    """MERS冠状病毒 = "MERS-CoV"; 严重急性呼吸综合征冠状病毒2型 = "SARS-CoV-2"."""
    assert missing("MERS冠状病毒来自骆驼。", "MERS-CoV came from camels.") == []
    assert missing("致病病毒SARS-CoV-2（严重急性呼吸综合征冠状病毒2型）。",
                   "The virus that causes it, SARS-CoV-2.") == []
    # two uses, two names: COVID-19 (2019冠状病毒病) and SARS-CoV-2
    assert missing("COVID-19（2019冠状病毒病）及其致病病毒严重急性呼吸综合征冠状病毒2型。",
                   "COVID-19 and the virus that causes it, SARS-CoV-2.") == []


def test_the_family_on_its_own_must_be_rendered() -> None:
    """冠状病毒 standing alone is the family ("a substance"); more uses than names; no name at all."""
    assert len(missing("SARS-CoV-2是一种冠状病毒。", "SARS-CoV-2 is a substance.")) == 1
    assert len(missing("MERS冠状病毒和SARS冠状病毒都来自动物。", "MERS-CoV came from animals.")) == 1
    assert len(missing("MERS冠状病毒来自骆驼。", "MERS came from camels.")) == 1


def test_names_built_on_the_abbreviation() -> None:
    """CoV inside names (SARS-CoV-2, nCoV, HCoVs, beta-CoV) and COVID; not a word of its own meaning otherwise."""
    pattern = NAMED["coronavirus"]
    for name in ("SARS-CoV-2", "MERS-CoV", "nCoV", "HCoVs", "beta-CoV", "COVID-19", "HCoV-229E"):
        assert pattern.search(name), name
    for text in ("covariance", "Coven", "the CoVariant", "COVIDIEN"):
        assert not pattern.search(text), text

"""Tests of checks.term_kind through term-missing: a listed term said by the broader listed term it is a kind of."""
from __future__ import annotations

from tests.checks.terms_kit import CHEMO, gl, missing_with
from zhen_qa.glossary.model import Concept

ADJUVANT = Concept("adj", "辅助化疗", "adjuvant chemotherapy")
RADIO = Concept("rt", "放疗", "radiation therapy")


missing = missing_with(gl(CHEMO, ADJUVANT, RADIO))


def test_the_kind_left_to_the_context() -> None:
    zh = "辅助化疗并不增加手术相关死亡率。"
    assert missing(zh, "The addition of chemotherapy did not increase the morbidity associated with surgery.") == []
    # the other way: the Chinese names the kind where the English says the broader term
    assert missing(zh, "Chemotherapy did not increase the morbidity associated with surgery.") == []


def test_another_kind_or_another_term_is_still_missing() -> None:
    zh = "辅助化疗并不增加手术相关死亡率。"
    # another modifier before the broader term: another kind
    assert len(missing(zh, "Neoadjuvant chemotherapy did not increase the morbidity associated with surgery.")) == 1
    # a term that is no kind of the other: radiation therapy is not chemotherapy
    assert len(missing(zh, "Radiation therapy did not increase the morbidity associated with surgery.")) == 1
    # the term replaced
    assert len(missing(zh, "The addition of substance did not increase the morbidity associated with surgery.")) == 1

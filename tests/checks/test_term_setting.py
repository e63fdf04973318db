"""Tests of checks.term_setting through term-missing: a treatment said by its setting and a generic noun."""
from __future__ import annotations

from tests.checks.terms_kit import CHEMO, gl, term_missing
from zhen_qa.glossary.model import Concept

ADJUVANT = Concept("adj", "辅助化疗", "adjuvant chemotherapy")
SYSTEMIC = "当时仅有氟嘧啶可作为全身化疗药物。"


def missing(zh: str, en: str, *concepts: Concept) -> list[str]:
    return term_missing(gl(*(concepts or (CHEMO,))), [zh], [en])


def test_the_setting_and_a_generic_noun_say_the_treatment() -> None:
    assert missing(SYSTEMIC, "Only fluoropyrimidines were available for systemic therapy.") == []
    assert missing("需二线化疗的患者是临床试验的良好人选。",
                   "Patients requiring second-line regimens are good candidates for clinical trials.") == []
    # the setting opening the term itself
    assert missing("辅助化疗延长了生存。", "Adjuvant treatment prolonged survival.", ADJUVANT) == []


def test_the_treatment_replaced_or_another_setting_is_still_missing() -> None:
    # the term replaced by another word after the setting
    assert len(missing(SYSTEMIC, "Only fluoropyrimidines were available as systemic substance.")) == 1
    # the setting's adjective with no treatment noun: "systemic disease" says no treatment
    assert len(missing("全身化疗用于全身性疾病。", "It is used for systemic disease.")) == 1
    # a generic treatment noun under another setting: second-line therapy is no rendering of 一线化疗
    assert len(missing("一线化疗有效。", "Second-line therapy is effective.")) == 1
    # no setting before the Chinese term: "systemic therapy" may be another treatment
    assert len(missing("化疗有效。", "Systemic therapy is effective.")) == 1

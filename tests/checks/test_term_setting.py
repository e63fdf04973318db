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


NEOADJUVANT = "准确分期可以帮助决定手术方式和新辅助化疗方案。"


def test_a_longer_setting_word_straddling_the_term_is_the_setting() -> None:
    # 新 before 辅助化疗 makes 新辅助 (neoadjuvant): the English says that setting with a generic treatment noun
    assert missing(NEOADJUVANT, "Staging helps to determine the type of surgery and the choice of neoadjuvant "
                   "therapy.", ADJUVANT) == []
    # or with the term's own treatment noun, the setting's adjective in place of the term's
    assert missing("新辅助化疗的临床价值尚在评估中。", "The value of preoperative chemotherapy is being evaluated.",
                   ADJUVANT) == []
    assert missing("辅助化疗延长了生存。", "Postoperative chemotherapy prolonged survival.", ADJUVANT) == []
    # the own noun is another listed concept's match (化疗 chemotherapy), named by the Chinese inside the term
    assert missing("新辅助化疗的临床价值尚在评估中。", "The value of preoperative chemotherapy is being evaluated.",
                   ADJUVANT, CHEMO) == []


def test_a_straddled_setting_said_wrongly_is_still_missing() -> None:
    # 新辅助化疗 said as postoperative or adjuvant treatment: the opening 辅助 is not the setting inside 新辅助
    assert len(missing(NEOADJUVANT, "Staging helps to determine the type of surgery and the choice of "
                       "postoperative therapy.", ADJUVANT)) == 1
    # the straddled setting with another treatment noun: neoadjuvant radiotherapy is no rendering of 新辅助化疗
    assert len(missing("新辅助化疗的临床价值尚在评估中。", "The value of neoadjuvant radiotherapy is being evaluated.",
                       ADJUVANT)) == 1
    assert len(missing("新辅助化疗的临床价值尚在评估中。", "Postoperative chemotherapy is being evaluated.",
                       ADJUVANT, CHEMO)) == 1
    # the setting with nothing after it
    assert len(missing("新辅助化疗的临床价值尚在评估中。", "The value of the neoadjuvant approach is being evaluated.",
                       ADJUVANT)) == 1


def test_a_setting_word_before_the_term_is_the_longest_one() -> None:
    # 新辅助 before 化疗: its end 辅助 is no setting of its own, so "adjuvant therapy" is the wrong setting
    assert len(missing("新辅助化疗的价值尚在评估中。", "The value of adjuvant therapy is being evaluated.")) == 1
    assert missing("新辅助化疗的价值尚在评估中。", "The value of neoadjuvant therapy is being evaluated.") == []

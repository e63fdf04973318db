"""Tests of checks.term_setting_drug: a treatment said by its setting and the drug its sentence names."""
from __future__ import annotations

from tests.checks.terms_kit import gl, missing_with
from zhen_qa.glossary.model import Concept

CHEMO = Concept("chemotherapy", "化疗", "chemotherapy")
ZH = "患者接受放疗50.4Gy；同步化疗：于放疗的第1周和第5周，5-氟尿嘧啶（5-FU）1000mg/m2输液。"


missing = missing_with(gl(CHEMO))


def test_the_setting_and_the_drug() -> None:
    en = "Patients received 50.4 Gy concurrent with infusional 5-FU 1,000 mg/m2 during the first and fifth weeks."
    assert missing(ZH, en) == []


def test_another_word_between_or_another_drug() -> None:
    en = "Patients received 50.4 Gy concurrent substance with 5-FU 1,000 mg/m2 during the first and fifth weeks."
    assert len(missing(ZH, en)) == 1
    # a drug the Chinese sentence does not name
    en = "Patients received 50.4 Gy concurrent with infusional LV 1,000 mg/m2 during the first and fifth weeks."
    assert len(missing(ZH, en)) == 1
    # no setting before the Chinese term
    plain = ZH.replace("同步化疗", "化疗")
    en = "Patients received 50.4 Gy concurrent with infusional 5-FU 1,000 mg/m2 during the first and fifth weeks."
    assert len(missing(plain, en)) == 1

"""Tests of checks.term_closed_compound: a modified treatment rendered by one closed compound on the term's head."""
from __future__ import annotations

from tests.checks.terms_kit import gl, missing_with
from zhen_qa.glossary.model import Concept

RT = Concept("radiation-therapy", "放疗", "radiation therapy", zh_admitted=("放射治疗",), en_admitted=("radiotherapy",))
ZH = "经支气管镜激光治疗和近距离放射治疗适用于梗阻性病变。"


missing = missing_with(gl(RT))


def test_the_modified_term_as_one_compound() -> None:
    assert missing(ZH, "Endobronchial laser therapy and brachytherapy are used for obstructing lesions.") == []


def test_no_compound_or_the_modifier_said_apart() -> None:
    assert len(missing(ZH, "Endobronchial laser therapy and substance are used for obstructing lesions.")) == 1
    # the modifier translated apart: the compound is another treatment
    assert len(missing(ZH, "Endobronchial laser therapy at close range and brachytherapy are used.")) == 1
    # no modifier before the Chinese term
    plain = "经支气管镜激光治疗和放射治疗适用于梗阻性病变。"
    assert len(missing(plain, "Endobronchial laser therapy and brachytherapy are used for obstructing lesions.")) == 1

"""Tests of checks.term_applied: a therapy said in Chinese by what it applies."""
from __future__ import annotations

from tests.checks.terms_kit import gl, only, run
from zhen_qa.checks.term_applied import applied_said
from zhen_qa.glossary.model import Concept

RT = Concept("rt", "放疗", "radiation therapy", zh_admitted=("放射治疗",), en_admitted=("radiotherapy",))


def test_a_radiation_therapy_said_as_irradiation() -> None:
    # 外照射 "external irradiation" = "external-beam radiation therapy"; 照射 "irradiate"
    zh = ["术前外照射联合氟尿嘧啶的局部切除术。"]
    en = ["Local resection with perioperative external-beam radiation therapy plus fluorouracil."]
    assert only(run(gl(RT), zh, en), "term-missing") == []
    zh = ["研究显示每日两次照射持续3周有生存率获益。"]
    en = ["A study showed a survival advantage for twice-daily radiation therapy given for 3 weeks."]
    assert only(run(gl(RT), zh, en), "term-missing") == []


def test_a_therapy_left_out_of_the_chinese_is_still_missing() -> None:
    zh = ["研究显示每日两次手术持续3周有生存率获益。"]
    en = ["A study showed a survival advantage for twice-daily radiation therapy given for 3 weeks."]
    found = only(run(gl(RT), zh, en), "term-missing")
    assert [(f.lang, f.suggestion) for f in found] == [("en", "放疗")]


def test_radiation_in_general_is_no_radiation_therapy() -> None:
    # 辐射 "radiation" (exposure) for the treatment: a real mistranslation
    en = ["You might have skin changes from radiation therapy."]
    assert len(only(run(gl(RT), ["皮肤可能因辐射而出现变化。"], en), "term-missing")) == 1
    assert only(run(gl(RT), ["皮肤可能因照射而出现变化。"], en), "term-missing") == []


def test_only_a_therapy_named_by_the_act_of_applying() -> None:
    zh2en = {"照射": ("shin", "irradiat"), "辐射": ("radiation",), "信心": ("confidenc",), "浸入": ("immers",)}
    assert applied_said(["radiation therapy"], "外照射", zh2en) == "照射"
    assert applied_said(["radiation therapy"], "辐射", zh2en) == ""  # the thing applied, not the act
    assert applied_said(["confidence interval"], "有信心", zh2en) == ""  # no therapy
    assert applied_said(["radiotherapy"], "外照射", zh2en) == ""  # one word: nothing said apart

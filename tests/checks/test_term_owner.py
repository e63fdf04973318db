"""Tests of checks.term_owner through term-missing: a disease left to the context as the owner of a risk."""
from __future__ import annotations

from tests.checks.terms_kit import gl, only, run, term_missing
from zhen_qa.glossary.model import Concept

LUNG = Concept("lung", "肺癌", "lung cancer")
INTRO = ("肺癌是常见的癌症。", "Lung cancer is a common cancer.")


def missing(zh: str, en: str) -> list[str]:
    return term_missing(gl(LUNG), [INTRO[0], zh], [INTRO[1], en])


def test_a_disease_left_as_the_owner_of_a_risk() -> None:
    assert missing("随着吸烟数量增加，肺癌危险也增加。", "The risk increases with the quantity of cigarettes.") == []
    assert missing("其他增加肺癌患病风险的情况包括：", "More common conditions with an increased risk include:") == []
    assert missing("女性的肺癌绝对风险较低。", "The absolute risk is lower in women.") == []


def test_a_disease_left_as_the_owner_of_a_stage() -> None:
    assert missing("生存率与肺癌分期相关。", "Survival depends on stage.") == []


def test_a_disease_replaced_or_never_named_is_still_missing() -> None:
    # a content word where the disease was: the term replaced by another word
    assert len(missing("随着吸烟数量增加，肺癌危险也增加。", "The substance risk increases with smoking.")) == 1
    assert len(missing("女性的肺癌绝对风险较低。", "The substance absolute risk is lower in women.")) == 1
    assert len(missing("生存率与肺癌分期相关。", "Survival depends on substance stage.")) == 1
    # the English has no risk at all
    assert len(missing("随着吸烟数量增加，肺癌危险也增加。", "Smoking more cigarettes is harmful.")) == 1
    # a population is no risk: "stage III patients" leaves out the disease of a population (`Discourse.topic`)
    en = "As many as 15% of stage III patients can be cured."
    assert len(missing("至多15%的III期肺癌患者可单纯行手术治愈。", en)) == 1
    # the file never names the disease on both sides elsewhere: the reader cannot recover it
    found = only(run(gl(LUNG), ["随着吸烟数量增加，肺癌危险也增加。"], ["The risk increases with smoking."]),
                 "term-missing")
    assert len(found) == 1


def test_a_stage_in_its_everyday_sense_or_a_risk_of_another_thing_is_still_missing() -> None:
    # review49 R11: "this stage" is a phase, "the stage of the trial" the trial's; "risk of death" is no disease's risk
    liver = gl(Concept("lc", "肝癌", "liver cancer"))
    intro = ("本研究纳入肝癌患者120例。", "This study enrolled 120 patients with liver cancer.")
    for zh, en in [("肝癌分期与预后密切相关。", "At this stage, prognosis was closely related to treatment."),
                   ("肝癌分期越晚，生存期越短。", "In the later stage of the trial, survival was shorter."),
                   ("肝癌绝对风险在男性中较高。", "The absolute risk of death was higher in men.")]:
        assert len(term_missing(liver, [intro[0], zh], [intro[1], en])) == 1


def test_a_disease_left_as_the_owner_of_the_risk_of_its_own_event() -> None:
    # review49b Q11: "risk of onset / of occurrence" (发病风险, 发生风险) is the disease's own risk; "onset of diabetes"
    # is another disease's
    liver = gl(Concept("lc", "肝癌", "liver cancer", en_admitted=("hepatocellular carcinoma",)))
    intro = ("肝癌患者的预后较差。", "Patients with liver cancer have a poor prognosis.")
    for zh, en in [("肝癌发病风险在男性中较高。", "The risk of onset was higher in men."),
                   ("肝癌发生风险在男性中较高。", "The risk of occurrence was higher in men."),
                   ("肝癌发病风险在男性中较高。", "Men had a higher risk of developing it.")]:
        assert term_missing(liver, [intro[0], zh], [intro[1], en]) == []
    for zh, en in [("肝癌发病风险在男性中较高。", "The risk of onset of diabetes was higher in men."),
                   ("肝癌发病风险在男性中较高。", "Men had a higher risk of developing diabetes.")]:
        assert len(term_missing(liver, [intro[0], zh], [intro[1], en])) == 1

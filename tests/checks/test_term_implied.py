"""Tests of checks.term_implied: a term the English leaves to the context is not term-missing; one replaced is."""
from __future__ import annotations

from tests.checks.terms_kit import CHEMO, gl, only, run
from zhen_qa.glossary.model import Concept

PLACEBO = Concept("placebo", "安慰剂", "placebo")
DAPA = Concept("dapa", "达格列净", "dapagliflozin")
NIVO = Concept("nivo", "纳武利尤单抗", "nivolumab")
IPI = Concept("ipi", "伊匹单抗", "ipilimumab")
END_POINT = Concept("pep", "主要终点", "primary end point")


def missing(concepts: list[Concept], zh: list[str], en: list[str]) -> list[str]:
    return [f.message for f in only(run(gl(*concepts), zh, en), "term-missing")]


ARMS_ZH = ["患者被随机分配接受达格列净或安慰剂。", "达格列净组的发生率低于安慰剂组。"]
ARMS_EN = ["Patients were randomly assigned to receive dapagliflozin or placebo."]


def test_a_comparison_arm_the_english_leaves_implicit() -> None:
    """达格列净组低于安慰剂组 = "lower in the dapagliflozin group": the placebo arm, named in both languages the
    sentence before, is the comparison's other side."""
    assert missing([PLACEBO, DAPA], ARMS_ZH, ARMS_EN + ["The incidence was lower in the dapagliflozin group."]) == []


def test_an_arm_replaced_or_not_established_is_still_missing() -> None:
    # the English names as many arms as the Chinese: one of them is another word
    replaced = ARMS_EN + ["The incidence was lower in the dapagliflozin group than in the substance group."]
    assert len(missing([PLACEBO, DAPA], ARMS_ZH, replaced)) == 1
    # no bead nearby names the placebo on both sides
    unnamed = ["Patients were randomly assigned.", "The incidence was lower in the dapagliflozin group."]
    assert len(missing([PLACEBO, DAPA], ["患者被随机分配。", ARMS_ZH[1]], unnamed)) == 1
    # arms named by the preposition of a treatment: "with substance" is the placebo arm replaced
    with_arms = ARMS_EN + ["The incidence was 3% with dapagliflozin and 5% with substance."]
    assert len(missing([PLACEBO, DAPA], ARMS_ZH, with_arms)) == 1
    # "between-group" names no arm
    between = ARMS_EN + ["There was a between-group difference, lower in the dapagliflozin group."]
    assert missing([PLACEBO, DAPA], ARMS_ZH, between) == []
    # nor "with" after people ("patients with"), nor before a number ("vs. 5%")
    having = ARMS_EN + ["Among patients with heart failure, it was lower with dapagliflozin (3% vs. 5%)."]
    assert missing([PLACEBO, DAPA], ARMS_ZH, having) == []


COMBO_ZH = ["纳武利尤单抗联合伊匹单抗治疗改善了无进展生存期。",
            "纳武利尤单抗联合伊匹单抗治疗与化疗相比改善了总生存期。"]


def test_a_combination_the_english_leaves_whole_to_the_context() -> None:
    en = ["Nivolumab plus ipilimumab improved progression-free survival.",
          "Overall survival was improved versus chemotherapy."]
    assert missing([NIVO, IPI, CHEMO], COMBO_ZH, en) == []


def test_a_member_of_a_combination_replaced_is_still_missing() -> None:
    en = ["Nivolumab plus ipilimumab improved progression-free survival.",
          "Overall survival was improved with substance plus ipilimumab versus chemotherapy."]
    (msg,) = missing([NIVO, IPI, CHEMO], COMBO_ZH, en)
    assert "纳武利尤单抗" in msg
    # a lone term is no combination: the drug alone, not named on both sides nearby, is missing
    assert len(missing([NIVO, CHEMO], ["纳武利尤单抗与化疗相比改善了总生存期。"],
                       ["Overall survival was improved versus chemotherapy."])) == 1


def test_a_definite_head_refers_to_the_term() -> None:
    zh = ["主要终点为总生存期。", "主要终点在两组间相似。"]
    en = ["The primary end point was overall survival.", "The end point was similar in the two groups."]
    assert missing([END_POINT], zh, en) == []
    assert len(missing([END_POINT], zh, [en[0], "The outcome was similar in the two groups."])) == 1
    assert len(missing([END_POINT], zh, [en[0], "The point was similar in the two groups."])) == 1  # no head alone


def test_an_arm_the_english_names_by_its_role() -> None:
    """安慰剂组 = "the control group": the control arm received the placebo (no context needed)."""
    zh = ["维利帕利组的无进展生存期显著超过安慰剂组。"]
    en = ["Survival in the veliparib group as compared with the control group was longer."]
    assert missing([PLACEBO], zh, en) == []
    # the Chinese names a control arm of its own: the English role renders that one
    assert len(missing([PLACEBO], ["维利帕利组和安慰剂组均优于对照组。"],
                       ["The veliparib group and the other group did better than the control group."])) == 1
    assert len(missing([PLACEBO], zh, ["Survival in the veliparib group as compared with the other group was longer."]
                       )) == 1


ARREST = Concept("ca", "心脏停搏", "cardiac arrest")


def test_a_population_the_english_leaves_out_whole() -> None:
    """心脏停搏患者获得良好结局 = "favorable outcomes": the English names no people; cardiac arrest is the subject."""
    zh = ["旁观者在院外心脏停搏患者的复苏中起着重要作用。",
          "医师可帮助公众了解旁观者对心脏停搏患者获得良好结局的意义。"]
    en = ["Bystanders play a major role in the resuscitation of people with out-of-hospital cardiac arrest.",
          "Physicians can help the public see the importance of bystanders to favorable outcomes."]
    assert missing([ARREST], zh, en) == []
    # the people are there, their condition replaced
    replaced = [en[0], "Physicians can help the public see the importance of bystanders to patients with substance."]
    assert len(missing([ARREST], zh, replaced)) == 1

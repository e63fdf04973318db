"""Tests of checks.term_implied: a term the English leaves to the context is not term-missing; one replaced is."""
from __future__ import annotations

from tests.checks.terms_kit import CHEMO, gl, term_missing
from zhen_qa.glossary.model import Concept

PLACEBO = Concept("placebo", "安慰剂", "placebo")
DAPA = Concept("dapa", "达格列净", "dapagliflozin")
NIVO = Concept("nivo", "纳武利尤单抗", "nivolumab")
IPI = Concept("ipi", "伊匹单抗", "ipilimumab")
END_POINT = Concept("pep", "主要终点", "primary end point")


def missing(concepts: list[Concept], zh: list[str], en: list[str]) -> list[str]:
    return term_missing(gl(*concepts), zh, en)


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


def test_the_only_arm_the_english_names_as_the_treated_one() -> None:
    """他莫昔芬组 = "the treatment arm" where the Chinese sentence names no other arm."""
    tam = Concept("tam", "他莫昔芬", "tamoxifen")
    zh = ["然而，他莫昔芬组乳腺癌的风险显著降低。"]
    assert missing([tam], zh, ["However, risk of breast cancer was significantly reduced in the treatment arm."]) == []
    # two arms in the Chinese: "the treatment arm" may be the other one
    two = ["然而，他莫昔芬组乳腺癌的风险显著低于雷洛昔芬组。"]
    assert len(missing([tam], two, ["However, the risk was lower in the treatment arm than in the other arm."])) == 1
    # no role named: the drug is missing
    assert len(missing([tam], zh, ["However, risk of breast cancer was significantly reduced in the cohort."])) == 1


def test_a_subject_the_chinese_leaves_to_the_sentence_before() -> None:
    """"Or, chemo might be taken by mouth" = 或者口服片剂或胶囊: Chinese drops the subject the bead before named."""
    chemo = Concept("chemo", "化疗", "chemo")
    zh = ["化疗通常是静脉注射。", "或者口服片剂或胶囊。"]
    en = ["Chemo is usually given as a shot into a vein.", "Or, chemo might be taken by mouth as a pill."]
    assert missing([chemo], zh, en) == []
    # not the subject: the English term inside the sentence is missing from the Chinese
    en2 = [en[0], "Or, a pill might be taken by mouth after chemo."]
    assert len(missing([chemo], zh, en2)) == 1
    # a Chinese sentence that does not continue the one before (no conjunction) names its own subject
    assert len(missing([chemo], [zh[0], "口服片剂或胶囊。"], en)) == 1
    # nothing established before: the subject is missing
    assert len(missing([chemo], ["药物通常是静脉注射。", zh[1]], ["Drugs are usually given as a shot.", en[1]])) == 1


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


COLON = Concept("colon", "结肠癌", "colon cancer")
TRIAL = Concept("trial", "临床试验", "clinical trial")
SUBJECT_ZH = ["结肠癌是常见的恶性肿瘤。", "结肠癌的发病率逐年上升。", "饮食与结肠癌有关。", "结肠癌可以筛查。",
              "II期结肠癌患者的生存率较高。"]
SUBJECT_EN = ["Colon cancer is a common malignancy.", "The incidence of colon cancer is rising.",
              "Diet is associated with colon cancer.", "Colon cancer can be screened for."]


def test_the_files_subject_the_english_leaves_to_the_context() -> None:
    """A colon cancer summary names 结肠癌 in every Chinese sentence; "stage II patients" needs no "colon cancer":
    the concept is named on both sides in at least TOPIC_MIN beads and TOPIC_SHARE of them."""
    assert missing([COLON], SUBJECT_ZH, SUBJECT_EN + ["Survival is high in stage II patients."]) == []


def test_a_concept_named_in_too_few_beads_is_no_subject() -> None:
    # three beads name it on both sides (TOPIC_MIN - 1): too few to call it the file's subject. In a short abstract a
    # concept named in three beads is as often a recurring end point as the subject: TOPIC_MIN 3 removed two false
    # findings of the 24 precision sets, both for another reason (a misaligned clause; a complication said as
    # "morbidity", now `term_harm`), and lost 6 of 385 injected term deletions on wmtbio-para (0.953 -> 0.938)
    assert len(missing([COLON], SUBJECT_ZH[1:], SUBJECT_EN[1:] + ["Survival is high in stage II patients."])) == 1
    # named in four beads of a long file: less than TOPIC_SHARE of it (a concept that is no disease: the disease a
    # file names most is its subject disease, `term_subject`)
    filler_zh = [f"第{k}项研究纳入了患者。" for k in range(20)]
    filler_en = [f"Study {k} enrolled patients." for k in range(20)]
    trial_zh = [z.replace("结肠癌", "临床试验") for z in SUBJECT_ZH]
    trial_en = [e.replace("colon cancer", "clinical trial").replace("Colon cancer", "Clinical trial")
                for e in SUBJECT_EN]
    zh, en = trial_zh + filler_zh, trial_en + ["Survival is high in stage II patients."] + filler_en
    assert len(missing([TRIAL], zh, en)) == 1
    assert missing([TRIAL], zh[:4] + zh[5:], en[:4] + en[5:]) == []  # the same file without that bead


def test_only_the_subject_not_a_concept_that_recurs() -> None:
    """化疗 named in four beads of a colon cancer summary that names 结肠癌 in five: only the subject is implied."""
    zh = [z.replace("。", "，化疗有效。") for z in SUBJECT_ZH[:4]] + ["结肠癌患者接受化疗。", "化疗后生存率较高。"]
    en = [e.replace(".", "; chemotherapy works.") for e in SUBJECT_EN] + ["Patients with colon cancer receive it.",
                                                                           "Survival is high in stage II patients."]
    msgs = missing([COLON, CHEMO], zh, en)
    assert msgs and all(m.startswith("「化疗」") for m in msgs)


def test_the_subject_written_with_a_slip_is_still_missing() -> None:
    """临床实验 for 临床试验 where clinical trials are the file's subject: the listed term mistyped, not implied."""
    zh = ["临床试验需要伦理审查。", "临床试验分为四期。", "临床试验的结果应当公开。", "临床试验需要知情同意。",
          "许多临床实验失败了。"]
    en = ["Clinical trials require ethical review.", "Clinical trials have four phases.",
          "The results of clinical trials should be public.", "Clinical trials require informed consent.",
          "Many clinical trials failed."]
    (msg,) = missing([TRIAL], zh, en)
    assert "“clinical trials” has no 「临床试验」" in msg


SUSCEPTIBLE = Concept("sus", "易感", "susceptible")


def test_a_population_said_as_groups_is_not_left_out() -> None:
    """易感人群 = "substance groups": the English keeps the population (groups) and loses the term, which is missing
    though the next bead names it on both sides."""
    zh = ["（三）易感人群。", "人群普遍易感。"]
    en = ["3. substance groups", "People are generally susceptible."]
    assert len(missing([SUSCEPTIBLE], zh, en)) == 1
    assert missing([SUSCEPTIBLE], zh, ["3. Susceptible groups", en[1]]) == []


TENDON = Concept("tendon", "跟腱", "Achilles tendon")
TENDON_ZH = ["跟腱断裂很常见。", "跟腱缺损难以修复。", "我们用皮瓣修复跟腱。", "跟腱功能恢复良好。"]
TENDON_EN = ["Achilles tendon rupture is common.", "Achilles tendon defects are hard to repair.",
             "We repaired the Achilles tendon with a flap.", "The Achilles tendon function recovered well."]


def test_the_subjects_head_under_another_modifier_is_no_subject_left_to_the_context() -> None:
    """"Infection tendon rupture" for 跟腱断裂 where 感染 stands elsewhere in the sentence: the English says the head
    as another kind, under a word rendering another part of the Chinese (`term_other_modifier`), not the term
    left to the context of a file about the Achilles tendon."""
    zh = TENDON_ZH + ["跟腱断裂术后感染9例。"]
    en = "There were 9 cases of postoperative infection of Infection tendon rupture."
    assert len(missing([TENDON], zh, TENDON_EN + [en])) == 1
    # the term left out, or its head alone, stays the subject left to the context
    assert missing([TENDON], zh, TENDON_EN + ["Nine had infection after the rupture."]) == []
    assert missing([TENDON], zh, TENDON_EN + ["Nine had infection after the tendon ruptured."]) == []
    # a preposition before the head modifies nothing (review50 R10): the subject's head left to the context
    zh2 = TENDON_ZH + ["跟腱手术后感染率为5%。"]
    assert missing([TENDON], zh2, TENDON_EN + ["The rate of infection after tendon surgery was 5%."]) == []


def test_the_subjects_head_under_a_word_rendering_nothing_is_no_subject_left_to_the_context() -> None:
    """rec53: "flap grafting for the repair of large Grafting tendon defects" for 皮瓣移植修复大段跟腱缺损: "Grafting"
    renders no word of the Chinese sentence the lexicon knows, stands in the modifier's place
    (`presence_modifier.in_modifier_place`) and is said once more in the sentence, for another part of it: another
    kind of
    the head, as "Infection tendon rupture" is above; "the repair of tendon defects" (a preposition before the head)
    leaves the term to the context."""
    zh = TENDON_ZH + ["应用皮瓣移植修复大段跟腱缺损效果良好。"]
    en = "Flap grafting for the repair of large Grafting tendon defects worked well."
    assert len(missing([TENDON], zh, TENDON_EN + [en])) == 1
    assert missing([TENDON], zh, TENDON_EN + ["Flap grafting for the repair of tendon defects worked well."]) == []


def test_the_subjects_head_under_a_word_said_once_stays_left_to_the_context() -> None:
    """rec53's narrowing: "localized tendon defects" for 局部的跟腱缺损, "avulsed tendon defects" for 撕脱的跟腱缺损:
    a word said once only may render the term's own Chinese modifier in words the lexicon does not gloss
    (`term_modifier_word._said_elsewhere`); the subject stays left to the context."""
    for zh1, word in [("应用皮瓣修复撕脱的跟腱缺损效果良好。", "avulsed"),
                      ("应用皮瓣修复地方性跟腱缺损效果良好。", "localized")]:
        en1 = f"The flap for the repair of {word} tendon defects worked well."
        assert missing([TENDON], TENDON_ZH + [zh1], TENDON_EN + [en1]) == []

"""Tests of checks.term_inconsistent: one concept in several accepted forms; which forms are one usage. Run with
admitted synonyms reported (`run_syn`), so that two words of one concept still show as a mixture; the default, which
reports one term written two ways only, is tested in test_term_written."""
from __future__ import annotations

from tests.checks.terms_kit import gl, only, run_syn
from zhen_qa.checks.term_forms import (
    in_code_name,
    is_clipped_phrase,
    is_clipping,
    is_contraction,
    is_elaboration,
    is_genus_abbreviation,
    is_initialism,
    is_other_part_of_speech,
    is_word_abbreviation,
)
from zhen_qa.checks.term_inconsistent import is_inflection
from zhen_qa.glossary.model import Concept, Glossary
from zhen_qa.report.findings import Severity


def test_deprecated_mixture_is_term_variant_with_counts_not_term_inconsistent(sample: Glossary) -> None:
    zh = ["分泌组很重要。", "分泌物组也很重要。", "分泌组和分泌物组不同。"]
    en = ["The secretome matters.", "The secretome matters too.", "The secretome differs."]
    findings = run_syn(sample, zh, en)
    assert only(findings, "term-inconsistent") == []  # one defect, one finding (issue 11, cause 11)
    variants = only(findings, "term-variant")
    assert [(f.location.line, f.location.column) for f in variants] == [(2, 1), (3, 5)]
    assert "×2 in this document (「分泌组」 ×2)" in variants[0].message
    assert dict(variants[0].data)["count"] == 2


def test_term_inconsistent_info_for_admitted_and_silent_when_consistent(sample: Glossary) -> None:
    zh = ["胞外囊泡。", "细胞外囊泡。", "胞外囊泡。"]  # the admitted form outnumbers the preferred one
    en = ["Extracellular vesicles.", "Extracellular vesicles.", "Extracellular vesicles."]
    found = only(run_syn(sample, zh, en), "term-inconsistent")
    assert [f.severity for f in found] == [Severity.INFO]
    assert dict(found[0].data)["origin"] == "glossary" and found[0].suggestion == "细胞外囊泡"
    assert only(run_syn(sample, ["细胞外囊泡。", "细胞外囊泡。", "细胞外囊泡。"], en), "term-inconsistent") == []


def test_an_admitted_synonym_beside_the_preferred_majority_is_no_mixture(sample: Glossary) -> None:
    """The glossary admits the other form: used now and then beside the preferred one it is no inconsistency."""
    en = ["Extracellular vesicles.", "Extracellular vesicles.", "Extracellular vesicles."]
    assert only(run_syn(sample, ["细胞外囊泡。", "胞外囊泡。", "细胞外囊泡。"], en), "term-inconsistent") == []
    assert only(run_syn(sample, ["细胞外囊泡。", "胞外囊泡。"], en[:2]), "term-inconsistent") == []  # a tie


def test_an_initialism_after_its_expansion_is_one_usage_not_two_forms() -> None:
    g = Glossary.build([Concept("ci", "置信区间", "confidence interval", en_admitted=("CI",))], "g.csv")
    zh = ["风险比为0.51（95%置信区间，0.34～0.77）。", "风险比为0.43（95%置信区间，0.24～0.77）。"]
    en = ["The hazard ratio was 0.51 (95% confidence interval [CI], 0.34 to 0.77).",
          "The hazard ratio was 0.43 (95% CI, 0.24 to 0.77)."]
    assert only(run_syn(g, zh, en), "term-inconsistent") == []
    assert is_initialism("CI", "confidence interval") and not is_initialism("CT", "confidence interval")


def test_an_initialism_giving_a_hyphenated_compound_one_letter_is_one_usage() -> None:
    """fw61 (lynx-heldout-g ifr.en 40): "Instant First-Frame Rendering" then "IFR": First-Frame gives one initial.
    The glossary's long form with another abbreviation of other letters is still a mixture."""
    g = Glossary.build([Concept("ifr", "首帧直出", "Instant First-Frame Rendering", en_admitted=("IFR", "IRR"))],
                       "g.csv")
    zh = ["首帧直出可以加快页面展示。", "首帧直出需要宿主配合。", "开启首帧直出。"]
    en = ["Instant First-Frame Rendering speeds up the page.", "IFR needs the host app.", "Turn on IFR."]
    assert only(run_syn(g, zh, en), "term-inconsistent") == []  # fails before: IFR ×2 against the long form ×1
    wrong = ["Instant First-Frame Rendering speeds up the page.", "IRR needs the host app.", "Turn on IRR."]
    assert len(only(run_syn(g, zh, wrong), "term-inconsistent")) == 1
    assert is_initialism("IFR", "Instant First-Frame Rendering")
    assert is_initialism("IFFR", "Instant First-Frame Rendering")
    assert not is_initialism("IRR", "Instant First-Frame Rendering")


def test_an_abbreviation_with_letters_from_inside_its_words_is_one_usage() -> None:
    assert is_initialism("MDS", "myelodysplastic syndrome")  # fails before: initials only (MS)
    assert is_initialism("HBsAg", "hepatitis B surface antigen")
    assert is_initialism("DH", "Department of Health")
    assert not is_initialism("MS", "myelodysplastic syndrome and leukemia")  # leukemia gives no letter
    assert not is_initialism("SMD", "myelodysplastic syndrome")  # out of order
    assert not is_initialism("Mds", "myelodysplastic syndrome")  # one capital: a word, not an abbreviation
    mds = Concept("mds", "骨髓增生异常综合征", "myelodysplastic syndrome", en_admitted=("MDS",))
    g = Glossary.build([mds], "g.csv")
    zh = ["骨髓增生异常综合征患者18例。", "骨髓增生异常综合征的诊断。", "骨髓增生异常综合征的治疗。"]
    en = ["There were 18 cases of myelodysplastic syndrome.", "The diagnosis of MDS.", "The treatment of MDS."]
    assert only(run_syn(g, zh, en), "term-inconsistent") == []


def test_an_initialism_with_a_lower_case_initial_is_one_usage_with_its_expansion() -> None:
    assert is_initialism("tACS", "transcranial alternating current stimulation")  # fails before: t is lower case
    assert is_initialism("fMRI", "functional magnetic resonance imaging")
    assert not is_initialism("tACS", "transcranial magnetic stimulation")  # no a, no c
    assert not is_initialism("tAcs", "transcranial alternating current stimulation")  # one capital: a word
    assert not is_initialism("nCoV", "novel coronavirus")  # a mixed-case contraction, no initialism
    tacs = Concept("tacs", "经颅交流电刺激", "transcranial alternating current stimulation", en_admitted=("tACS",))
    g = Glossary.build([tacs], "g.csv")
    zh = ["经颅交流电刺激是一种脑刺激技术。", "经颅交流电刺激可调节脑振荡。", "经颅交流电刺激的机制尚不清楚。"]
    en = ["Transcranial alternating current stimulation is a brain stimulation technique.",
          "tACS can modulate brain oscillations.", "The mechanism of tACS is still unclear."]
    assert only(run_syn(g, zh, en), "term-inconsistent") == []


def test_two_spelled_out_forms_are_still_inconsistent() -> None:
    g = Glossary.build([Concept("rt", "放疗", "radiotherapy", en_admitted=("radiation therapy", "RT"))], "g.csv")
    zh = ["患者接受放疗。", "放疗后随访。", "放疗后复查。"]
    en = ["Patients received radiotherapy (RT).", "Follow-up after radiation therapy.",
          "Review after radiation therapy."]
    (f,) = only(run_syn(g, zh, en), "term-inconsistent")
    assert (f.location.line, f.location.column) == (6, 17)
    assert f.message.startswith("3 forms of “radiotherapy”")


def test_a_chinese_contraction_with_its_long_form_is_one_usage() -> None:
    """放疗 contracts 放射治疗 (its characters in order) the way CI abbreviates confidence interval."""
    g = Glossary.build([Concept("rt", "放疗", "radiotherapy", zh_admitted=("放射治疗",))], "g.csv")
    zh = ["患者接受放疗。", "随访期间给予放射治疗。"]
    en = ["Patients received radiotherapy.", "Radiotherapy was given during follow-up."]
    assert only(run_syn(g, zh, en), "term-inconsistent") == []
    assert is_contraction("放疗", "放射治疗") and is_contraction("总生存", "总生存期")
    assert not is_contraction("可信区间", "置信区间") and not is_contraction("治疗", "放射治疗")


def test_two_chinese_forms_that_are_not_contractions_are_inconsistent() -> None:
    g = Glossary.build([Concept("ci", "置信区间", "confidence interval", zh_admitted=("可信区间",))], "g.csv")
    zh = ["风险比为0.51（95%可信区间，0.34～0.77）。", "风险比为0.43（95%置信区间，0.24～0.77）。",
          "风险比为0.45（95%可信区间，0.25～0.77）。"]
    en = ["The hazard ratio was 0.51 (95% confidence interval, 0.34 to 0.77).",
          "The hazard ratio was 0.43 (95% confidence interval, 0.24 to 0.77).",
          "The hazard ratio was 0.45 (95% confidence interval, 0.25 to 0.77)."]
    (f,) = only(run_syn(g, zh, en), "term-inconsistent")
    assert "可信区间 ×2" in f.message and "置信区间 ×1" in f.message


def test_a_mixture_that_mirrors_the_source_in_the_same_beads_is_faithful() -> None:
    """The English varies (radiotherapy ... radiation therapy) and the Chinese follows it bead for bead."""
    g = Glossary.build([Concept("rt", "放疗", "radiotherapy", zh_admitted=("射线治疗",),
                                en_admitted=("radiation therapy",))], "g.csv")
    zh = ["患者接受射线治疗。", "放疗后随访。", "随访期间给予射线治疗。"]
    en = ["Patients received radiation therapy.", "Follow-up after radiotherapy.", "Radiation therapy was given later."]
    assert only(run_syn(g, zh, en), "term-inconsistent") == []
    # the same Chinese mixture against an English that never varies is the translation's own
    en_plain = ["Patients received radiotherapy.", "Follow-up after radiotherapy.", "Radiotherapy was given later."]
    (f,) = only(run_syn(g, zh, en_plain), "term-inconsistent")
    assert f.lang == "zh" and "射线治疗 ×2" in f.message


def test_a_shorter_english_form_where_the_chinese_writes_the_term_contracted_follows_the_source() -> None:
    """The Chinese names the enzyme long once (限制性核酸内切酶) and then by a contraction the glossary does not list
    (限制酶); the English writes the full name there and "restriction enzyme" wherever the Chinese is short
    (chinaxiv8's cx8-011). The same English against a Chinese that always writes the long term is reported."""
    g = Glossary.build([Concept("re", "限制性核酸内切酶", "restriction endonuclease",
                                en_admitted=("restriction enzyme", "restriction enzymes"))], "g.csv")
    zh = ["限制性核酸内切酶是重要的工具。", "限制酶可以切割DNA。", "我们比较了三种限制酶。"]
    en = ["Restriction endonucleases are important tools.", "A restriction enzyme can cut DNA.",
          "We compared three restriction enzymes."]
    assert only(run_syn(g, zh, en), "term-inconsistent") == []
    long = ["限制性核酸内切酶是重要的工具。", "限制性核酸内切酶可以切割DNA。", "我们比较了三种限制性核酸内切酶。"]
    (f,) = only(run_syn(g, long, en), "term-inconsistent")
    assert f.lang == "en"
    # no contraction: the English's own
    elided = ["限制性核酸内切酶是重要的工具。", "它可以切割DNA。", "我们比较了三种。"]
    (f,) = only(run_syn(g, elided, en), "term-inconsistent")
    assert f.lang == "en"


def test_a_term_with_and_without_its_qualifier_is_one_usage() -> None:
    """"Diabetes mellitus (DM)" then "diabetes": the same term said more or less fully, not two forms."""
    g = Glossary.build([Concept("dm", "糖尿病", "diabetes", en_admitted=("diabetes mellitus", "diabetic disease"))],
                       "g.csv")
    zh = ["糖尿病（DM）是常见病。", "糖尿病患者增多。"]
    assert only(run_syn(g, zh, ["Diabetes mellitus (DM) is common.", "Patients with diabetes increase."]),
                "term-inconsistent") == []
    (f,) = only(run_syn(g, zh + ["糖尿病是慢性病。"], ["Diabetic disease is common.",
                                                    "Patients with diabetes increase.",
                                                    "Diabetic disease is chronic."]), "term-inconsistent")
    assert f.lang == "en"  # two different wordings, the admitted one the more frequent: two forms


def test_noun_and_adjective_or_a_fuller_form_are_one_usage() -> None:
    """prognosis / prognostic are two parts of speech; 凋亡 / 细胞凋亡 the term with and without its qualifier."""
    g = Glossary.build([Concept("prog", "预后", "prognosis", en_admitted=("prognostic",)),
                        Concept("apo", "凋亡", "apoptosis", zh_admitted=("细胞凋亡",))], "g.csv")
    zh = ["预后因素与细胞凋亡有关。", "凋亡与预后相关。"]
    en = ["Prognostic factors relate to apoptosis.", "Apoptosis relates to the prognosis."]
    assert only(run_syn(g, zh, en), "term-inconsistent") == []
    assert is_other_part_of_speech("prognosis", "prognostic")
    assert not is_other_part_of_speech("randomized", "randomised")  # a spelling, not a part of speech
    assert is_elaboration("凋亡", "细胞凋亡") and not is_elaboration("凋亡", "死亡")


def test_a_verb_and_the_noun_made_of_it_are_one_usage() -> None:
    """register / registration, initialize / initialization (docs with a glossary admitting both): the sentence
    chooses verb or noun. Two spellings of one noun (organization / organisation) stay a mixture."""
    g = Glossary.build([Concept("reg", "注册", "registration", en_admitted=("register",))], "g.csv")
    zh = ["组件注册有多种方式。", "你可以全局注册所有组件。", "无需注册即可使用。"]
    en = ["There are several ways of component registration.", "You can register all components globally.",
          "They can be used without registration."]
    assert only(run_syn(g, zh, en), "term-inconsistent") == []
    assert is_other_part_of_speech("initialize", "initialization")
    assert is_other_part_of_speech("compatible", "compatibility")
    assert not is_other_part_of_speech("organization", "organisation")
    assert not is_other_part_of_speech("infection", "infectivity")


def test_a_greek_noun_and_its_adjective_of_the_same_length_are_one_usage() -> None:
    """thrombosis / thrombotic: -sis and -tic have as many letters, so length cannot say which counts with which."""
    g = Glossary.build([Concept("thr", "血栓形成", "thrombosis", en_admitted=("thrombotic",))], "g.csv")
    zh = ["血栓形成事件少见。", "血栓形成风险较低。", "血栓形成与手术有关。"]
    en = ["Thrombotic events were rare.", "The thrombotic risk was low.", "Thrombosis was related to surgery."]
    assert only(run_syn(g, zh, en), "term-inconsistent") == []


def test_a_verb_and_its_ing_noun_are_one_usage() -> None:
    """nudge / nudging: the keywords name the noun, the abstract says the gerund; the sentence's grammar chooses."""
    g = Glossary.build([Concept("nud", "助推", "nudge", en_admitted=("nudging",))], "g.csv")
    zh = ["助推可以改善饮食行为。", "助推的效果取决于情境。", "助推；饮食行为；干预策略"]
    en = ["Nudging can improve eating behaviour.", "The effect of nudging depends on the context.",
          "nudge; eating behaviour; intervention strategy"]
    assert only(run_syn(g, zh, en), "term-inconsistent") == []
    assert is_other_part_of_speech("nudge", "nudging") and is_other_part_of_speech("screening", "screen")
    assert not is_other_part_of_speech("sing", "singing")  # too short a stem to tell from a word of its own
    assert not is_other_part_of_speech("nudge", "judging")



def test_a_verb_its_participle_and_its_noun_are_one_usage() -> None:
    """quantization / quantized / quantize (a glossary admitting all three for 量化): noun, participle and verb
    of one concept, which the sentence chooses by its grammar. Two nouns of one concept stay a mixture."""
    g = Glossary.build([Concept("q", "量化", "quantization", en_admitted=("quantize", "quantized"))], "g.csv")
    zh = ["量化模型的精度较高。", "量化后的模型更小。", "你可以量化任意模型。", "我们推荐使用量化模型。"]
    en = ["The quantized model has high accuracy.", "The quantized model is smaller.",
          "You can quantize any model.", "We recommend the quantized model."]
    assert only(run_syn(g, zh, en), "term-inconsistent") == []
    assert is_other_part_of_speech("quantize", "quantized") and is_other_part_of_speech("deploy", "deployed")
    assert is_other_part_of_speech("submit", "submitted")
    assert not is_other_part_of_speech("bed", "bedded")  # too short a stem to tell from a word of its own
    assert not is_other_part_of_speech("need", "needled")

def test_a_one_word_abbreviation_or_clipping_with_its_long_form_is_one_usage() -> None:
    """CoV abbreviates coronavirus as CI abbreviates confidence interval; flu clips influenza as 流感 contracts
    流行性感冒: one term written long and short, whichever is more frequent."""
    assert is_word_abbreviation("CoV", "coronavirus") and not is_word_abbreviation("Cov", "coronavirus")
    assert not is_word_abbreviation("VC", "coronavirus")  # out of order
    assert is_clipping("flu", "influenza") and is_clipping("chemo", "chemotherapy")
    assert not is_clipping("fl", "influenza") and not is_clipping("flux", "influenza")
    g = gl(Concept("cov", "冠状病毒", "coronavirus", en_admitted=("CoV",)),
           Concept("flu", "流感", "influenza", en_admitted=("flu",)))
    zh = ["冠状病毒会感染蝙蝠。", "这些冠状病毒很常见。", "这种冠状病毒也是。",
          "流感每年流行。", "流感疫苗有效。", "流感季开始。"]
    en = ["The coronavirus (CoV) infects bats.", "This CoV is common.", "So is that CoV.",
          "Influenza recurs every year.", "The flu vaccine works.", "The flu season starts."]
    assert only(run_syn(g, zh, en), "term-inconsistent") == []
    # a synonym that is neither is still another form
    g2 = gl(Concept("flu", "流感", "influenza", en_admitted=("grippe",)))
    en2 = ["Influenza recurs every year.", "The grippe vaccine works.", "Grippe again."]
    assert len(only(run_syn(g2, ["流感每年流行。", "流感疫苗有效。", "又是流感。"], en2), "term-inconsistent")) == 1


def test_a_phrase_with_one_word_clipped_is_one_usage_with_its_long_form() -> None:
    """"a liver transplant" says "liver transplantation" with its head clipped, as flu clips influenza: a glossary
    that admits both is not mixed by a text that says the act one way and the operation the other (fresh44's
    ecc-d18-04 and ecc-d18-13)."""
    assert is_clipped_phrase("liver transplant", "liver transplantation")
    assert is_clipped_phrase("chemo regimen", "chemotherapy regimen")
    assert not is_clipped_phrase("liver transplant", "kidney transplantation")  # two words differ
    assert not is_clipped_phrase("transplant", "transplantation")  # one word: is_clipping's
    assert not is_clipped_phrase("liver graft", "liver transplantation")  # another word, not a clipping
    assert not is_clipped_phrase("tumor marker", "tumor biomarker")  # review48 J2: a prefix dropped is another word
    # review48b F1: a two-letter tail is a spelling (US program, UK programme), no clipping
    assert not is_clipped_phrase("training program", "training programme")
    assert not is_clipping("dialog", "dialogue") and not is_clipping("analog", "analogue")
    g = gl(Concept("lt", "肝移植", "liver transplantation", en_admitted=("liver transplant",)))
    zh = ["肝移植是一种选择。", "肝移植后需要随访。", "部分患者接受肝移植。", "肝移植的效果良好。"]
    en = ["A liver transplant is an option.", "Follow-up is needed after a liver transplant.",
          "Some patients receive liver transplantation.", "The results of a liver transplant are good."]
    assert only(run_syn(g, zh, en), "term-inconsistent") == []
    g2 = gl(Concept("lt", "肝移植", "liver transplantation", en_admitted=("hepatic graft",)))
    en2 = [e.replace("liver transplant", "hepatic graft").replace("hepatic graftation", "liver transplantation")
           for e in en]
    assert len(only(run_syn(g2, zh, en2), "term-inconsistent")) == 1  # a synonym that is no clipping still mixes


def test_a_hyphenated_initialism_and_an_abbreviated_genus_are_one_usage_with_the_long_form() -> None:
    """RT-PCR abbreviates "reverse transcription polymerase chain reaction" (its parts joined by a hyphen); biology
    writes "H. pylori" after "Helicobacter pylori"."""
    assert is_initialism("RT-PCR", "reverse transcription polymerase chain reaction")
    assert not is_initialism("RT-PCR", "polymerase chain reaction")
    assert is_genus_abbreviation("H. pylori", "Helicobacter pylori")
    assert is_genus_abbreviation("E. coli", "Escherichia coli")
    assert not is_genus_abbreviation("H. pylori", "Campylobacter pylori")
    assert not is_genus_abbreviation("H. felis", "Helicobacter pylori")
    g = gl(Concept("hp", "幽门螺杆菌", "Helicobacter pylori", en_admitted=("H. pylori",)),
           Concept("pcr", "逆转录聚合酶链反应", "reverse transcription polymerase chain reaction",
                   en_admitted=("RT-PCR",)))
    zh = ["幽门螺杆菌感染胃部。", "幽门螺杆菌很常见。", "用逆转录聚合酶链反应检测。", "逆转录聚合酶链反应可靠。"]
    en = ["Helicobacter pylori infects the stomach.", "H. pylori is common.",
          "It is detected by reverse transcription polymerase chain reaction.", "RT-PCR is reliable."]
    assert only(run_syn(g, zh, en), "term-inconsistent") == []


def test_an_abbreviation_inside_a_hyphenated_name_of_codes_is_no_use_of_a_form() -> None:
    """SARS-CoV-2 and MERS-CoV are names: the abbreviation inside them is no choice between it and the full term."""
    assert in_code_name("the SARS-CoV-2 virus", 9, 12) and in_code_name("MERS-CoV cases", 5, 8)
    assert in_code_name("PD-L1 expression", 0, 2)
    assert not in_code_name("HER2-positive tumours", 0, 4)  # a modifier compound, not a name of codes
    assert not in_code_name("CoV-like particles", 0, 3) and not in_code_name("the CoVs", 4, 7)
    g = gl(Concept("cvx", "冠状病毒", "coronavirus", en_admitted=("CVX",)))  # not spelled from the word
    zh = ["冠状病毒会感染蝙蝠。", "冠状病毒很常见。", "冠状病毒也是。"]
    en = ["The coronavirus infects bats.", "Viruses such as ABC-CVX-2 and DE-CVX are common.", "So is ABC-CVX."]
    assert only(run_syn(g, zh, en), "term-inconsistent") == []
    en[1:] = ["The CVX is common.", "So is the CVX."]  # now a form chosen: CVX twice against coronavirus once
    assert len(only(run_syn(g, zh, en), "term-inconsistent")) == 1


def test_a_noun_phrase_and_its_verb_phrase_are_one_usage() -> None:
    """学校关闭 ("school closures") and 关闭学校 ("close schools"): the same two words, ordered by the sentence."""
    g = Glossary.build([Concept("sc", "学校关闭", "school closure", zh_admitted=("关闭学校",))], "g.csv")
    zh = ["学校关闭影响了学生。", "政府宣布关闭学校。", "多国实施关闭学校措施。"]
    en = ["School closures affected students.", "The government closed schools.", "Many countries closed schools."]
    assert only(run_syn(g, zh, en), "term-inconsistent") == []
    other = Glossary.build([Concept("sc", "学校关闭", "school closure", zh_admitted=("停课",))], "g.csv")
    closed = ["学校关闭影响了学生。", "政府宣布停课。", "多国停课。"]
    assert len(only(run_syn(other, closed, en), "term-inconsistent")) == 1


def test_the_english_abbreviation_kept_in_chinese_is_one_usage_with_the_chinese_name() -> None:
    """肺炎球菌结合疫苗 (PCV) defined, then PCV: the Chinese keeps the abbreviation as the English does."""
    g = Glossary.build([Concept("pcv", "肺炎球菌结合疫苗", "pneumococcal conjugate vaccine",
                                zh_admitted=("PCV",), en_admitted=("PCV",))], "g.csv")
    zh = ["有几种肺炎球菌结合疫苗 (PCV)。", "儿童需要接种 PCV。", "成人也可接种肺炎球菌结合疫苗。", "老人接种 PCV。"]
    en = ["There are several pneumococcal conjugate vaccines (PCVs).", "Children need PCV.", "Adults may get PCV.",
          "Older adults get PCV."]
    assert only(run_syn(g, zh, en), "term-inconsistent") == []
    alone = Glossary.build([Concept("pcv", "肺炎球菌结合疫苗", "pneumococcal conjugate vaccine",
                                    zh_admitted=("PCV",))], "g.csv")  # not an English form: a Chinese choice
    assert len(only(run_syn(alone, zh, en), "term-inconsistent")) == 1


def test_the_english_abbreviation_with_the_chinese_head_is_one_usage_with_the_chinese_name() -> None:
    """端到端（Device-to-Device，简称D2D）通信 defined, then D2D 通信 throughout: the Chinese keeps the English
    abbreviation of the modifier (D2D, an English form of the concept) before the same head (通信), as PCV is kept."""
    g = Glossary.build([Concept("d2d", "端到端通信", "D2D communication", zh_admitted=("D2D 通信",),
                                en_admitted=("Device-to-Device communication", "D2D"))], "g.csv")
    zh = ["端到端（Device-to-Device，简称D2D）通信是一种技术。", "D2D 通信可以减少流量。", "我们使用 D2D 通信。",
          "关键词：端到端通信"]
    en = ["Device-to-Device (D2D) communication is a technique.", "D2D communication reduces traffic.",
          "We use D2D communication.", "Keywords: D2D communication"]
    assert only(run_syn(g, zh, en), "term-inconsistent") == []
    other = Glossary.build([Concept("d2d", "端到端通信", "D2D communication", zh_admitted=("D2D 连接",),
                                    en_admitted=("D2D",))], "g.csv")  # another head: another wording, a mixture
    zh2 = ["D2D 连接可以减少流量。", "我们使用 D2D 连接。", "关键词：端到端通信"]
    assert len(only(run_syn(other, zh2, en[1:]), "term-inconsistent")) == 1


def test_a_singular_and_its_plural_are_one_usage() -> None:
    """dairy cow / dairy cows (the glossary lists the plural, and a shorter head noun, as admitted): the sentence
    chooses the grammatical number; inflammation / inflammatory are noun and adjective."""
    g = Glossary.build([Concept("cow", "奶牛", "dairy cow", en_admitted=("dairy cows", "cows")),
                        Concept("inf", "炎症", "inflammation", en_admitted=("inflammatory",))], "g.csv")
    zh = ["奶牛需要葡萄糖。", "泌乳奶牛的炎症较轻。", "奶牛的炎性细胞增加。"]
    en = ["Dairy cows need glucose.", "Lactating dairy cows had mild inflammation.",
          "The inflammatory cells of the dairy cow increased."]
    assert only(run_syn(g, zh, en), "term-inconsistent") == []
    assert is_inflection("dairy cow", "dairy cows") and is_inflection("analysis", "analyses")
    assert is_inflection("therapies", "therapy") and not is_inflection("cow", "calf")
    assert is_other_part_of_speech("inflammation", "inflammatory")
    # two different words are still two forms
    g2 = Glossary.build([Concept("cow", "奶牛", "dairy cow", en_admitted=("milk cow",))], "g.csv")
    en2 = ["A milk cow needs glucose.", "A lactating milk cow had mild inflammation.", "The dairy cow increased."]
    assert len(only(run_syn(g2, zh, en2), "term-inconsistent")) == 1


def test_a_form_the_text_introduces_as_another_name_is_one_usage() -> None:
    """"Rare diseases, also known as orphan diseases": the writer declares the two names one concept (the Chinese
    source does too: 罕见病，又称"孤儿病"); without the declaration the admitted form outnumbering is a mixture."""
    g = Glossary.build([Concept("rd", "罕见病", "rare disease", en_admitted=("orphan disease",))], "g.csv")
    zh = ["罕见病，又称“孤儿病”，是指发病率极低的疾病。", "多数罕见病是先天性疾病。"]
    en = ["Rare diseases, also known as “orphan diseases”, have a very low morbidity.",
          "Most orphan diseases are congenital."]
    assert only(run_syn(g, zh, en), "term-inconsistent") == []
    en2 = ["Rare diseases have a very low morbidity; orphan diseases are many.", "Most orphan diseases are congenital."]
    assert len(only(run_syn(g, zh, en2), "term-inconsistent")) == 1
    g2 = Glossary.build([Concept("rd", "罕见病", "rare disease", zh_admitted=("孤儿病",))], "g.csv")
    zh2 = ["罕见病，又称“孤儿病”，是指发病率极低的疾病。", "多数孤儿病是先天性疾病。"]
    assert only(run_syn(g2, zh2, en), "term-inconsistent") == []


def test_names_the_text_lists_after_is_also_called_are_one_usage() -> None:
    """"Atrial fibrillation is also called A-fib or atrial fib": a copula before "also called", and each name of the
    list, is the writer's declaration; the same names used with no declaration are a mixture."""
    g = Glossary.build([Concept("af", "心房颤动", "atrial fibrillation", en_admitted=("A-fib", "atrial fib"))],
                       "g.csv")
    zh = ["心房颤动又称房颤。", "心房颤动是一种心律失常。", "心房颤动可以治疗。", "心房颤动需要检查。"]
    en = ["Atrial fibrillation is also called A-fib or atrial fib.", "Atrial fib is an abnormal heart rhythm.",
          "A-fib can be treated.", "Atrial fib needs tests."]
    assert only(run_syn(g, zh, en), "term-inconsistent") == []
    en2 = ["Atrial fibrillation is a problem, and so is A-fib or atrial fib.",
           "Atrial fib is an abnormal heart rhythm.", "A-fib can be treated.", "Atrial fib needs tests."]
    assert len(only(run_syn(g, zh, en2), "term-inconsistent")) == 1


def test_an_abbreviation_the_text_defines_in_parentheses_is_one_usage() -> None:
    """"novel coronavirus (nCoV)" then nCoV: the text defines the short form (no initialism of the words); without
    the definition the admitted form outnumbering the preferred one is a mixture."""
    g = Glossary.build([Concept("nc", "新型冠状病毒", "novel coronavirus", en_admitted=("nCoV",))], "g.csv")
    zh = ["本报告使用新型冠状病毒的基因组数据。", "新型冠状病毒传播迅速。", "新型冠状病毒来自武汉。"]
    en = ["This report uses novel coronavirus (nCoV) genomic data.", "nCoV spreads fast.", "nCoV came from Wuhan."]
    assert only(run_syn(g, zh, en), "term-inconsistent") == []
    en2 = ["It is provisionally called nCoV (novel coronavirus).", "nCoV spreads fast.", "nCoV came from Wuhan."]
    assert only(run_syn(g, zh, en2), "term-inconsistent") == []
    en3 = ["This report uses novel coronavirus genomic data (nCoV data).", "nCoV spreads fast.",
           "nCoV came from Wuhan."]
    assert len(only(run_syn(g, zh, en3), "term-inconsistent")) == 1


def test_the_verb_of_an_age_noun_after_to_or_a_modal_is_no_second_form_of_the_noun() -> None:
    """"used to store" and "can store" beside the glossary's noun "storage" (admitted: "store") are the verb, not the
    noun written another way; "the data store" is the noun and still makes a mixture with "storage"."""
    g = Glossary.build([Concept("storage", "存储", "storage", en_admitted=("store",))])
    zh = ["存储很快。", "这个参数用于存储密钥。", "后端可以存储数据。", "不要存储密码。"]
    en = ["The storage is fast.", "This option is used to store keys.", "The backend can store data.",
          "You should not store passwords."]
    assert only(run_syn(g, zh, en), "term-inconsistent") == []
    nouns = ["The storage is fast.", "This option names the data store.", "The backend store holds data.",
             "The store keeps no passwords."]
    assert len(only(run_syn(g, zh, nouns), "term-inconsistent")) == 1
